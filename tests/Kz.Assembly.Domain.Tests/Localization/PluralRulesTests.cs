using System;
using Kz.Assembly.Domain.Localization;
using static Kz.Assembly.Domain.Localization.PluralCategory;

namespace Kz.Assembly.Domain.Tests.Localization;

public class PluralRulesTests
{
    public static TheoryData<string, decimal, PluralCategory> CardinalRows => new()
    {
        { "en", 1m, One }, { "en", 1.0m, Other }, { "en", 0m, Other }, { "en", 2m, Other },
        { "ru", 1m, One }, { "ru", 21m, One }, { "ru", 11m, Many }, { "ru", 2m, Few }, { "ru", 24m, Few },
        { "ru", 12m, Many }, { "ru", 5m, Many }, { "ru", 631m, One }, { "ru", 49m, Many }, { "ru", 168m, Many },
        { "ru", 2.0m, Other }, { "ru", 1.5m, Other }, { "ru", 0m, Many },
        { "kk", 1m, One }, { "kk", 1.0m, One }, { "kk", 2m, Other }, { "kk", 0m, Other }, { "kk-KZ", 1m, One },
    };

    [Theory]
    [MemberData(nameof(CardinalRows))]
    public void Cardinal_categories_follow_CLDR_with_visible_fraction_digits(string culture, decimal number, PluralCategory expected) =>
        Assert.Equal(expected, PluralRules.Cardinal(culture, number));

    [Theory]
    [InlineData("en", 1L, One)]
    [InlineData("en", 2L, Two)]
    [InlineData("en", 3L, Few)]
    [InlineData("en", 11L, Other)]
    [InlineData("en", 12L, Other)]
    [InlineData("en", 21L, One)]
    [InlineData("en", 112L, Other)]
    [InlineData("ru", 3L, Other)]
    public void Ordinal_categories_for_English_and_Russian_follow_CLDR(string culture, long number, PluralCategory expected) =>
        Assert.Equal(expected, PluralRules.Ordinal(culture, number));

    /// <summary>
    /// Where CLDR is wrong: its kk ordinal rule (many when n % 10 is 6, 9 or 0) feeds ICU's digits-ordinal, which then
    /// writes "50-шы", "70-шы", "80-шы", "100-шы". Elu, zhetpis, seksen and zhuz are front-vowel words, so the suffix is
    /// -ші: елуінші, жетпісінші, сексенінші, жүзінші (and 50-ші in digits). Back words agree with CLDR.
    /// </summary>
    [Theory]
    [InlineData(50L, Other)] // CLDR: many
    [InlineData(70L, Other)] // CLDR: many
    [InlineData(80L, Other)] // CLDR: many
    [InlineData(100L, Other)] // CLDR: many
    [InlineData(30L, Many)]
    [InlineData(6L, Many)]
    [InlineData(9L, Many)]
    [InlineData(40L, Many)]
    [InlineData(1000L, Many)]
    [InlineData(1L, Other)]
    [InlineData(34L, Other)]
    [InlineData(0L, Other)]
    public void Kazakh_ordinal_category_follows_the_spoken_word_not_CLDRs_last_digit(long number, PluralCategory expected)
    {
        Assert.Equal(expected, PluralRules.Ordinal("kk", number));
        string suffix = KazakhNumber.ToOrdinalDigits(number, KazakhOrdinalStyle.Colloquial)[^2..];
        Assert.Equal(expected == Many ? "шы" : "ші", suffix);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("")]
    [InlineData("english")]
    [InlineData(null)]
    public void Unknown_cultures_get_the_rules_of_the_English_text_they_are_written_in(string? culture)
    {
        // One rule for every formatter (LanguageProfiles.Resolve): a culture with no language here gets English text,
        // so the plural rules it needs are English's (before, PluralRules alone threw while the formatters wrote English).
        Assert.Equal(PluralCategory.One, PluralRules.Cardinal(culture, 1m));
        Assert.Equal(PluralCategory.Other, PluralRules.Cardinal(culture, 2m));
        Assert.Equal(PluralCategory.Other, PluralRules.Cardinal(culture, 21m));
        Assert.Equal(PluralCategory.Two, PluralRules.Ordinal(culture, 22));
        Assert.Equal(NumberWords.ToWords(21, "en"), NumberWords.ToWords(21, culture));
    }
}
