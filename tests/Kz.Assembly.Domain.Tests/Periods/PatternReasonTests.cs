using System;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;

namespace Kz.Assembly.Domain.Tests.Periods;

/// <summary>
/// One pattern per value type reads and writes its invariant text and, as NodaTime's patterns do, says why it refused
/// one: the reason is in every <c>Parse</c> error (and so in JSON's and the web's), not a list of the accepted forms.
/// </summary>
public class PatternReasonTests
{
    [Theory]
    [InlineData("2025-Q5", "a quarter is Q1, Q2, Q3 or Q4")]
    [InlineData("2025-13", "a month is 01..12")]
    [InlineData("1990", "the year 1990 is outside the domain's years 1995..2100")]
    [InlineData("YTD 2025-02-30", "«YTD » is followed by a day written yyyy-MM-dd")]
    [InlineData("YTD 2200-01-01", "the year 2200 is outside")]
    [InlineData("2025-03-10/2025-02-01", "end 2025-02-01 precedes its start 2025-03-10")]
    [InlineData("2025-01-01/soon", "both ends of a period written start/end are days")]
    [InlineData("YTD 2025-04-24\0", "control character (U+0000) at position 14")]
    [InlineData("last year", "expected 2025, 2025-Q2, 2025-04")]
    [InlineData("", "it is empty")]
    public void A_refused_period_is_told_why(string text, string reason)
    {
        var exception = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));
        Assert.StartsWith($"'{text}' is not a reporting period: ", exception.Message, StringComparison.Ordinal);
        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
        Assert.False(ReportingPeriod.TryParse(text, out _));
    }

    [Theory]
    [InlineData("~", "no digits follow the qualifier «~»")]
    [InlineData("~39 000", "' ' at position 3 is not a digit")]
    [InlineData("about 5", "'a' at position 0 is not a digit")]
    [InlineData("007", "without leading zeros")]
    [InlineData("99999999999999999999", "larger than 9223372036854775807")]
    [InlineData("", "it is empty")]
    public void A_refused_count_is_told_why(string text, string reason)
    {
        var exception = Assert.Throws<FormatException>(() => QualifiedCount.Parse(text));
        Assert.StartsWith($"'{text}' is not a qualified count: ", exception.Message, StringComparison.Ordinal);
        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
        Assert.False(QualifiedCount.TryParse(text, out _));
    }

    [Theory]
    [InlineData("2025")]
    [InlineData("2025-Q2")]
    [InlineData("2025-04")]
    [InlineData("YTD 2025-04-24")]
    [InlineData("2025-01-10/2025-02-20")]
    public void Every_form_the_pattern_writes_it_reads_back(string text) =>
        Assert.Equal(text, ReportingPeriod.Parse(text).ToString());
}
