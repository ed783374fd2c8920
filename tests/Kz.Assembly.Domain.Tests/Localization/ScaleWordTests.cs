using CsCheck;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Metrics;

namespace Kz.Assembly.Domain.Tests.Localization;

/// <summary>
/// Millions and billions get their word (once: "1000 тысяч человек", "1000 мың адам", "1,000 thousand people").
/// Russian: after a whole number the word agrees as with any noun (1 миллион, 2 миллиона, 5 миллионов); after a decimal
/// it is genitive singular (1,2 миллиона: with a fractional numeral the noun is governed by the fraction and stands in
/// the genitive singular, as D. E. Rosenthal's reference on Russian usage states for дробные числительные); after
/// около, более, до the
/// genitive (около 2 миллионов). Kazakh puts the case ending on the scale word (1,2 миллионға жуық).
/// </summary>
public class ScaleWordTests
{
    private static readonly LocalizedNoun People = DomainText.Noun(Audience.People);

    [Theory]
    [InlineData(1_000_000, "ru", "1 миллион человек")]
    [InlineData(2_000_000, "ru", "2 миллиона человек")]
    [InlineData(5_000_000, "ru", "5 миллионов человек")]
    [InlineData(1_200_000, "ru", "1,2 миллиона человек")]
    [InlineData(3_000_000_000, "ru", "3 миллиарда человек")]
    [InlineData(1_000_000, "kk", "1 миллион адам")]
    [InlineData(1_200_000, "kk", "1,2 миллион адам")]
    [InlineData(1_000_000, "en", "1 million people")]
    [InlineData(1_200_000, "en", "1.2 million people")]
    [InlineData(2_500_000_000, "en", "2.5 billion people")]
    [InlineData(39_000, "ru", "39 тысяч человек")]
    [InlineData(1_234_567, "ru", "1\u00A0234\u00A0567 человек")]
    public void Exact_counts_take_their_scale_word(long value, string culture, string expected) =>
        Assert.Equal(expected, QuantityText.FormatCounted(QualifiedCount.Exactly(value), People, culture));

    [Theory]
    [InlineData(1_200_000, "ru", "около 1,2 миллиона человек")]
    [InlineData(2_000_000, "ru", "около 2 миллионов человек")]
    [InlineData(21_000_000, "ru", "около 21 миллиона человек")]
    [InlineData(1_200_000, "kk", "1,2 миллионға жуық адам")]
    [InlineData(2_000_000, "kk", "2 миллионнан аса адам")]
    [InlineData(1_200_000, "en", "about 1.2 million people")]
    public void Qualified_counts_agree_with_their_qualifier(long value, string culture, string expected)
    {
        QualifiedCount count = expected.Contains("аса", System.StringComparison.Ordinal) ? QualifiedCount.MoreThan(value) : QualifiedCount.About(value);
        Assert.Equal(expected, QuantityText.FormatCounted(count, People, culture));
    }

    [Fact]
    public void Digits_style_never_uses_a_scale_word() =>
        Assert.Equal("1\u00A0000\u00A0000", QuantityText.Format(QualifiedCount.Exactly(1_000_000), "ru", ThousandsStyle.Digits));

    [Fact]
    public void Every_count_formats_in_every_language_without_a_thousand_thousands() =>
        Gen.Long[0, long.MaxValue].Select(Gen.Enum<CountQualifier>()).Sample((value, qualifier) =>
        {
            foreach (string culture in new[] { "kk", "ru", "en" })
            {
                string text = QuantityText.FormatCounted(QualifiedCount.Create(value, qualifier), People, culture);
                Assert.DoesNotContain("1000 тысяч", text, System.StringComparison.Ordinal);
                Assert.DoesNotContain("1000 мың", text, System.StringComparison.Ordinal);
                Assert.DoesNotContain("1,000 thousand", text, System.StringComparison.Ordinal);
            }
        });
}
