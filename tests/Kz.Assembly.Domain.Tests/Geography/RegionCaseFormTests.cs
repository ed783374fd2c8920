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

    /// <summary>
    /// After the third-person possessive of a compound name (облысы, қаласы, Ассамблеясы) the dative, locative,
    /// ablative and accusative take the pronominal н (Kazakh grammar: «тәуелдік жалғаулы сөздерге септік жалғауы
    /// -на/-не, -нда/-нде, -нан/-нен, -н түрінде жалғанады»; the article itself writes «облысында»). The grammar once
    /// wrote «Түркістан облысыда»; a single word ending in -ы (Алматы) keeps the plain endings.
    /// </summary>
    [Theory]
    [InlineData("Түркістан облысы", KazakhCase.Dative, "Түркістан облысына")]
    [InlineData("Түркістан облысы", KazakhCase.Locative, "Түркістан облысында")]
    [InlineData("Түркістан облысы", KazakhCase.Ablative, "Түркістан облысынан")]
    [InlineData("Түркістан облысы", KazakhCase.Accusative, "Түркістан облысын")]
    [InlineData("Түркістан облысы", KazakhCase.Genitive, "Түркістан облысының")]
    [InlineData("Қазақстан халқы Ассамблеясы", KazakhCase.Locative, "Қазақстан халқы Ассамблеясында")]
    [InlineData("Батыс Қазақстан облысы", KazakhCase.Dative, "Батыс Қазақстан облысына")]
    [InlineData("Алматы", KazakhCase.Locative, "Алматыда")]
    [InlineData("Алматы", KazakhCase.Dative, "Алматыға")]
    public void A_possessive_compound_takes_the_pronominal_n(string name, KazakhCase grammaticalCase, string expected) =>
        Assert.Equal(expected, KazakhGrammar.Inflect(name, grammaticalCase));
}
