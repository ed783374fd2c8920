using System;
using CsCheck;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Metrics;

namespace Kz.Assembly.Domain.Tests.Localization;

/// <summary>Counts read back from phrases: every phrase the formatter writes, and the article's own.</summary>
public sealed class QuantityPhraseTests
{
    [Theory]
    [InlineData("39 мыңға жуық", "kk", 39_000L, CountQualifier.About)]
    [InlineData("9000-ға жуық", "kk", 9_000L, CountQualifier.About)]
    [InlineData("2 мыңнан аса", "kk", 2_000L, CountQualifier.MoreThan)]
    [InlineData("168", "kk", 168L, CountQualifier.Exact)]
    [InlineData("кемінде 5", "kk", 5L, CountQualifier.AtLeast)]
    [InlineData("39 myñğa juyq", "kk-Latn", 39_000L, CountQualifier.About)]
    [InlineData("около 39 тысяч", "ru", 39_000L, CountQualifier.About)]
    [InlineData("более 2 тысяч", "ru", 2_000L, CountQualifier.MoreThan)]
    [InlineData("около 500", "ru", 500L, CountQualifier.About)]
    [InlineData("более 40", "ru", 40L, CountQualifier.MoreThan)]
    [InlineData("1,2 млн", "ru", 1_200_000L, CountQualifier.Exact)]
    [InlineData("свыше 10 тыс.", "ru", 10_000L, CountQualifier.MoreThan)]
    [InlineData("about 9,000", "en", 9_000L, CountQualifier.About)]
    [InlineData("more than 2 thousand", "en", 2_000L, CountQualifier.MoreThan)]
    [InlineData("1.2 million", "en", 1_200_000L, CountQualifier.Exact)]
    [InlineData("~39000", null, 39_000L, CountQualifier.About)]
    public void The_articles_and_reports_phrases_read_as_counts(string phrase, string? culture, long value, CountQualifier qualifier) =>
        Assert.Equal(QualifiedCount.Create(value, qualifier), QuantityPhrase.Parse(phrase, culture));

    [Theory]
    [InlineData("", "kk")]
    [InlineData("жуық", "kk")]
    [InlineData("39 жуық мың", "kk")]
    [InlineData("1,25 человек", "ru")]
    [InlineData("1,2345 тысячи", "ru")]
    [InlineData("about -5", "en")]
    [InlineData("99999999999999999999", "en")]
    public void What_is_not_a_count_phrase_is_refused_without_throwing(string phrase, string culture)
    {
        Assert.False(QuantityPhrase.TryParse(phrase, culture, out _));
        Assert.Throws<FormatException>(() => QuantityPhrase.Parse(phrase, culture));
    }

    [Fact]
    public void Every_phrase_the_formatter_writes_reads_back_in_every_language_qualifier_and_style()
    {
        Gen<long> values = Gen.Frequency(
            (3, Gen.Long[0, 100_000]),
            (2, Gen.Long[1, 999].Select(Gen.OneOf(Gen.Const(1_000L), Gen.Const(1_000_000L), Gen.Const(1_000_000_000L)), (n, scale) => n * scale)),
            (1, Gen.Long[0, 1_000_000_000_000_000]));
        values.Select(Gen.Enum<CountQualifier>(), Gen.Enum<ThousandsStyle>(), Gen.OneOf(Gen.Const("kk"), Gen.Const("kk-Latn"), Gen.Const("ru"), Gen.Const("en")))
            .Sample(
                (value, qualifier, style, culture) =>
                {
                    QualifiedCount count = QualifiedCount.Create(value, qualifier);
                    string phrase = QuantityText.Format(count, culture, style);
                    return QuantityPhrase.TryParse(phrase, culture, out QualifiedCount read) && read == count;
                },
                print: t => $"{t.Item1} {t.Item2} {t.Item3} {t.Item4}: «{QuantityText.Format(QualifiedCount.Create(t.Item1, t.Item2), t.Item4, t.Item3)}»");
    }

    [Fact]
    public void Reading_never_throws_on_any_text() =>
        Gen.String.Select(Gen.OneOf(Gen.Const("kk"), Gen.Const("kk-Latn"), Gen.Const("ru"), Gen.Const("en"))).Sample((text, culture) =>
        {
            QuantityPhrase.TryParse(text, culture, out _);
        });
}
