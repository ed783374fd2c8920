using System.Text.Json;
using CsCheck;
using Kz.Assembly.Domain.Serialization;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Tests.Serialization;

/// <summary>A text in three languages reads and writes as {"kk","ru","en"}, and never reads as a half-filled or blank value.</summary>
public class LocalizedTextJsonTests
{
    private static readonly JsonSerializerOptions Registered = new JsonSerializerOptions().AddAssemblyDomain();

    [Fact]
    public void A_text_round_trips_as_its_three_languages_with_or_without_registration()
    {
        LocalizedText text = LocalizedText.Create("Түркістан облысы", "Туркестанская область", "Turkistan Region");
        string json = JsonSerializer.Serialize(text);
        Assert.Equal("""{"kk":"\u0422\u04AF\u0440\u043A\u0456\u0441\u0442\u0430\u043D \u043E\u0431\u043B\u044B\u0441\u044B","ru":"\u0422\u0443\u0440\u043A\u0435\u0441\u0442\u0430\u043D\u0441\u043A\u0430\u044F \u043E\u0431\u043B\u0430\u0441\u0442\u044C","en":"Turkistan Region"}""", json);
        Assert.Equal(text, JsonSerializer.Deserialize<LocalizedText>(json));
        Assert.Equal(text, JsonSerializer.Deserialize<LocalizedText>(JsonSerializer.Serialize(text, Registered), Registered));
    }

    [Fact]
    public void Any_text_of_one_script_a_language_round_trips() =>
        Gen.Char["абвгдеәғқңөұүһі "].Array[1, 20].Select(c => new string(c).Trim()).Where(s => s.Length > 0)
            .Select(Gen.Char["abcdefghij "].Array[1, 20].Select(c => new string(c).Trim()).Where(s => s.Length > 0))
            .Sample((kk, en) =>
            {
                LocalizedText text = LocalizedText.Create(kk, kk, en);
                return JsonSerializer.Deserialize<LocalizedText>(JsonSerializer.Serialize(text)) == text;
            });

    [Theory]
    [InlineData("""{"kk":"а","ru":"б"}""", "'en' is missing")]
    [InlineData("""{"kk":"а","ru":"б","en":"c","de":"d"}""", "'de' is not a language")]
    [InlineData("""{"kk":"а","ru":"б","en":5}""", "is a string")]
    [InlineData("\"text\"", "is an object")]
    [InlineData("""{"kk":" а","ru":"б","en":"c"}""", "white space")]
    public void Bad_JSON_is_a_JsonException_naming_the_rule(string json, string expected)
    {
        JsonException error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<LocalizedText>(json));
        Assert.Contains(expected, error.Message, System.StringComparison.Ordinal);
    }
}
