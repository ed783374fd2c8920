using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kz.Assembly.Domain.Serialization;

/// <summary>
/// Writes a domain enum as its name and reads only a defined name: every JSON the library and its packages write
/// carries <c>"Event"</c>, never <c>0</c>, and a document cannot smuggle in an undefined value (<c>99</c>) or a
/// misspelled one (<c>"Party"</c>): both are a <see cref="JsonException"/> that names the value and lists the names
/// allowed. A <see cref="FlagsAttribute"/> enum is its defined names joined by <c>", "</c>, as <see cref="Enum.ToString()"/>
/// writes it.
/// </summary>
/// <remarks>Every public enum of the library carries this converter through <see cref="JsonConverterAttribute"/>, so
/// it applies with default options and in source-generated contexts alike.</remarks>
/// <typeparam name="TEnum">The enum.</typeparam>
public sealed class EnumNameJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly bool IsFlags = typeof(TEnum).IsDefined(typeof(FlagsAttribute), inherit: false);

    private static readonly Dictionary<string, TEnum> ByName =
        Enum.GetNames<TEnum>().ToDictionary(name => name, Enum.Parse<TEnum>, StringComparer.Ordinal);

    private static readonly string Allowed = string.Join(", ", Enum.GetNames<TEnum>());

    /// <inheritdoc/>
    /// <exception cref="JsonException">The token is not a string, or the string is not a defined name.</exception>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? FromName(reader.GetString()!)
            : throw new JsonException($"A {typeof(TEnum).Name} is written as its name ({Allowed}), not as {Token(reader.TokenType)}.");

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not defined.</exception>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer, nameof(writer));
        writer.WriteStringValue(ToName(value));
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The property name is not a defined name.</exception>
    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FromName(reader.GetString()!);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not defined.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer, nameof(writer));
        writer.WritePropertyName(ToName(value));
    }

    private static TEnum FromName(string text)
    {
        if (ByName.TryGetValue(text, out TEnum value))
        {
            return value;
        }

        if (IsFlags && text.Contains(',', StringComparison.Ordinal))
        {
            ulong combined = 0;
            foreach (string part in text.Split(','))
            {
                combined |= Convert.ToUInt64(FromName(part.Trim()), System.Globalization.CultureInfo.InvariantCulture);
            }

            return (TEnum)Enum.ToObject(typeof(TEnum), combined);
        }

        throw new JsonException($"'{text}' is not a {typeof(TEnum).Name}: the names allowed are {Allowed}.");
    }

    private static string ToName(TEnum value)
    {
        if (Enum.IsDefined(value))
        {
            return Enum.GetName(value)!;
        }

        string text = value.ToString();

        // An undefined flags combination prints as a number: no name can carry it.
        return IsFlags && !char.IsAsciiDigit(text[0]) && text[0] != '-'
            ? text
            : throw new JsonException($"{text} is not a defined {typeof(TEnum).Name} ({Allowed}), so it has no name to write.");
    }

    private static string Token(JsonTokenType token) => token switch
    {
        JsonTokenType.Number => "a number",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
