using System;
using System.Linq;
using CsCheck;
using Kz.Assembly.Domain.Reading.Scanning;
using Xunit;

namespace Kz.Assembly.Domain.Tests.Reading;

/// <summary>The reader's table of lower case agrees with the runtime's invariant casing, letter for letter and word for
/// word, in and beyond the table (surrogate pairs included).</summary>
public sealed class LowerCaseTests
{
    [Fact]
    public void Every_letter_lowers_as_the_runtime_lowers_it()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(char.ToLowerInvariant((char)c), LowerCase.Of((char)c));
        }
    }

    [Fact]
    public void Any_text_lowers_as_the_runtime_lowers_it() =>
        Gen.OneOf(
                Gen.Char["AaBbZzАаЯяЁёӘәҒғҚқҢңӨөҰұҮүҺһІіÁáǴǵŃńÓóÚúÝýİıÄäÖöÜü-' "].Array[0, 40].Select(letters => new string(letters)),
                Gen.String)
            .Sample(text => Assert.Equal(text.ToLowerInvariant(), LowerCase.Of(text)));

    [Fact]
    public void A_text_already_in_lower_case_is_returned_as_it_is()
    {
        string word = "іс-шара";
        Assert.Same(word, LowerCase.Of(word));
    }

    [Fact]
    public void A_slice_lowers_like_the_substring() =>
        Gen.String.Select(Gen.Int[0, 20], Gen.Int[0, 20]).Sample((text, from, length) =>
        {
            int start = Math.Min(from, text.Length);
            int count = Math.Min(length, text.Length - start);
            Assert.Equal(text.Substring(start, count).ToLowerInvariant(), LowerCase.Of(text.AsSpan(start, count)));
        });
}
