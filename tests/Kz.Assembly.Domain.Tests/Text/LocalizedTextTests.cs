using System;
using System.Globalization;
using CsCheck;
using Kz.Assembly.Domain.Tests.Support;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Tests.Text;

public class LocalizedTextTests
{
    private static readonly LocalizedText Project = LocalizedText.Create("Қайырымдылық керуені", "Караван милосердия", "Charity Caravan");

    [Theory]
    [InlineData("kk", "Қайырымдылық керуені")]
    [InlineData("kk-KZ", "Қайырымдылық керуені")]
    [InlineData("KK_kz", "Қайырымдылық керуені")]
    [InlineData("ru", "Караван милосердия")]
    [InlineData("ru-KZ", "Караван милосердия")]
    [InlineData("en-GB", "Charity Caravan")]
    [InlineData("", "Charity Caravan")]
    [InlineData(null, "Charity Caravan")]
    [InlineData("de-DE", "Charity Caravan")]
    public void In_culture_name_walks_to_the_neutral_language(string? culture, string expected) =>
        Assert.Equal(expected, Project.In(culture));

    [Fact]
    public void ToString_is_the_invariant_English_text_and_format_provider_chooses_language()
    {
        Assert.Equal("Charity Caravan", Project.ToString());
        Assert.Equal("Караван милосердия", Project.ToString(null, CultureInfo.GetCultureInfo("ru-RU")));
        Assert.Equal("Караван милосердия", string.Format(CultureInfo.GetCultureInfo("ru-RU"), "{0}", Project));
        Assert.Throws<FormatException>(() => Project.ToString("X", null));
    }

    [Theory]
    [InlineData(null, "ru", "en", typeof(ArgumentNullException), "kazakh")]
    [InlineData("kk", " ", "en", typeof(ArgumentException), "russian")]
    [InlineData("kk", "ru", " en", typeof(ArgumentException), "english")]
    [InlineData("kk ", "ru", "en", typeof(ArgumentException), "kazakh")]
    public void Create_rejects_missing_blank_and_padded_text(string? kk, string? ru, string? en, Type exceptionType, string paramName)
    {
        var exception = Assert.Throws(exceptionType, () => LocalizedText.Create(kk!, ru!, en!));
        Assert.Equal(paramName, ((ArgumentException)exception).ParamName);
        Assert.False(LocalizedText.TryCreate(kk, ru, en, out LocalizedText? text));
        Assert.Null(text);
    }

    [Fact]
    public void Equality_is_ordinal_over_all_three_languages() =>
        EqualityContract.Holds(
            Project,
            LocalizedText.Create("Қайырымдылық керуені", "Караван милосердия", "Charity Caravan"),
            LocalizedText.Create("Қайырымдылық керуені", "Караван милосердия", "charity caravan"));

    [Fact]
    public void TryCreate_never_throws_and_agrees_with_Create() =>
        Gen.String.Select(Gen.String, Gen.String).Sample((kk, ru, en) =>
        {
            bool created = LocalizedText.TryCreate(kk, ru, en, out LocalizedText? text);
            if (created)
            {
                Assert.Equal(LocalizedText.Create(kk, ru, en), text);
            }
            else
            {
                Assert.ThrowsAny<ArgumentException>(() => LocalizedText.Create(kk, ru, en));
            }
        });
}
