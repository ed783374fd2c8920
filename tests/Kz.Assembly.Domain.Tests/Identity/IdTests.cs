using System;
using CsCheck;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Tests.Support;

namespace Kz.Assembly.Domain.Tests.Identity;

public class IdTests
{
    /// <summary>Valid slugs: runs of [a-z0-9] joined by single or double hyphens, 1..100 characters.</summary>
    private static readonly Gen<string> Slug =
        Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"].Array[1, 12].Select(chars => new string(chars))
            .Array[1, 6].Select(parts => string.Join("-", parts))
            .Where(s => s.Length <= 100);

    [Theory]
    [InlineData("apk")]
    [InlineData("apk-kz-61")]
    [InlineData("apk-kz-61-session-27")]
    public void Parse_reads_what_ToString_writes(string text)
    {
        Id<AssemblyBody> id = Id<AssemblyBody>.Parse(text);
        Assert.Equal(text, id.ToString());
        Assert.Equal(text, id.Value);
        Assert.False(id.IsDefault);
    }

    [Fact]
    public void Parse_of_ToString_is_the_identity_for_every_valid_slug() =>
        Slug.Sample(text =>
        {
            Id<Session> id = Id<Session>.Parse(text);
            Assert.Equal(id, Id<Session>.Parse(id.ToString()));
            Assert.True(Id<Session>.TryParse(text.AsSpan(), null, out Id<Session> fromSpan));
            Assert.Equal(id, fromSpan);
        });

    [Theory]
    [InlineData("")]
    [InlineData("-apk")]
    [InlineData("apk-")]
    [InlineData("APK")]
    [InlineData("apk kz")]
    [InlineData("apk\0")]
    [InlineData("апк")]
    public void Invalid_slugs_are_rejected_naming_the_value_and_the_rule(string text)
    {
        var exception = Assert.Throws<FormatException>(() => Id<AssemblyBody>.Parse(text));
        Assert.Contains($"'{text}'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("lower-case Latin letters", exception.Message, StringComparison.Ordinal);
        Assert.False(Id<AssemblyBody>.TryParse(text, out Id<AssemblyBody> id));
        Assert.True(id.IsDefault);
    }

    [Fact]
    public void A_slug_longer_than_100_characters_is_rejected() =>
        Assert.False(Id<AssemblyBody>.TryParse(new string('a', 101), out _));

    [Fact]
    public void TryParse_never_throws_on_any_text() =>
        Gen.String.Sample(text => Assert.Equal(Id<AssemblyBody>.TryParse(text, out Id<AssemblyBody> id), !id.IsDefault));

    [Fact]
    public void Equality_hashing_and_ordering_agree() =>
        Slug.Select(Slug).Sample((a, b) =>
        {
            Id<AssemblyBody> x = Id<AssemblyBody>.Parse(a);
            Id<AssemblyBody> y = Id<AssemblyBody>.Parse(b);
            Assert.Equal(x.Equals(y), x.CompareTo(y) == 0);
            Assert.Equal(x == y, string.Equals(a, b, StringComparison.Ordinal));
            Assert.Equal(Math.Sign(string.CompareOrdinal(a, b)), Math.Sign(x.CompareTo(y)));
            if (x.Equals(y))
            {
                Assert.Equal(x.GetHashCode(), y.GetHashCode());
            }
        });

    [Fact]
    public void The_contract_holds_for_example_ids()
    {
        EqualityContract.Holds(Id<AssemblyBody>.Parse("apk"), Id<AssemblyBody>.Parse("apk"), Id<AssemblyBody>.Parse("apk-kz-61"));
        EqualityContract.Orders(Id<AssemblyBody>.Parse("apk"), Id<AssemblyBody>.Parse("apk-kz-61"));
    }

    [Fact]
    public void TryFormat_writes_the_slug_or_reports_a_short_buffer()
    {
        Id<AssemblyBody> id = Id<AssemblyBody>.Parse("apk-kz-61");
        Span<char> buffer = stackalloc char[20];
        Assert.True(id.TryFormat(buffer, out int written, default, null));
        Assert.Equal("apk-kz-61", buffer[..written].ToString());
        Assert.False(id.TryFormat(buffer[..3], out written, default, null));
        Assert.Equal(0, written);
        Assert.Equal("apk-kz-61", $"{id}");
        Assert.Throws<FormatException>(() => id.ToString("X", null));
    }

    [Fact]
    public void The_default_id_is_not_an_id()
    {
        Id<AssemblyBody> none = default;
        Assert.True(none.IsDefault);
        Assert.Equal("(default)", none.ToString());
        Assert.Throws<ArgumentException>(() => Kz.Assembly.Domain.Samples.TurkistanArticle2025.RegionalSession.WithId(default));
    }

    [Fact]
    public void Natural_ids_are_derived_from_the_natural_key()
    {
        Assert.Equal("apk-kz-61", Kz.Assembly.Domain.Samples.TurkistanArticle2025.TurkistanAssembly.Id.ToString());
        Assert.Equal("apk-kz-61-session-27", Kz.Assembly.Domain.Samples.TurkistanArticle2025.RegionalSession.Id.ToString());
        Assert.Equal("nuralkhan-kusherov", Kz.Assembly.Domain.Samples.TurkistanArticle2025.RegionalAkim.Id.ToString());
        Assert.Equal("kz-61", Kz.Assembly.Domain.Geography.Place.WholeRegion(Kz.Assembly.Domain.Geography.Regions.Turkistan).Id.ToString());
    }
}
