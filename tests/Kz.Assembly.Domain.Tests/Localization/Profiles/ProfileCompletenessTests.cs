using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Localization.Profiles;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Tests.Localization.Profiles.Pseudo;
using Kz.Assembly.Domain.Tests.Support;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Localization.Profiles;

/// <summary>
/// Every registered language (the four built in, the test's pseudo-locale and Kyrgyz, both added from outside) answers every concern: each answer is text,
/// answers that must differ do (twelve months, five qualifiers, distinct numbers), and no input of a concern's type
/// makes it throw.
/// </summary>
public class ProfileCompletenessTests
{
    public static TheoryData<string> Languages()
    {
        _ = PseudoProfile.Registered;
        _ = Kyrgyz.KyrgyzProfile.Registered;
        var data = new TheoryData<string>();
        foreach (LanguageProfile profile in LanguageProfiles.All.OrderBy(p => p.Tag, StringComparer.Ordinal))
        {
            data.Add(profile.Tag);
        }

        return data;
    }

    [Fact]
    public void The_built_in_languages_are_registered()
    {
        string[] tags = [.. LanguageProfiles.All.Select(p => p.Tag)];
        Assert.Subset(tags.ToHashSet(), new HashSet<string> { "kk", "kk-Latn", "ru", "en" });
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Twelve_distinct_month_names(string tag)
    {
        LanguageProfile language = LanguageProfiles.Resolve(tag);
        string[] months = [.. Enumerable.Range(1, 12).Select(language.MonthName)];
        Assert.All(months, Assert.NotEmpty);
        Assert.Equal(12, months.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Five_distinct_qualifiers_for_every_number_style(string tag)
    {
        LanguageProfile language = LanguageProfiles.Resolve(tag);
        foreach (long value in new long[] { 0, 1, 21, 9_000, 39_000, 1_200_000, 2_000_000_000 })
        {
            foreach (ThousandsStyle style in Enum.GetValues<ThousandsStyle>())
            {
                string[] texts = [.. Enum.GetValues<CountQualifier>().Select(q => language.Count(QualifiedCount.Create(value, q), null, style))];
                Assert.Equal(texts.Length, texts.Distinct(StringComparer.Ordinal).Count());
            }
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Numbers_over_the_whole_range_are_text_and_distinct_numbers_differ(string tag)
    {
        LanguageProfile language = LanguageProfiles.Resolve(tag);
        Gen.Select(Gen.Long, Gen.Long).Sample((a, b) =>
        {
            foreach (long n in new[] { a, b })
            {
                Assert.False(string.IsNullOrWhiteSpace(language.NumberWords(n, GrammaticalGender.Feminine)));
                Assert.False(string.IsNullOrWhiteSpace(language.Digits(n)));
                _ = language.Cardinal(n);
                _ = language.Ordinal(n);
            }

            if (a != b)
            {
                Assert.NotEqual(language.NumberWords(a, GrammaticalGender.Masculine), language.NumberWords(b, GrammaticalGender.Masculine));
                Assert.NotEqual(language.Digits(a), language.Digits(b));
            }
        }, iter: 300);
        Gen.Int[0, int.MaxValue].Sample(n =>
        {
            Assert.False(string.IsNullOrWhiteSpace(language.OrdinalWords(n, GrammaticalGender.Neuter)));
            Assert.False(string.IsNullOrWhiteSpace(language.OrdinalDigits(n, GrammaticalGender.Neuter)));
        }, iter: 300);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_period_date_session_and_count_is_text_in_the_languages_script(string tag)
    {
        LanguageProfile language = LanguageProfiles.Resolve(tag);
        bool latin = tag == "kk-Latn";
        void IsText(string text)
        {
            Assert.False(string.IsNullOrWhiteSpace(text));
            Assert.False(latin && text.Any(c => c is >= '\u0400' and <= '\u04FF'), $"Cyrillic in {tag}: {text}");
        }

        Gen.Select(Generators.AnyPeriod, Generators.AnyDate, Gen.Int[SessionNumber.MinValue, SessionNumber.MaxValue], Generators.Count, Gen.Enum<ThousandsStyle>())
            .Sample((period, day, session, count, style) =>
            {
                IsText(PeriodText.Format(period, tag));
                IsText(DateText.Format(day, tag));
                IsText(DateText.MonthName(day.Month, tag));
                IsText(SessionText.Format(SessionNumber.Create(session), tag, possessive: session % 2 == 0));
                IsText(QuantityText.Format(count, tag, style));
                IsText(QuantityText.FormatCounted(count, DomainText.Noun(Kz.Assembly.Domain.Activities.AssemblyActivityKind.CulturalEvent), tag, style));
                Assert.Equal(language.InScript(language.Period(period)), PeriodText.Format(period, tag));
            }, iter: 500);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Dates_periods_sessions_and_reports_are_text(string tag)
    {
        LanguageProfile language = LanguageProfiles.Resolve(tag);
        LocalDate day = new(2025, 4, 24);
        ReportingPeriod[] periods =
        [
            ReportingPeriod.YearToDate(day), ReportingPeriod.CalendarYear(2025), ReportingPeriod.Quarter(2025, 2),
            ReportingPeriod.Month(2025, 4), ReportingPeriod.Custom(day.PlusDays(-9), day),
        ];
        string[] phrases = [.. periods.Select(language.Period)];
        Assert.All(phrases, Assert.NotEmpty);
        Assert.Equal(phrases.Length, phrases.Distinct(StringComparer.Ordinal).Count());
        Assert.NotEmpty(language.FullDate(day));
        Assert.NotEqual(language.Session(SessionNumber.Create(27), false), language.Session(SessionNumber.Create(34), false));
        Assert.NotEmpty(language.SessionHeading(TurkistanArticle2025.RegionalSession));
        Assert.NotEqual(language.Anniversary(TurkistanArticle2025.Apk.AnniversaryIn(2025)), language.Anniversary(TurkistanArticle2025.Apk.AnniversaryIn(2030)));
        foreach (ReportedSummary summary in TurkistanArticle2025.DataSet.Summaries)
        {
            Assert.NotEmpty(language.Summary(summary, opensPeriod: true, ThousandsStyle.Auto));
            Assert.NotEmpty(language.Summary(summary, opensPeriod: false, ThousandsStyle.Digits));
        }
    }
}
