using System;
using System.Linq;
using CsCheck;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Tests.Support;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Geography;

/// <summary>
/// Regions since 1995-03-01, their days and their former names. Sources (cited in docs/domain-model.md): decrees of
/// 22 April 1997 (Taldykorgan, Turgai) and 3 May 1997 (Zhezkazgan, Kokshetau, Semipalatinsk); decree of 19 June 2018
/// (South Kazakhstan renamed Turkistan, Shymkent of republican significance); decree of 4 May 2022 in force on
/// 8 June 2022 (Abai, Jetisu, Ulytau); the capital renamed Astana on 6 May 1998, Nur-Sultan on 23 March 2019 and
/// Astana again on 17 September 2022.
/// </summary>
public class RegionHistoryTests
{
    [Fact]
    public void Since_1995_there_were_25_regions_five_of_them_abolished_in_1997()
    {
        Assert.Equal(25, Region.AllSince1995.Count);
        Assert.Equal(Region.All, Region.AllSince1995.Take(20));
        var abolished = Region.AllSince1995.Where(r => r.Abolished is not null).ToDictionary(r => r.Code, r => r.Abolished!.Value);
        Assert.Equal(new LocalDate(1997, 4, 22), abolished["KZ-TAL"]);
        Assert.Equal(new LocalDate(1997, 4, 22), abolished["KZ-TUR"]);
        Assert.Equal(new LocalDate(1997, 5, 3), abolished["KZ-ZHE"]);
        Assert.Equal(new LocalDate(1997, 5, 3), abolished["KZ-KOK"]);
        Assert.Equal(new LocalDate(1997, 5, 3), abolished["KZ-SEM"]);
        Assert.Equal([Regions.Akmola, Regions.Kostanay], Region.FromCode("KZ-TUR").MergedInto);
        Assert.Null(Region.FromCode("KZ-TAL").KatoCode);
        Assert.Empty(Regions.Turkistan.MergedInto);
    }

    [Fact]
    public void Regions_created_since_1995_know_their_first_day()
    {
        Assert.Equal(new LocalDate(2022, 6, 8), Regions.Abai.Established);
        Assert.Equal(new LocalDate(2022, 6, 8), Regions.Jetisu.Established);
        Assert.Equal(new LocalDate(2022, 6, 8), Regions.Ulytau.Established);
        Assert.Equal(new LocalDate(2018, 6, 19), Regions.Shymkent.Established);
        Assert.False(Regions.Ulytau.ExistedOn(new LocalDate(2022, 6, 7)));
        Assert.True(Regions.Ulytau.ExistedOn(new LocalDate(2022, 6, 8)));
        Assert.True(Region.FromCode("KZ-SEM").ExistedOn(new LocalDate(1997, 5, 2)));
        Assert.False(Region.FromCode("KZ-SEM").ExistedOn(new LocalDate(1997, 5, 3)));
    }

    [Theory]
    [InlineData("KZ-71", "1997-12-10", "Akmola")]
    [InlineData("KZ-71", "1998-05-06", "Astana")]
    [InlineData("KZ-71", "2020-01-01", "Nur-Sultan")]
    [InlineData("KZ-71", "2022-09-17", "Astana")]
    [InlineData("KZ-61", "2018-06-18", "South Kazakhstan Region")]
    [InlineData("KZ-61", "2018-06-19", "Turkistan Region")]
    public void NameOn_gives_the_name_of_the_day(string code, string date, string english) =>
        Assert.Equal(english, Region.FromCode(code).NameOn(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value).English);

    [Theory]
    [InlineData("Nur-Sultan", "KZ-71")]
    [InlineData("Нур-Султан", "KZ-71")]
    [InlineData("Нұр-Сұлтан", "KZ-71")]
    [InlineData("South Kazakhstan Region", "KZ-61")]
    [InlineData("Южно-Казахстанская область", "KZ-61")]
    [InlineData("Karagandy", "KZ-35")]
    [InlineData("Qaraghandy Region", "KZ-35")]
    [InlineData("Karaganda", "KZ-35")]
    [InlineData("Qarağandy oblysy", "KZ-35")]
    [InlineData("Akmola", "KZ-11")]
    [InlineData("Almaty", "KZ-75")]
    [InlineData("Алматы обл.", "KZ-19")]
    [InlineData("Alma-Ata", "KZ-75")]
    [InlineData("Taldykorgan Region", "KZ-TAL")]
    [InlineData("Семипалатинская область", "KZ-SEM")]
    [InlineData("Turkestan", "KZ-61")]
    [InlineData("Shymkent city", "KZ-79")]
    public void Parse_reads_former_names_latin_spellings_and_transliterations(string text, string code) =>
        Assert.Equal(code, Region.Parse(text).Code);

    [Fact]
    public void Every_name_of_every_region_since_1995_reads_back_to_it()
    {
        foreach (Region region in Region.AllSince1995)
        {
            foreach (string name in new[] { region.Name.Kazakh, region.Name.Russian, region.Name.English }.Concat(region.Aliases))
            {
                Assert.Same(region, Region.Parse(name));
            }

            foreach (FormerRegionName former in region.FormerNames)
            {
                Assert.Same(region, Region.Parse(former.Name.Russian));
            }
        }
    }

    [Fact]
    public void A_name_that_is_both_present_and_former_reads_in_its_present_meaning()
    {
        Assert.Same(Regions.Akmola, Region.Parse("Akmola"));
        Assert.Same(Regions.Astana, Region.Parse("город Акмола"));
    }

    [Fact]
    public void An_assembly_of_a_region_founded_before_the_region_existed_is_rejected_with_the_dates()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => AssemblyBody.Regional(Regions.Abai, new LocalDate(1995, 3, 1)));
        Assert.Contains("1995-03-01", exception.Message, StringComparison.Ordinal);
        Assert.Contains("2022-06-08", exception.Message, StringComparison.Ordinal);
        Assert.Equal("founded", exception.ParamName);
        Assert.NotNull(AssemblyBody.Regional(Regions.Abai, new LocalDate(2022, 6, 8)));
    }

    [Fact]
    public void An_activity_in_a_region_that_did_not_exist_yet_is_rejected_with_the_dates()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() =>
            AssemblyActivity.Create(TurkistanArticle2025.Apk, AssemblyActivityKind.Event, new LocalDate(2001, 5, 1), Place.WholeRegion(Regions.Ulytau), QualifiedCount.Exactly(10)));
        Assert.Contains("2001-05-01", exception.Message, StringComparison.Ordinal);
        Assert.Contains("2022-06-08", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_session_of_an_abolished_regions_assembly_after_the_abolition_is_rejected()
    {
        AssemblyBody taldykorgan = AssemblyBody.Regional(Region.FromCode("KZ-TAL"), new LocalDate(1995, 3, 1));
        Assert.NotNull(Session.Create(taldykorgan, SessionNumber.Create(1), new LocalDate(1996, 4, 1)));
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Session.Create(taldykorgan, SessionNumber.Create(3), new LocalDate(1998, 4, 1)));
        Assert.Contains("1997-04-22", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_activity_is_accepted_exactly_when_its_region_existed() =>
        Generators.DomainDate.Select(Gen.Int[0, Region.AllSince1995.Count - 1]).Sample((date, index) =>
        {
            Region region = Region.AllSince1995[index];
            bool expected = date >= TurkistanArticle2025.Apk.Founded && region.ExistedOn(date);
            Assert.Equal(expected, AssemblyActivity.TryCreate(TurkistanArticle2025.Apk, AssemblyActivityKind.Event, date, Place.WholeRegion(region), QualifiedCount.Exactly(1), null, out _));
        });

    [Fact]
    public void Existence_agrees_with_the_established_and_abolished_days() =>
        Generators.DomainDate.Select(Gen.Int[0, Region.AllSince1995.Count - 1]).Sample((date, index) =>
        {
            Region region = Region.AllSince1995[index];
            bool expected = (region.Established is not { } from || date >= from) && (region.Abolished is not { } until || date < until);
            Assert.Equal(expected, region.ExistedOn(date));
        });

    [Fact]
    public void Equality_of_former_names_follows_name_and_dates()
    {
        FormerRegionName nurSultan = Region.FromCode("KZ-71").FormerNames[1];
        EqualityContract.Holds(nurSultan, Region.Parse("Astana").FormerNames[1], Region.FromCode("KZ-71").FormerNames[0]);
        Assert.Equal("Nur-Sultan (2019-03-23..2022-09-17)", nurSultan.ToString());
    }
}
