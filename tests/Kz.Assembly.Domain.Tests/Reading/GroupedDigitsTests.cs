using System.Globalization;
using CsCheck;
using Kz.Assembly.Domain.Notation;

namespace Kz.Assembly.Domain.Tests.Reading;

/// <summary>The one grammar of grouped digits the tokenizer and <c>QuantityPhrase</c> read counts by.</summary>
public class GroupedDigitsTests
{
    [Theory]
    [InlineData("39 500 people", " ", 39_500, 6)]
    [InlineData("1 250 000", " ", 1_250_000, 9)]
    [InlineData("39,500", ",", 39_500, 6)]
    [InlineData("2025 500", " ", 2025, 4)] // a first group of four digits takes no groups after it
    [InlineData("39 50", " ", 39, 2)] // a group is exactly three digits
    [InlineData("39 5000", " ", 39, 2)]
    [InlineData("9223372036854775807", " ", long.MaxValue, 19)]
    [InlineData("9223372036854775808", " ", -1, 19)]
    [InlineData("x", " ", 0, 0)]
    public void Groups_of_three_after_a_first_group_of_one_to_three(string text, string separators, long value, int end)
    {
        Assert.Equal(end, GroupedDigits.Read(text, 0, separators, out long read));
        Assert.Equal(value, read);
    }

    [Fact]
    public void Every_count_grouped_by_any_separator_reads_back_as_itself() =>
        Gen.Long[0, long.MaxValue].Select(Gen.Int[0, 2].Select(k => new[] { " ", ",", "\u00A0" }[k])).Sample((value, separator) =>
        {
            string text = value.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", separator, System.StringComparison.Ordinal);
            Assert.Equal(text.Length, GroupedDigits.Read(text, 0, separator, out long read));
            Assert.Equal(value, read);
        }, iter: 2000);
}
