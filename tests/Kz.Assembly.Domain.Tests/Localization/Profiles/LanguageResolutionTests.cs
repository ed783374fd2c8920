using System.Globalization;
using CsCheck;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Localization.Profiles;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Tests.Localization.Profiles;

/// <summary>One rule turns a culture name into a language, for every formatter (see <see cref="LanguageProfiles"/>).</summary>
public class LanguageResolutionTests
{
    [Theory]
    [InlineData("kk", "kk")]
    [InlineData("kk-KZ", "kk")]
    [InlineData("KK_kz", "kk")]
    [InlineData("kk-Cyrl-KZ", "kk")]
    [InlineData("kk-Latn", "kk-Latn")]
    [InlineData("kk-latn-KZ", "kk-Latn")]
    [InlineData("kk-KZ-Latn", "kk-Latn")]
    [InlineData("ru", "ru")]
    [InlineData("ru-KZ", "ru")]
    [InlineData("en-GB", "en")]
    [InlineData("de-DE", "en")]
    [InlineData("kazakh", "en")]
    [InlineData("", "en")]
    [InlineData(null, "en")]
    public void A_name_resolves_to_itself_or_its_nearest_registered_parent_else_English(string? cultureName, string tag) =>
        Assert.Equal(tag, LanguageProfiles.Resolve(cultureName).Tag);

    [Theory]
    [InlineData("kk-KZ", "kk")]
    [InlineData("en-US", "en")]
    [InlineData("kk-Latn-KZ", "kk-Latn")]
    public void TryResolve_finds_a_registered_language(string cultureName, string tag)
    {
        Assert.True(LanguageProfiles.TryResolve(cultureName, out LanguageProfile? profile));
        Assert.Equal(tag, profile.Tag);
    }

    [Theory]
    [InlineData("kz")]
    [InlineData("de-DE")]
    public void TryResolve_tells_a_name_nothing_matches_from_English(string? cultureName)
    {
        Assert.False(LanguageProfiles.TryResolve(cultureName, out LanguageProfile? profile));
        Assert.Null(profile);
        Assert.Same(LanguageProfiles.English, LanguageProfiles.Resolve(cultureName));
    }

    /// <summary>Null and the invariant culture's empty name ask for English (the docs' rule), so TryResolve finds it;
    /// before v3 it answered false for them while Resolve gave English.</summary>
    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void TryResolve_of_null_or_the_empty_name_is_English(string? cultureName)
    {
        Assert.True(LanguageProfiles.TryResolve(cultureName, out LanguageProfile? profile));
        Assert.Same(LanguageProfiles.English, profile);
    }

    [Fact]
    public void TryResolve_agrees_with_Resolve_and_never_throws() =>
        Gen.String.Sample(name => Assert.Same(
            LanguageProfiles.TryResolve(name, out LanguageProfile? profile) ? profile : LanguageProfiles.English,
            LanguageProfiles.Resolve(name)));

    [Fact]
    public void Resolving_never_throws_and_always_gives_a_registered_language() =>
        Gen.String.Sample(name => Assert.Contains(LanguageProfiles.Resolve(name), LanguageProfiles.All));

    [Fact]
    public void A_provider_resolves_by_its_culture_name_and_null_means_the_current_culture()
    {
        Assert.Same(LanguageProfiles.KazakhLatin, LanguageProfiles.Resolve(DomainFormatProvider.For("kk-Latn-KZ")));
        Assert.Same(LanguageProfiles.English, LanguageProfiles.Resolve(CultureInfo.InvariantCulture));
        Assert.Same(LanguageProfiles.English, LanguageProfiles.Resolve(NumberFormatInfo.InvariantInfo));
        CultureInfo before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Assert.Same(LanguageProfiles.English, LanguageProfiles.Resolve((System.IFormatProvider?)null));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Every_formatter_follows_the_rule_for_an_unknown_culture()
    {
        // Before: PluralRules and NumberWords threw for "de" while QuantityText, DateText and the rest wrote English.
        Assert.Equal(NumberWords.ToWords(34, "en"), NumberWords.ToWords(34, "de"));
        Assert.Equal(NumberWords.ToOrdinalWords(34, "en"), NumberWords.ToOrdinalWords(34, "de"));
        Assert.Equal(PluralRules.Cardinal("en", 1m), PluralRules.Cardinal("de", 1m));
        Assert.Equal(DateText.MonthName(4, "en"), DateText.MonthName(4, "de"));
        Assert.Equal(QuantityText.Format(QualifiedCount.About(39_000), "en"), QuantityText.Format(QualifiedCount.About(39_000), "de"));
        Assert.Equal(Language.English, Languages.FromCultureName("de"));
    }

    [Fact]
    public void A_profile_tag_must_be_a_language_with_an_optional_script() =>
        Assert.Throws<System.ArgumentException>(() => new BadTag());

    [Fact]
    public void A_fallback_chain_that_comes_back_is_refused() =>
        Assert.Throws<System.ArgumentException>(() => LanguageProfiles.Register(new SelfFallback()));

    [Fact]
    public void A_name_resolved_before_its_language_was_registered_resolves_to_it_after()
    {
        Assert.Same(LanguageProfiles.English, LanguageProfiles.Resolve("qac-KZ"));
        var late = new LateLanguage();
        LanguageProfiles.Register(late);
        Assert.Same(late, LanguageProfiles.Resolve("qac-KZ"));
        Assert.Same(late, LanguageProfiles.Resolve("qac"));
    }

    private sealed class LateLanguage() : EmptyProfile("qac", "en");

    private sealed class BadTag() : EmptyProfile("kk-KZ-x", null);

    private sealed class SelfFallback() : EmptyProfile("qab", "qab");

    private abstract class EmptyProfile(string tag, string? fallback) : LanguageProfile(tag, fallback)
    {
        public override PluralCategory Cardinal(decimal number) => PluralCategory.Other;

        public override PluralCategory Ordinal(long number) => PluralCategory.Other;

        public override string NumberWords(long number, GrammaticalGender gender) => "n";

        public override string OrdinalWords(int number, GrammaticalGender gender) => "o";

        public override string OrdinalDigits(int number, GrammaticalGender gender) => "o";

        public override string Digits(long value) => "d";

        public override string MonthName(int month) => "m";

        public override string FullDate(NodaTime.LocalDate day) => "d";

        public override string Count(QualifiedCount count, LocalizedNoun? noun, ThousandsStyle style) => "c";

        public override string Period(ReportingPeriod period) => "p";

        public override string Session(SessionNumber number, bool possessive) => "s";

        public override string SessionHeading(Session session) => "h";

        public override string Anniversary(Kz.Assembly.Domain.Bodies.Anniversary anniversary) => "a";

        public override string Summary(ReportedSummary summary, bool opensPeriod, ThousandsStyle style) => "r";

        public override string NothingReported(ReportingPeriod period) => "n";
    }
}
