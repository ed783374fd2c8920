using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Sessions;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Localization.En;

public class EnglishTextTests
{
    [Theory]
    [InlineData(39_000L, CountQualifier.About, ThousandsStyle.Auto, "about 39 thousand")]
    [InlineData(2_000L, CountQualifier.MoreThan, ThousandsStyle.Words, "more than 2 thousand")]
    [InlineData(9_000L, CountQualifier.About, ThousandsStyle.Auto, "about 9,000")]
    [InlineData(2_000L, CountQualifier.AtLeast, ThousandsStyle.Auto, "at least 2,000")]
    [InlineData(300L, CountQualifier.UpTo, ThousandsStyle.Auto, "up to 300")]
    public void Qualified_counts(long value, CountQualifier qualifier, ThousandsStyle style, string expected) =>
        Assert.Equal(expected, QuantityText.Format(QualifiedCount.Create(value, qualifier), "en", style));

    [Theory]
    [InlineData(1L, "1 event")]
    [InlineData(631L, "631 events")]
    public void Nouns_take_the_plural_except_after_exactly_one(long count, string expected) =>
        Assert.Equal(expected, QuantityText.FormatCounted(QualifiedCount.Exactly(count), DomainText.Noun(AssemblyActivityKind.Event), "en"));

    [Fact]
    public void Dates_and_sessions()
    {
        Assert.Equal("24 April 2025", DateText.Format(new LocalDate(2025, 4, 24), "en-GB"));
        Assert.Equal("27th session", SessionText.Format(SessionNumber.Create(27), "en"));
        Assert.Equal("thirty-four", NumberWords.ToWords(34, "en"));
        Assert.Equal("34th", NumberWords.ToOrdinalDigits(34, "en"));
    }
}
