using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kz.Assembly.Domain.Serialization;

/// <summary>
/// Writes a domain value as its invariant text and reads it back through the type's own validating parser, so JSON
/// can never hold a value the factories would reject: bad text becomes a <see cref="JsonException"/> whose message
/// names the value and the rule (System.Text.Json adds the path).
/// </summary>
/// <typeparam name="T">The domain type.</typeparam>
internal abstract class TextJsonConverter<T> : JsonConverter<T>
{
    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => Parse(reader.GetString()!),
        JsonTokenType.Number when AcceptsNumbers => FromNumber(ref reader),
        _ => throw new JsonException($"A {typeof(T).Name} is written as a string{(AcceptsNumbers ? " or a number" : string.Empty)}, not as {reader.TokenType}."),
    };

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(Format(value));

    /// <inheritdoc/>
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString()!);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WritePropertyName(Format(value));

    /// <summary>Gets whether a JSON number is read too (a session number 27, an exact count 631).</summary>
    protected virtual bool AcceptsNumbers => false;

    /// <summary>The invariant text of a valid value.</summary>
    protected abstract string Text(T value);

    /// <summary>Reads the invariant text, throwing the type's own exception for bad text.</summary>
    protected abstract T FromText(string text);

    /// <summary>Reads a JSON number, where <see cref="AcceptsNumbers"/>.</summary>
    protected virtual T FromNumber(long number) => throw new JsonException($"A {typeof(T).Name} is not written as a number.");

    private T Parse(string text)
    {
        try
        {
            return FromText(text);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or OverflowException)
        {
            throw new JsonException(exception.Message, exception);
        }
    }

    private T FromNumber(ref Utf8JsonReader reader)
    {
        if (!reader.TryGetInt64(out long number))
        {
            throw new JsonException($"{reader.GetDouble()} is not a whole number that fits 64 bits, so it is no {typeof(T).Name}.");
        }

        try
        {
            return FromNumber(number);
        }
        catch (Exception exception) when (exception is ArgumentException or OverflowException)
        {
            throw new JsonException(exception.Message, exception);
        }
    }

    private string Format(T value)
    {
        try
        {
            return Text(value);
        }
        catch (ArgumentException exception)
        {
            throw new JsonException(exception.Message, exception);
        }
    }
}
