using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Sessions;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Localization.Kk;

public class KazakhTextTests
{
    [Theory]
    [InlineData(39_000L, CountQualifier.About, "39 мыңға жуық")]
    [InlineData(9_000L, CountQualifier.About, "9000-ға жуық")]
    [InlineData(2_000L, CountQualifier.MoreThan, "2000-нан аса")]
    [InlineData(2_000L, CountQualifier.AtLeast, "кемінде 2000")]
    [InlineData(2_000L, CountQualifier.UpTo, "2000-ға дейін")]
    [InlineData(631L, CountQualifier.Exact, "631")]
    [InlineData(39_500L, CountQualifier.About, "39\u00A0500-ге жуық")]
    public void Qualified_counts_in_the_auto_style(long value, CountQualifier qualifier, string expected) =>
        Assert.Equal(expected, QuantityText.Format(QualifiedCount.Create(value, qualifier), "kk"));

    [Fact]
    public void The_words_style_writes_the_articles_2_мыңнан_аса() =>
        Assert.Equal("2 мыңнан аса", QuantityText.Format(QualifiedCount.MoreThan(2_000), "kk-KZ", ThousandsStyle.Words));

    [Fact]
    public void Dates_with_and_without_a_case()
    {
        var date = new LocalDate(2025, 4, 24);
        Assert.Equal("2025 жылғы 24 сәуір", DateText.Format(date, "kk"));
        Assert.Equal("24 сәуірде", DateText.FormatKazakh(date, KazakhCase.Locative));
        Assert.Equal("2025 жылғы 24 сәуірде", DateText.FormatKazakh(date, KazakhCase.Locative, includeYear: true));
    }

    [Fact]
    public void Sessions_in_Roman_numerals_without_a_hyphen_and_in_digits_with_one()
    {
        Assert.Equal("XXVII сессиясы", SessionText.Format(SessionNumber.Create(27), "kk", possessive: true));
        Assert.Equal("XXVII сессия", SessionText.Format(SessionNumber.Create(27), "kk"));
        Assert.Equal("34-сессия", SessionText.FormatKazakhDigits(SessionNumber.Create(34)));
    }
}
