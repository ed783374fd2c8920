using System.Collections.Generic;
using System;
using System.Linq;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Localization.Profiles;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Tests.Localization.Profiles.Kyrgyz;
using Kz.Assembly.Domain.Tests.Localization.Profiles.Pseudo;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Localization.Profiles;

/// <summary>
/// <see cref="LanguageProfileChecks"/> is the kit a profile's author runs: every built-in language and the Kyrgyz one
/// added from outside pass it whole; the pseudo-locale writes everything but declares no words to read its counts by,
/// and the kit says so; a broken profile is told what is wrong with it.
/// </summary>
public class ProfileKitTests
{
    public static TheoryData<string> ReadableLanguages() => new(["kk", "kk-Latn", "ru", "en", KyrgyzProfile.Registered.Tag]);

    [Theory]
    [MemberData(nameof(ReadableLanguages))]
    public void The_built_in_languages_and_kyrgyz_pass_the_whole_kit(string tag)
    {
        IReadOnlyList<string> problems = LanguageProfileChecks.Problems(LanguageProfiles.Resolve(tag));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_pseudo_locale_writes_everything_but_the_kit_finds_its_counts_unreadable()
    {
        LanguageProfile pseudo = PseudoProfile.Registered;
        Assert.Empty(LanguageProfileChecks.WritingProblems(pseudo));
        Assert.Contains(LanguageProfileChecks.ReadingProblems(pseudo), problem => problem.Contains("is not read back", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_profile_is_told_which_concern_and_input_fail()
    {
        var broken = BrokenProfile.Registered;
        var problems = LanguageProfileChecks.WritingProblems(broken);
        Assert.Contains(problems, p => p.StartsWith("month names: month 2 and month 1 are both written", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("number words: -1 threw ArgumentOutOfRangeException", StringComparison.Ordinal));
    }

    [Fact]
    public void A_profile_whose_reports_the_reader_cannot_read_back_is_told_which_report()
    {
        var problems = LanguageProfileChecks.ReportProblems(UnreadableReportsProfile.Registered);
        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.Contains("read as «», written from «YTD 2025-04-24: Event >450; People ~39000»", StringComparison.Ordinal));
        Assert.Empty(LanguageProfileChecks.ReportProblems(BrokenProfile.Registered)); // no reading words: not read, not checked
    }

    [Fact]
    public void A_profile_that_is_not_registered_is_refused_by_name()
    {
        var exception = Assert.Throws<ArgumentException>(() => LanguageProfileChecks.Problems(new BrokenProfile("qab")));
        Assert.Contains("'qab' is not registered", exception.Message, StringComparison.Ordinal);
    }

    /// <summary>English that lists reading words but writes its summaries in words no language's reader knows.</summary>
    private sealed class UnreadableReportsProfile() : LanguageProfile("qaw", fallbackTag: "en")
    {
        private static readonly LanguageProfile English = LanguageProfiles.English;

        internal static UnreadableReportsProfile Registered { get; } = Register();

        protected internal override ReadingVocabulary ReadingWords { get; } = ReadingVocabulary.Empty.Add(ReadingCue.Session, "sitting");

        public override PluralCategory Cardinal(decimal number) => English.Cardinal(number);

        public override PluralCategory Ordinal(long number) => English.Ordinal(number);

        public override string NumberWords(long number, GrammaticalGender gender) => English.NumberWords(number, gender);

        public override string OrdinalWords(int number, GrammaticalGender gender) => English.OrdinalWords(number, gender);

        public override string OrdinalDigits(int number, GrammaticalGender gender) => English.OrdinalDigits(number, gender);

        public override string Digits(long value) => English.Digits(value);

        public override string MonthName(int month) => English.MonthName(month);

        public override string FullDate(LocalDate day) => English.FullDate(day);

        public override string Count(QualifiedCount count, LocalizedNoun? noun, ThousandsStyle style) => English.Count(count, noun, style);

        public override string Period(ReportingPeriod period) => English.Period(period);

        public override string Session(SessionNumber number, bool possessive) => English.Session(number, possessive);

        public override string SessionHeading(Session session) => English.SessionHeading(session);

        public override string Anniversary(Kz.Assembly.Domain.Bodies.Anniversary anniversary) => English.Anniversary(anniversary);

        public override string Summary(ReportedSummary summary, bool opensPeriod, ThousandsStyle style) => "Zorp blat quux.";

        public override string NothingReported(ReportingPeriod period) => English.NothingReported(period);

        private static UnreadableReportsProfile Register()
        {
            var profile = new UnreadableReportsProfile();
            LanguageProfiles.Register(profile);
            return profile;
        }
    }

    /// <summary>English, except that every month is January and negative numbers throw.</summary>
    private sealed class BrokenProfile(string tag) : LanguageProfile(tag, fallbackTag: "en")
    {
        private static readonly LanguageProfile English = LanguageProfiles.English;

        internal static BrokenProfile Registered { get; } = Register();

        public override PluralCategory Cardinal(decimal number) => English.Cardinal(number);

        public override PluralCategory Ordinal(long number) => English.Ordinal(number);

        public override string NumberWords(long number, GrammaticalGender gender) =>
            number < 0 ? throw new ArgumentOutOfRangeException(nameof(number)) : English.NumberWords(number, gender);

        public override string OrdinalWords(int number, GrammaticalGender gender) => English.OrdinalWords(number, gender);

        public override string OrdinalDigits(int number, GrammaticalGender gender) => English.OrdinalDigits(number, gender);

        public override string Digits(long value) => English.Digits(value);

        public override string MonthName(int month) => "January";

        public override string FullDate(LocalDate day) => English.FullDate(day);

        public override string Count(QualifiedCount count, LocalizedNoun? noun, ThousandsStyle style) => English.Count(count, noun, style);

        public override string Period(ReportingPeriod period) => English.Period(period);

        public override string Session(SessionNumber number, bool possessive) => English.Session(number, possessive);

        public override string SessionHeading(Session session) => English.SessionHeading(session);

        public override string Anniversary(Kz.Assembly.Domain.Bodies.Anniversary anniversary) => English.Anniversary(anniversary);

        public override string Summary(ReportedSummary summary, bool opensPeriod, ThousandsStyle style) => English.Summary(summary, opensPeriod, style);

        public override string NothingReported(ReportingPeriod period) => English.NothingReported(period);

        private static BrokenProfile Register()
        {
            var profile = new BrokenProfile("qaz");
            LanguageProfiles.Register(profile);
            return profile;
        }
    }
}
