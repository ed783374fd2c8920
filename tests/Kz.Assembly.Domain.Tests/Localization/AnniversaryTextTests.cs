using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Samples;

namespace Kz.Assembly.Domain.Tests.Localization;

/// <summary>The anniversary phrase, which the sample once built by hand (a Russian genitive written out in a string).</summary>
public class AnniversaryTextTests
{
    [Theory]
    [InlineData("kk", "Қазақстан халқы Ассамблеясының 30 жылдығы")]
    [InlineData("kk-Latn", "Qazaqstan halqy Assambleiasynyñ 30 jyldyğy")]
    [InlineData("ru", "30-летие Ассамблеи народа Казахстана")]
    [InlineData("en", "30th anniversary of the Assembly of People of Kazakhstan")]
    public void The_national_assembly_at_thirty(string culture, string expected) =>
        Assert.Equal(expected, AnniversaryText.Format(TurkistanArticle2025.Apk.AnniversaryIn(2025), culture));

    [Fact]
    public void A_regional_body_is_declined_whole()
    {
        Anniversary anniversary = TurkistanArticle2025.TurkistanAssembly.AnniversaryIn(2021);
        Assert.Equal("26-летие Ассамблеи народа Казахстана Туркестанской области", AnniversaryText.Format(anniversary, "ru"));
        Assert.Equal("Түркістан облыстық Қазақстан халқы Ассамблеясының 26 жылдығы", AnniversaryText.Format(anniversary, "kk"));
    }
}
