using System;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Tests.Support;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Tests.Geography;

public class PlaceTests
{
    private static readonly LocalizedText Sairam = LocalizedText.Create("Сайрам ауданы", "Сайрамский район", "Sairam District");

    [Fact]
    public void A_district_lies_within_its_region()
    {
        Place district = Place.Within(Regions.Turkistan, PlaceKind.District, Sairam);
        Assert.Equal(Regions.Turkistan, district.Region);
        Assert.Equal("Sairam District (KZ-61)", district.ToString());
        Assert.Equal("Сайрамский район", district.ToString(null, System.Globalization.CultureInfo.GetCultureInfo("ru")));
    }

    [Fact]
    public void A_whole_region_takes_the_region_name() =>
        Assert.Equal(Regions.Turkistan.Name, Place.WholeRegion(Regions.Turkistan).Name);

    [Fact]
    public void Within_rejects_the_region_kind()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Place.Within(Regions.Turkistan, PlaceKind.Region, Sairam));
        Assert.Equal("kind", exception.ParamName);
    }

    [Fact]
    public void Equality_covers_region_kind_and_name() =>
        EqualityContract.Holds(
            Place.Within(Regions.Turkistan, PlaceKind.District, Sairam),
            Place.Within(Regions.Turkistan, PlaceKind.District, Sairam),
            Place.Within(Regions.Shymkent, PlaceKind.District, Sairam));
}
