using System;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Tests.Support;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Bodies;

public class AnniversaryTests
{
    [Fact]
    public void The_APKs_30th_anniversary_falls_in_2025()
    {
        Anniversary thirtieth = TurkistanArticle2025.Apk.AnniversaryIn(2025);
        Assert.Equal(30, thirtieth.Years);
        Assert.Equal(new LocalDate(2025, 3, 1), thirtieth.Date);
        Assert.True(thirtieth.IsJubilee);
        Assert.Equal("apk 30th anniversary (2025-03-01)", thirtieth.ToString());
    }

    [Theory]
    [InlineData(1996, "1st", false)]
    [InlineData(1997, "2nd", false)]
    [InlineData(2006, "11th", false)]
    [InlineData(2016, "21st", false)]
    [InlineData(2020, "25th", true)]
    public void Ordinals_and_jubilees(int year, string ordinal, bool jubilee)
    {
        Anniversary anniversary = Anniversary.Of(TurkistanArticle2025.Apk, year);
        Assert.StartsWith("apk " + ordinal + " ", anniversary.ToString(), StringComparison.Ordinal);
        Assert.Equal(jubilee, anniversary.IsJubilee);
    }

    [Theory]
    [InlineData(1995)]
    [InlineData(1990)]
    [InlineData(3000)]
    public void Years_without_an_anniversary_are_rejected(int year)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Anniversary.Of(TurkistanArticle2025.Apk, year));
        Assert.Equal(year, exception.ActualValue);
    }

    [Fact]
    public void Equality_and_order()
    {
        EqualityContract.Holds(Anniversary.Of(TurkistanArticle2025.Apk, 2025), TurkistanArticle2025.Apk.AnniversaryIn(2025), TurkistanArticle2025.Apk.AnniversaryIn(2026));
        EqualityContract.Orders(TurkistanArticle2025.Apk.AnniversaryIn(2025), TurkistanArticle2025.Apk.AnniversaryIn(2026));
    }
}
