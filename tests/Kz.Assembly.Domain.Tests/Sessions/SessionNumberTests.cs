using System;
using CsCheck;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Tests.Support;

namespace Kz.Assembly.Domain.Tests.Sessions;

public class SessionNumberTests
{
    [Theory]
    [InlineData(1, "I")]
    [InlineData(4, "IV")]
    [InlineData(27, "XXVII")]
    [InlineData(34, "XXXIV")]
    [InlineData(1994, "MCMXCIV")]
    [InlineData(3999, "MMMCMXCIX")]
    public void Formats_as_Roman_numerals_by_default_and_digits_with_D(int value, string roman)
    {
        SessionNumber number = SessionNumber.Create(value);
        Assert.Equal(roman, number.ToString());
        Assert.Equal(roman, number.ToString("R", null));
        Assert.Equal(value.ToString(System.Globalization.CultureInfo.InvariantCulture), number.ToString("D", null));
        Assert.Throws<FormatException>(() => number.ToString("X", null));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(4000)]
    [InlineData(int.MinValue)]
    public void Session_number_0_and_numbers_past_3999_are_rejected(int value)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => SessionNumber.Create(value));
        Assert.Equal("value", exception.ParamName);
        Assert.Equal(value, exception.ActualValue);
        Assert.Contains("1..3999", exception.Message, StringComparison.Ordinal);
        Assert.False(SessionNumber.TryCreate(value, out SessionNumber number));
        Assert.True(number.IsDefault);
    }

    [Fact]
    public void Default_is_flagged_as_not_a_valid_number()
    {
        Assert.True(default(SessionNumber).IsDefault);
        Assert.False(SessionNumber.Create(1).IsDefault);
        Assert.Throws<InvalidOperationException>(() => default(SessionNumber).Next());
        Assert.Contains(typeof(SessionNumber).GetCustomAttributes(false), a => a is Kz.Assembly.Domain.Annotations.NoDefaultAttribute);
    }

    [Fact]
    public void Next_counts_up_and_stops_at_the_last_numeral()
    {
        Assert.Equal(SessionNumber.Create(28), SessionNumber.Create(27).Next());
        Assert.Throws<InvalidOperationException>(() => SessionNumber.Create(3999).Next());
    }

    [Fact]
    public void Equality_and_ordering()
    {
        EqualityContract.Holds(SessionNumber.Create(27), SessionNumber.Create(27), SessionNumber.Create(34));
        EqualityContract.Orders(SessionNumber.Create(27), SessionNumber.Create(34));
    }

    [Fact]
    public void TryCreate_agrees_with_the_range_for_every_int() =>
        Gen.Int.Sample(value =>
        {
            bool valid = SessionNumber.TryCreate(value, out SessionNumber number);
            Assert.Equal(value is >= 1 and <= 3999, valid);
            Assert.Equal(valid ? value : 0, number.Value);
        });

    [Fact]
    public void Ordering_of_numbers_follows_ordering_of_values() =>
        Gen.Int[1, 3999].Select(Gen.Int[1, 3999]).Sample((a, b) =>
            Assert.Equal(Math.Sign(a.CompareTo(b)), Math.Sign(SessionNumber.Create(a).CompareTo(SessionNumber.Create(b)))));

    [Fact]
    public void Roman_form_is_canonical_and_never_longer_than_15_letters() =>
        Gen.Int[1, 3999].Sample(value =>
        {
            string roman = SessionNumber.Create(value).ToString();
            Assert.InRange(roman.Length, 1, 15);
            Assert.DoesNotContain("IIII", roman, StringComparison.Ordinal);
            Assert.DoesNotContain("XXXX", roman, StringComparison.Ordinal);
            Assert.DoesNotContain("CCCC", roman, StringComparison.Ordinal);
        });

    [Theory]
    [InlineData("27\0")]
    [InlineData("27\0\0")]
    [InlineData("XXVII\0")]
    [InlineData("\u0662\u0667")]
    [InlineData("99999999999")]
    public void Text_with_anything_but_a_numeral_or_ascii_digits_is_rejected(string text)
    {
        Assert.False(SessionNumber.TryParse(text, out SessionNumber number));
        Assert.True(number.IsDefault);
        Assert.Throws<FormatException>(() => SessionNumber.Parse(text));
    }

    [Fact]
    public void Any_text_with_a_control_character_that_is_not_white_space_is_rejected() =>
        Gen.Int[1, 3999].Select(Gen.Char['\0', '\u001F'].Where(c => !char.IsWhiteSpace(c)), Gen.Bool).Sample((value, control, roman) =>
        {
            SessionNumber number = SessionNumber.Create(value);
            string text = (roman ? number.ToString() : number.ToString("D", null)) + control;
            Assert.False(SessionNumber.TryParse(text, out _));
        });
}
