using System.Linq;
using Kz.Assembly.Domain.Reading;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Reading;

/// <summary>So many a day or a week is a rate, not a count: it states no tally, and the total beside it is the count.</summary>
public class RateTests
{
    [Theory]
    [InlineData("Ассамблея народа Казахстана Павлодарской области\nВ мае проводилось в среднем 3 мероприятия в день, всего 90 мероприятий.")]
    [InlineData("Pavlodar Regional Assembly of People of Kazakhstan\nIn May, the assembly held 3 events a day, 90 events in all.")]
    [InlineData("Павлодар облыстық ҚХА\nМамыр айында күніне 3 іс-шара, барлығы 90 іс-шара өтті.")]
    public void A_rate_is_a_mention_and_the_total_is_the_count(string text)
    {
        ReportReading reading = ReportReader.Read(text, new LocalDate(2025, 6, 2));
        ReadSummary summary = Assert.Single(reading.FactsOf<ReadSummary>());
        Assert.Equal(90, Assert.Single(summary.Summary.Tallies).Count.Value);
        Assert.Contains(reading.Unplaced, mention => mention.Reason.StartsWith("a rate", System.StringComparison.Ordinal));
    }
}
