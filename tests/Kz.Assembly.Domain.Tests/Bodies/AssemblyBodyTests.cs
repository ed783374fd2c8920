using System;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Tests.Support;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Bodies;

public class AssemblyBodyTests
{
    private static readonly LocalizedText PeoplesCouncilName = LocalizedText.Create("Халық кеңесі", "Народный совет", "People's Council");

    [Fact]
    public void The_APK_was_founded_on_1_March_1995()
    {
        Assert.Equal(new LocalDate(1995, 3, 1), TurkistanArticle2025.Apk.Founded);
        Assert.Equal(AssemblyLevel.National, TurkistanArticle2025.Apk.Level);
        Assert.Null(TurkistanArticle2025.Apk.Region);
    }

    [Theory]
    [InlineData("KZ-61", "Түркістан облыстық Қазақстан халқы Ассамблеясы", "Ассамблея народа Казахстана Туркестанской области", "Turkistan Regional Assembly of People of Kazakhstan")]
    [InlineData("KZ-10", "Абай облыстық Қазақстан халқы Ассамблеясы", "Ассамблея народа Казахстана области Абай", "Abai Regional Assembly of People of Kazakhstan")]
    [InlineData("KZ-71", "Астана қалалық Қазақстан халқы Ассамблеясы", "Ассамблея народа Казахстана города Астаны", "Astana City Assembly of People of Kazakhstan")]
    [InlineData("KZ-79", "Шымкент қалалық Қазақстан халқы Ассамблеясы", "Ассамблея народа Казахстана города Шымкента", "Shymkent City Assembly of People of Kazakhstan")]
    [InlineData("KZ-75", "Алматы қалалық Қазақстан халқы Ассамблеясы", "Ассамблея народа Казахстана города Алматы", "Almaty City Assembly of People of Kazakhstan")]
    [InlineData("KZ-27", "Батыс Қазақстан облыстық Қазақстан халқы Ассамблеясы", "Ассамблея народа Казахстана Западно-Казахстанской области", "West Kazakhstan Regional Assembly of People of Kazakhstan")]
    public void Regional_assemblies_get_their_standard_names(string code, string kk, string ru, string en)
    {
        Region region = Region.FromCode(code);
        AssemblyBody body = AssemblyBody.Regional(region, region.Established ?? DomainCalendar.ApkFoundingDate);
        Assert.Equal(LocalizedText.Create(kk, ru, en), body.Name);
        Assert.Equal("apk-" + code.ToLowerInvariant(), body.Id.ToString());
    }

    [Fact]
    public void A_regional_assembly_cannot_predate_the_APK()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => AssemblyBody.Regional(Regions.Turkistan, new LocalDate(1994, 12, 31)));
        Assert.Equal("founded", exception.ParamName);
        Assert.Contains("1994-12-31", exception.Message, StringComparison.Ordinal);
        Assert.Contains("1995-03-01", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("APK")]
    [InlineData("apk kz")]
    [InlineData("-apk")]
    [InlineData("")]
    public void Ids_are_lower_case_slugs(string id) =>
        Assert.Throws<ArgumentException>(() => AssemblyBody.National(id, PeoplesCouncilName, new LocalDate(2026, 1, 1)));

    [Fact]
    public void Dissolution_records_a_successor_and_ends_existence()
    {
        AssemblyBody council = AssemblyBody.National("peoples-council", PeoplesCouncilName, new LocalDate(2026, 7, 1));
        AssemblyBody apk = TurkistanArticle2025.Apk.WithDissolution(new LocalDate(2026, 7, 1), council);

        Assert.Equal(council, apk.Successor);
        Assert.True(apk.ExistedOn(new LocalDate(2026, 6, 30)));
        Assert.False(apk.ExistedOn(new LocalDate(2026, 7, 1)));
        Assert.False(apk.ExistedOn(new LocalDate(1995, 2, 28)));
        Assert.Null(TurkistanArticle2025.Apk.Dissolved);
        Assert.Equal(TurkistanArticle2025.Apk, apk);
    }

    [Fact]
    public void Dissolution_must_follow_founding_and_name_another_body()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TurkistanArticle2025.Apk.WithDissolution(new LocalDate(1995, 3, 1), null));
        Assert.Throws<ArgumentException>(() => TurkistanArticle2025.Apk.WithDissolution(new LocalDate(2026, 1, 1), TurkistanArticle2025.Apk));
    }

    [Fact]
    public void Equality_is_by_id() =>
        EqualityContract.Holds(
            TurkistanArticle2025.Apk,
            AssemblyBody.National("apk", PeoplesCouncilName, new LocalDate(1995, 3, 1)),
            TurkistanArticle2025.TurkistanAssembly);
}
