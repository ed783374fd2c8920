using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Serialization;

/// <summary>
/// A text in the three languages as <c>{"kk": "…", "ru": "…", "en": "…"}</c>, the shape the data set document uses.
/// Reading requires all three and nothing else, and goes through <see cref="LocalizedText.Create"/>, so a
/// blank text or a missing language is a <see cref="JsonException"/>, never a half-filled value.
/// </summary>
internal sealed class LocalizedTextJsonConverter : JsonConverter<LocalizedText>
{
    /// <inheritdoc/>
    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A LocalizedText is an object {{\"kk\": …, \"ru\": …, \"en\": …}}, not {reader.TokenType}.");
        }

        string? kazakh = null, russian = null, english = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string language = reader.GetString()!;
            reader.Read();
            string text = reader.TokenType == JsonTokenType.String
                ? reader.GetString()!
                : throw new JsonException($"The '{language}' text of a LocalizedText is a string, not {reader.TokenType}.");
            switch (language)
            {
                case "kk":
                    kazakh = text;
                    break;
                case "ru":
                    russian = text;
                    break;
                case "en":
                    english = text;
                    break;
                default:
                    throw new JsonException($"'{language}' is not a language of a LocalizedText: it holds kk, ru and en.");
            }
        }

        if (kazakh is null || russian is null || english is null)
        {
            throw new JsonException($"A LocalizedText needs kk, ru and en; '{(kazakh is null ? "kk" : russian is null ? "ru" : "en")}' is missing.");
        }

        try
        {
            return LocalizedText.Create(kazakh, russian, english);
        }
        catch (ArgumentException exception)
        {
            throw new JsonException(exception.Message, exception);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer, nameof(writer));
        Preconditions.CheckNotNull(value, nameof(value));
        writer.WriteStartObject();
        writer.WriteString("kk", value.Kazakh);
        writer.WriteString("ru", value.Russian);
        writer.WriteString("en", value.English);
        writer.WriteEndObject();
    }
}
