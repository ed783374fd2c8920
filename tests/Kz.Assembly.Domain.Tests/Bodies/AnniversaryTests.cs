using System;
using CsCheck;
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

    [Fact]
    public void Equality_and_ordering_agree_for_two_instances_of_one_body_founded_on_different_days()
    {
        // Bodies are equal by id, so two records of one id may disagree on the founding day; the anniversaries then
        // fall on different days and must be neither equal nor ordered as equal.
        var name = Kz.Assembly.Domain.Text.LocalizedText.Create("А", "А", "A");
        Anniversary first = AssemblyBody.National("apk", name, new LocalDate(1995, 3, 1)).AnniversaryIn(2025);
        Anniversary second = AssemblyBody.National("apk", name, new LocalDate(1995, 6, 1)).AnniversaryIn(2025);
        Assert.NotEqual(0, first.CompareTo(second));
        Assert.False(first.Equals(second));
        Assert.True(first < second);
    }

    [Fact]
    public void Equals_holds_exactly_when_CompareTo_is_zero() =>
        Gen.Int[1995, 2000].Select(Gen.Int[1, 12], Gen.Int[2001, 2100], Gen.Int[1995, 2000]).Sample((y1, m1, year, y2) =>
        {
            var name = Kz.Assembly.Domain.Text.LocalizedText.Create("А", "А", "A");
            Anniversary a = AssemblyBody.National("apk", name, new LocalDate(y1, m1, 1)).AnniversaryIn(year);
            Anniversary b = AssemblyBody.National("apk", name, new LocalDate(y2, m1, 1)).AnniversaryIn(year);
            Assert.Equal(a.Equals(b), a.CompareTo(b) == 0);
            Assert.Equal(a.Equals(b), b.Equals(a));
            if (a.Equals(b))
            {
                Assert.Equal(a.GetHashCode(), b.GetHashCode());
            }
        });
}
