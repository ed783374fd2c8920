using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Kz.Assembly.Domain.Serialization;

/// <summary>
/// Explains why a document does not have the shape of its type: the first property that is not allowed where it
/// stands, or the first required one that is missing, by its JSON path and with the properties allowed there. The
/// serializer already refuses both, but its message names the internal record it was reading into; this walk over
/// the same metadata (<see cref="JsonTypeInfo"/>) names only what the document's author wrote.
/// </summary>
internal static class DocumentShape
{
    /// <summary>The first shape problem of the value, or null when its shape is right (the problem is a value's).</summary>
    internal static JsonException? FindProblem(JsonElement value, JsonTypeInfo type, string path)
    {
        switch (type.Kind)
        {
            case JsonTypeInfoKind.Object when value.ValueKind == JsonValueKind.Object:
                foreach (JsonProperty property in value.EnumerateObject())
                {
                    JsonPropertyInfo? known = type.Properties.FirstOrDefault(p => p.Name == property.Name);
                    string at = $"{path}.{property.Name}";
                    if (known is null)
                    {
                        return new JsonException($"{at}: '{property.Name}' is not a property allowed here; the properties allowed are {Names(type)}.", at, null, null);
                    }

                    if (property.Value.ValueKind != JsonValueKind.Null
                        && FindProblem(property.Value, type.Options.GetTypeInfo(known.PropertyType), at) is { } inner)
                    {
                        return inner;
                    }
                }

                return type.Properties.FirstOrDefault(p => p.IsRequired && !value.TryGetProperty(p.Name, out _)) is { } missing
                    ? new JsonException($"{path}: the property '{missing.Name}' is required here; the properties allowed are {Names(type)}.", path, null, null)
                    : null;
            case JsonTypeInfoKind.Enumerable when value.ValueKind == JsonValueKind.Array && type.Type.IsGenericType:
                // The document's lists are List<T> (JsonTypeInfo.ElementType is .NET 9's).
                Type element = type.Type.GetGenericArguments()[0];
                JsonTypeInfo items = type.Options.GetTypeInfo(element);
                int index = 0;
                foreach (JsonElement item in value.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Null && FindProblem(item, items, $"{path}[{index}]") is { } inner)
                    {
                        return inner;
                    }

                    index++;
                }

                return null;
            case JsonTypeInfoKind.Object:
                return new JsonException($"{path}: {value.GetRawText()} is not an object.", path, null, null);
            case JsonTypeInfoKind.Enumerable:
                return new JsonException($"{path}: {value.GetRawText()} is not a list (write [] for none).", path, null, null);
            default:
                return ValueProblem(value, type, path);
        }
    }

    /// <summary>A value its converter refuses: the converter's own message (it names the value and the rule), or,
    /// where the serializer would name a CLR type, what the value should have been.</summary>
    private static JsonException? ValueProblem(JsonElement value, JsonTypeInfo type, string path)
    {
        try
        {
            JsonSerializer.Deserialize(value, type);
            return null;
        }
        catch (JsonException refused)
        {
            string message = refused.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
                ? $"{value.GetRawText()} is not {Expected(type.Type)}."
                : refused.Message;
            return new JsonException($"{path}: {message}", path, null, null, refused);
        }
    }

    private static string Expected(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        Type t when t == typeof(string) => "a string",
        Type t when t == typeof(bool) => "true or false",
        Type t when t == typeof(int) || t == typeof(long) => "a whole number",
        Type t => "a " + t.Name,
    };

    private static string Names(JsonTypeInfo type) =>
        string.Join(", ", type.Properties.Select(p => p.IsRequired ? p.Name + " (required)" : p.Name));
}
