using System;
using System.Linq;
using CsCheck;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Tests.Support;

namespace Kz.Assembly.Domain.Tests.Geography;

public class RegionTests
{
    [Fact]
    public void All_holds_17_regions_and_3_cities_ordered_by_code()
    {
        Assert.Equal(20, Region.All.Count);
        Assert.Equal(17, Region.All.Count(r => r.Kind == RegionKind.Region));
        Assert.Equal(["KZ-71", "KZ-75", "KZ-79"], Region.All.Where(r => r.Kind == RegionKind.City).Select(r => r.Code));
        Assert.Equal(Region.All.OrderBy(r => r.Code, StringComparer.Ordinal), Region.All);
    }

    [Theory]
    [InlineData("СҚО", "KZ-59")]
    [InlineData("СКО", "KZ-59")]
    [InlineData("ШҚО", "KZ-63")]
    [InlineData("ВКО", "KZ-63")]
    [InlineData("БҚО", "KZ-27")]
    [InlineData("ЗКО", "KZ-27")]
    public void The_abbreviations_news_writes_for_the_three_compass_regions_are_names_of_them(string abbreviation, string code)
    {
        Assert.True(Region.TryParse(abbreviation, out Region? region));
        Assert.Equal(code, region!.Code);
    }

    [Theory]
    [InlineData("KZ-61", "KZ-61")]
    [InlineData("kz-61", "KZ-61")]
    [InlineData("61", "KZ-61")]
    [InlineData("KZ-YUZ", "KZ-61")]
    [InlineData("KZ-AKM", "KZ-11")]
    [InlineData("KZ-ALA", "KZ-75")]
    [InlineData("KZ-ALM", "KZ-19")]
    public void FromCode_accepts_iso_kato_and_legacy_codes(string code, string expected) =>
        Assert.Equal(expected, Region.FromCode(code).Code);

    [Theory]
    [InlineData("Түркістан облысы", "KZ-61")]
    [InlineData("Туркестанская область", "KZ-61")]
    [InlineData("turkistan   region", "KZ-61")]
    [InlineData("Абайская область", "KZ-10")]
    [InlineData("Жетысуская область", "KZ-33")]
    [InlineData("Улытауская область", "KZ-62")]
    [InlineData("область Ұлытау", "KZ-62")]
    [InlineData("Алматы", "KZ-75")]
    [InlineData("Алматы облысы", "KZ-19")]
    [InlineData("город Алматы", "KZ-75")]
    [InlineData("Алматинская область", "KZ-19")]
    [InlineData("Восточно-Казахстанская область", "KZ-63")]
    public void Parse_finds_regions_by_any_name_or_alias(string name, string expected) =>
        Assert.Equal(expected, Region.Parse(name).Code);

    [Fact]
    public void Every_region_is_found_by_each_of_its_names_and_codes()
    {
        foreach (Region region in Region.All)
        {
            Assert.Same(region, Region.Parse(region.Name.Kazakh));
            Assert.Same(region, Region.Parse(region.Name.Russian));
            Assert.Same(region, Region.Parse(region.Name.English));
            Assert.Same(region, Region.FromCode(region.Code));
            Assert.Same(region, Region.FromCode(region.KatoCode!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Fact]
    public void Kato_code_equals_the_iso_digits_and_new_regions_have_no_legacy_code()
    {
        Assert.Equal(61, Regions.Turkistan.KatoCode);
        Assert.Equal("KZ-YUZ", Regions.Turkistan.LegacyCode);
        Assert.Null(Regions.Abai.LegacyCode);
        Assert.Null(Regions.Jetisu.LegacyCode);
        Assert.Null(Regions.Ulytau.LegacyCode);
    }

    [Theory]
    [InlineData("KZ-99")]
    [InlineData("KZ-SHY-")]
    [InlineData("")]
    public void FromCode_rejects_unknown_codes_naming_the_value(string code)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Region.FromCode(code));
        Assert.Equal("code", exception.ParamName);
        Assert.Contains($"'{code}'", exception.Message, StringComparison.Ordinal);
        Assert.False(Region.TryFromCode(code, out _));
    }

    [Fact]
    public void Parse_rejects_unknown_names_with_FormatException()
    {
        var exception = Assert.Throws<FormatException>(() => Region.Parse("Туркестан"));
        Assert.Contains("'Туркестан'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_never_throws() =>
        Gen.String.Sample(text => Region.TryParse(text, out Region? region) == (region is not null));

    [Fact]
    public void Formatting_gives_invariant_text_and_names_per_culture()
    {
        Assert.Equal("KZ-61 Turkistan Region", Regions.Turkistan.ToString());
        Assert.Equal("Түркістан облысы", Regions.Turkistan.ToString(null, System.Globalization.CultureInfo.GetCultureInfo("kk-KZ")));
        Assert.Equal("KZ-61", Regions.Turkistan.ToString("C", null));
        Assert.Throws<FormatException>(() => Regions.Turkistan.ToString("Z", null));
    }

    [Fact]
    public void Equality_and_ordering_follow_the_code()
    {
        EqualityContract.Holds(Regions.Turkistan, Region.FromCode("KZ-61"), Regions.Shymkent);
        EqualityContract.Orders(Regions.Abai, Regions.Shymkent);
    }
}
