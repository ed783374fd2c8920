using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Localization;

namespace Kz.Assembly.Domain.Tests.Geography;

/// <summary>Regions read in the case a sentence declines them to, as news reports write them.</summary>
public sealed class RegionCaseFormTests
{
    [Theory]
    [InlineData("Түркістан облысының", "KZ-61")]
    [InlineData("Түркістан облысында", "KZ-61")]
    [InlineData("Түркістан облыстық", "KZ-61")]
    [InlineData("Туркестанской области", "KZ-61")]
    [InlineData("в Туркестанскую область", "KZ-61")]
    [InlineData("Западно-Казахстанской области", "KZ-27")]
    [InlineData("Шымкентте", "KZ-79")]
    [InlineData("Шымкент қаласының", "KZ-79")]
    [InlineData("города Шымкент", "KZ-79")]
    [InlineData("Шымкента", "KZ-79")]
    [InlineData("Астанада", "KZ-71")]
    [InlineData("Астаны", "KZ-71")]
    [InlineData("Türkıstan oblysynyñ", "KZ-61")]
    public void A_declined_name_reads_as_its_region(string text, string code) =>
        Assert.Equal(Region.FromCode(code), Region.Parse(text));

    [Theory]
    [InlineData("облысының")]
    [InlineData("области")]
    [InlineData("Ассамблеясының")]
    public void A_declined_word_that_names_no_region_is_refused(string text) =>
        Assert.False(Region.TryParse(text, out _));

    [Fact]
    public void Every_regions_Kazakh_genitive_and_locative_read_back()
    {
        foreach (Region region in Region.All)
        {
            foreach (KazakhCase grammaticalCase in (KazakhCase[])[KazakhCase.Genitive, KazakhCase.Locative, KazakhCase.Dative, KazakhCase.Ablative])
            {
                string declined = KazakhGrammar.Inflect(region.Name.Kazakh, grammaticalCase);
                Assert.True(Region.TryParse(declined, out Region? read) && read == region, $"{declined} ({grammaticalCase}) should read as {region}");
            }
        }
    }
}
