using System;
using CsCheck;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Tests.Support;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Periods;

public class ReportingPeriodTests
{
    [Theory]
    [InlineData(2025, 1, "2025-01-01", "2025-03-31")]
    [InlineData(2024, 1, "2024-01-01", "2024-03-31")]
    [InlineData(2025, 4, "2025-10-01", "2025-12-31")]
    public void Quarters_cover_three_whole_months(int year, int quarter, string start, string end)
    {
        ReportingPeriod period = ReportingPeriod.Quarter(year, quarter);
        Assert.Equal(start, period.Start.ToString("uuuu-MM-dd", null));
        Assert.Equal(end, period.End.ToString("uuuu-MM-dd", null));
    }

    [Fact]
    public void February_of_a_leap_year_has_29_days() =>
        Assert.Equal(29, ReportingPeriod.Month(2024, 2).Interval.Length);

    [Fact]
    public void Year_to_date_runs_from_1_January_to_the_as_of_day()
    {
        ReportingPeriod ytd = ReportingPeriod.YearToDate(new LocalDate(2025, 4, 24));
        Assert.Equal(new LocalDate(2025, 1, 1), ytd.Start);
        Assert.Equal(new LocalDate(2025, 4, 24), ytd.End);
        Assert.True(ytd.Contains(new LocalDate(2025, 4, 24)));
        Assert.False(ytd.Contains(new LocalDate(2025, 4, 25)));
        Assert.NotEqual(ReportingPeriod.Custom(ytd.Start, ytd.End), ytd);
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_rejected()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Custom(new LocalDate(2025, 5, 1), new LocalDate(2025, 4, 30)));
        Assert.Equal("end", exception.ParamName);
        Assert.Contains("precedes", exception.Message, StringComparison.Ordinal);
        Assert.False(ReportingPeriod.TryCustom(new LocalDate(2025, 5, 1), new LocalDate(2025, 4, 30), out _));
    }

    [Theory]
    [InlineData(1994)]
    [InlineData(3000)]
    public void Years_outside_the_domain_are_rejected(int year)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.CalendarYear(year));
        Assert.Equal(year, exception.ActualValue);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Month(year, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Quarter(2025, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Month(2025, 13));
    }

    [Theory]
    [InlineData("2025")]
    [InlineData("2025-Q2")]
    [InlineData("2025-04")]
    [InlineData("YTD 2025-04-24")]
    [InlineData("2025-01-10/2025-02-20")]
    public void Parse_reads_what_ToString_writes(string text) =>
        Assert.Equal(text, ReportingPeriod.Parse(text).ToString());

    [Theory]
    [InlineData("1990")]
    [InlineData("2025-Q5")]
    [InlineData("2025-13")]
    [InlineData("YTD 2025-02-30")]
    [InlineData("2025-02-20/2025-01-10")]
    [InlineData("twenty")]
    public void Parse_rejects_malformed_text(string text) =>
        Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));

    [Fact]
    public void Every_period_round_trips_through_text() =>
        Generators.AnyPeriod.Sample(period => Assert.Equal(period, ReportingPeriod.Parse(period.ToString())));

    [Fact]
    public void TryParse_never_throws() =>
        Gen.String.Sample(text => ReportingPeriod.TryParse(text, out ReportingPeriod? period) == (period is not null));

    [Fact]
    public void Ordering_is_by_start_then_end()
    {
        EqualityContract.Orders(ReportingPeriod.Month(2025, 1), ReportingPeriod.Month(2025, 2));
        EqualityContract.Orders(ReportingPeriod.Month(2025, 1), ReportingPeriod.Quarter(2025, 1));
        EqualityContract.Holds(ReportingPeriod.Month(2025, 1), ReportingPeriod.Parse("2025-01"), ReportingPeriod.Month(2025, 2));
    }

    [Theory]
    [InlineData("YTD 2025-04-24\0")]
    [InlineData("2025-01-01/2025-02-01\0")]
    [InlineData("2025\0")]
    [InlineData("2025-Q2\u0001")]
    public void Text_with_a_control_character_is_not_a_period(string text)
    {
        Assert.False(ReportingPeriod.TryParse(text, out _));
        Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));
    }

    [Fact]
    public void A_period_written_with_a_trailing_control_character_never_reads_back() =>
        Gen.Int[1995, 2100].Select(Gen.Int[1, 12], Gen.Char['\0', '\u001F']).Sample((year, month, control) =>
            Assert.False(ReportingPeriod.TryParse(ReportingPeriod.Month(year, month).ToString() + control, out _)));
}
