using System;
using System.Linq;
using CsCheck;
using Kz.Assembly.Domain.Localization;

namespace Kz.Assembly.Domain.Tests.Localization;

public class RomanNumeralTests
{
    [Theory]
    [InlineData("XXVIІ", 27)] // the article: Latin XXVI, Cyrillic І (U+0406)
    [InlineData("ХХХІV", 34)] // the article: Cyrillic ХХХІ (U+0425, U+0406), Latin V
    [InlineData("ХХХІV (34)", 34)] // the article writes the number twice
    [InlineData("xxxiv", 34)]
    [InlineData("хххіv", 34)]
    [InlineData("MCMXCV", 1995)]
    [InlineData("МСМХСV", 1995)] // Cyrillic М, С, Х
    [InlineData("XXXѴ", 35)] // Cyrillic izhitsa for V
    [InlineData("ⅩⅩⅦ", 27)] // U+2169 U+2169 U+2166
    [InlineData("ⅹⅹⅶ", 27)]
    [InlineData("Ⅻ", 12)]
    [InlineData("ↀCMXCIX", 1999)]
    [InlineData("  XXVII  ", 27)]
    [InlineData("MMMCMXCIX", 3999)]
    public void Parses_every_script_real_text_uses(string text, int expected)
    {
        Assert.Equal(expected, RomanNumeral.Parse(text));
        Assert.True(RomanNumeral.TryParse(text, out int value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("IIII", "4 is written IV")]
    [InlineData("XXVIIII", "29 is written XXIX")]
    [InlineData("IC", "99 is written XCIX")]
    [InlineData("VX", "5 is written V")]
    [InlineData("MMMM", "range 1..3999")]
    [InlineData("ↁ", "range 1..3999")]
    [InlineData("", "empty")]
    [InlineData("XXVII8", "'8' (U+0038) at position 5")]
    [InlineData("ХХХІV (35)", "the numeral reads 34 (XXXIV) but the brackets say 35")]
    [InlineData("ХХХІV (тридцать)", "not a whole number")]
    [InlineData("MMMDCCCLXXXVIIII", "longer than 15 letters")]
    public void Rejects_non_canonical_and_contradictory_text_saying_why(string text, string reason)
    {
        var exception = Assert.Throws<FormatException>(() => RomanNumeral.Parse(text));
        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
        Assert.Contains($"'{text}'", exception.Message, StringComparison.Ordinal);
        Assert.False(RomanNumeral.TryParse(text, out int value));
        Assert.Equal(0, value);
    }

    [Fact]
    public void Reports_which_characters_were_normalised()
    {
        Assert.True(RomanNumeral.TryParse("ХХХІV", out int value, out var normalized));
        Assert.Equal(34, value);
        Assert.Equal([0, 1, 2, 3], normalized.Select(n => n.Index));
        Assert.Equal(['\u0425', '\u0425', '\u0425', '\u0406'], normalized.Select(n => n.Original));
        Assert.All(normalized, n => Assert.True(n.Latin is "X" or "I"));
        Assert.Equal("3: U+0406 'І' → I", normalized[3].ToString());
        Assert.Empty(RomanNumeral.FindNormalizedCharacters("XXXIV"));
        Assert.Equal("XII", Assert.Single(RomanNumeral.FindNormalizedCharacters("Ⅻ")).Latin);
    }

    [Fact]
    public void Output_is_always_Latin()
    {
        Assert.Equal("XXXIV", RomanNumeral.ToRoman(34));
        Assert.Throws<ArgumentOutOfRangeException>(() => RomanNumeral.ToRoman(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => RomanNumeral.ToRoman(4000));
    }

    [Fact]
    public void Parse_of_ToRoman_is_the_identity_on_1_to_3999() =>
        Gen.Int[1, 3999].Sample(n =>
        {
            string roman = RomanNumeral.ToRoman(n);
            Assert.Equal(n, RomanNumeral.Parse(roman));
            Assert.Matches("^[IVXLCDM]+$", roman);
        });

    [Fact]
    public void Cyrillic_look_alikes_parse_like_their_Latin_letters() =>
        Gen.Int[1, 3999].Sample(n =>
        {
            string cyrillic = RomanNumeral.ToRoman(n).Replace('X', 'Х').Replace('I', 'І').Replace('C', 'С').Replace('M', 'М');
            Assert.Equal(n, RomanNumeral.Parse(cyrillic));
        });

    [Fact]
    public void TryParse_never_throws_on_any_string() =>
        Gen.String.Sample(text => RomanNumeral.TryParse(text, out int value) == value is >= 1 and <= 3999);

    [Fact]
    public void TryParse_never_throws_on_numeral_shaped_strings() =>
        Gen.String[Gen.Char["IVXLCDMivxХІСМ()0123456789 Ⅻↀↁ"], 0, 20].Sample(text =>
        {
            bool parsed = RomanNumeral.TryParse(text, out int value);
            Assert.Equal(parsed, value != 0);
            if (!parsed)
            {
                Assert.Throws<FormatException>(() => RomanNumeral.Parse(text));
            }
        });
}
