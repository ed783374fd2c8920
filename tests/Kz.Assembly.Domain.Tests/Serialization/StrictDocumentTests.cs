using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Kz.Assembly.Domain.Serialization;
using Kz.Assembly.Domain.Tests.Samples;
using Kz.Assembly.Domain.Tests.Support;
using Article = Kz.Assembly.Domain.Samples.TurkistanArticle2025;

namespace Kz.Assembly.Domain.Tests.Serialization;

/// <summary>
/// A data set document is read strictly: a property the schema does not allow is an error naming its path and the
/// properties allowed there, never a value silently left unknown. Once, <c>"participents": 279</c> stored an
/// activity with unknown attendance without a word.
/// </summary>
public class StrictDocumentTests
{
    private static readonly JsonNode Schema = JsonNode.Parse(System.IO.File.ReadAllText(
        System.IO.Path.Combine(SnippetCompiler.RepositoryRoot(), "docs", "schema", "assembly-data-set.schema.json")))!;

    [Theory]
    [InlineData("activities", "participants", "participents", "$.activities[0].participents")]
    [InlineData("summaries", "peopleReached", "peopleReachd", "$.summaries[0].peopleReachd")]
    public void A_misspelled_property_is_refused_with_its_path_and_the_properties_allowed(string list, string right, string wrong, string path)
    {
        JsonNode document = JsonNode.Parse(JsonSerializer.Serialize(KaragandaDataSetTests.Build()))!;
        JsonObject fact = document[list]!.AsArray().Select(f => f!.AsObject()).First(f => f.ContainsKey(right));
        JsonNode value = fact[right]!;
        fact.Remove(right);
        fact[wrong] = value.DeepClone();
        string json = document.ToJsonString().Replace($"\"{list}\":[", $"\"{list}\":[" + fact.ToJsonString() + ",", StringComparison.Ordinal);

        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AssemblyDataSet>(json));

        Assert.Equal(path, exception.Path);
        Assert.Contains($"'{wrong}'", exception.Message, StringComparison.Ordinal);
        Assert.Contains(right, exception.Message, StringComparison.Ordinal);
        NamesNoInternalType(exception.Message);
    }

    [Fact]
    public void An_unknown_list_is_refused_at_the_root()
    {
        string json = JsonSerializer.Serialize(Article.DataSet).Replace("{\"bodies\":", "{\"sesions\":[],\"bodies\":", StringComparison.Ordinal);
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AssemblyDataSet>(json));
        Assert.Equal("$.sesions", exception.Path);
        Assert.Contains("sessions (required)", exception.Message, StringComparison.Ordinal);
        NamesNoInternalType(exception.Message);
    }

    [Fact]
    public void A_missing_required_property_is_named_not_defaulted()
    {
        // Before, an activity without "kind" became the enum's first value, an Event nobody reported.
        JsonNode document = JsonNode.Parse(JsonSerializer.Serialize(KaragandaDataSetTests.Build()))!;
        document["activities"]![0]!.AsObject().Remove("kind");
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AssemblyDataSet>(document.ToJsonString()));
        Assert.Equal("$.activities[0]", exception.Path);
        Assert.Contains("'kind' is required", exception.Message, StringComparison.Ordinal);
        NamesNoInternalType(exception.Message);
    }

    [Theory]
    [InlineData("\"role\":\"Speaker\"", "\"role\":\"Party\"", "'Party' is not a SessionRole")]
    [InlineData("\"kind\":\"Event\"", "\"kind\":\"event\"", "'event' is not a AssemblyActivityKind")]
    [InlineData("\"kind\":\"Event\"", "\"kind\":2", "written as its name")]
    [InlineData("\"audience\":\"People\"", "\"audience\":99", "written as its name")]
    public void An_unknown_enum_value_names_the_value_and_the_names_allowed(string valid, string invalid, string named)
    {
        string json = JsonSerializer.Serialize(KaragandaDataSetTests.Build()) + JsonSerializer.Serialize(Article.DataSet);
        Assert.Contains(valid, json, StringComparison.Ordinal);
        int at = json.IndexOf(valid, StringComparison.Ordinal);
        string broken = json[..at] + invalid + json[(at + valid.Length)..];
        broken = broken[..(broken.IndexOf("}{", StringComparison.Ordinal) + 1)];
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AssemblyDataSet>(broken));
        Assert.Contains(named, exception.Message, StringComparison.Ordinal);
        NamesNoInternalType(exception.Message);
    }

    /// <summary>Every constraint of the schema, broken once in a real document, is refused by the reader.</summary>
    [Fact]
    public void Every_constraint_of_the_schema_broken_in_a_document_is_refused()
    {
        var broken = new List<(string Rule, string Json)>();
        foreach (JsonNode document in new[] { ArticleDocument(), JsonNode.Parse(JsonSerializer.Serialize(KaragandaDataSetTests.Build()))! })
        {
            var visited = new HashSet<string>(StringComparer.Ordinal);
            Mutate(document, document, Schema, "$", visited, broken);
        }

        Assert.True(broken.Count > 100, $"only {broken.Count} violations derived");
        var accepted = new List<string>();
        foreach ((string rule, string json) in broken)
        {
            try
            {
                JsonSerializer.Deserialize<AssemblyDataSet>(json);
                accepted.Add(rule);
            }
            catch (JsonException exception)
            {
                NamesNoInternalType(exception.Message);
            }
        }

        Assert.True(accepted.Count == 0, "accepted although the schema forbids it:\n" + string.Join("\n", accepted));
    }

    /// <summary>The properties the reader requires are the schema's "required" ones, object by object.</summary>
    [Fact]
    public void The_readers_required_properties_are_the_schemas()
    {
        var pairs = new List<string>();
        Pair(DataSetJsonContext.Default.DataSetDocument, Schema, "$", pairs);
        Assert.True(pairs.Count >= 27, string.Join("\n", pairs));
    }

    [Fact]
    public void Every_public_enum_is_written_by_name_and_read_back_only_by_name()
    {
        Type[] enums = [.. typeof(AssemblyDataSet).Assembly.GetExportedTypes().Where(t => t.IsEnum)];
        Assert.True(enums.Length >= 20);
        foreach (Type type in enums)
        {
            object value = Enum.GetValues(type).GetValue(Enum.GetValues(type).Length - 1)!;
            string json = JsonSerializer.Serialize(value, type);
            Assert.Equal($"\"{Enum.GetName(type, value)}\"", json);
            Assert.Equal(value, JsonSerializer.Deserialize(json, type));
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture), type));
        }
    }

    [Fact]
    public void A_flags_enum_is_its_names_and_an_undefined_value_has_none()
    {
        var both = Kz.Assembly.Domain.Aggregation.Dimensions.Region | Kz.Assembly.Domain.Aggregation.Dimensions.Kind;
        Assert.Equal("\"Region, Kind\"", JsonSerializer.Serialize(both));
        Assert.Equal(both, JsonSerializer.Deserialize<Kz.Assembly.Domain.Aggregation.Dimensions>("\"Region, Kind\""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Kz.Assembly.Domain.Aggregation.Dimensions>("\"Region, Colour\""));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize((Kz.Assembly.Domain.Metrics.CountQualifier)42));
    }

    private static JsonNode ArticleDocument() => JsonNode.Parse(JsonSerializer.Serialize(Article.DataSet))!;

    private static void NamesNoInternalType(string message)
    {
        Assert.DoesNotContain("Kz.Assembly.Domain.Serialization", message, StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z]Document\\b", message);
    }

    private static void Pair(JsonTypeInfo type, JsonNode schema, string path, List<string> pairs)
    {
        if (schema["type"]?.GetValue<string>() == "array" && type.Kind == JsonTypeInfoKind.Enumerable)
        {
            Pair(type.Options.GetTypeInfo(type.Type.GetGenericArguments()[0]), schema["items"]!, path + "[]", pairs);
            return;
        }

        if (schema["properties"] is not JsonObject properties || type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        string[] required = [.. (schema["required"]?.AsArray() ?? []).Select(r => r!.GetValue<string>()).Order(StringComparer.Ordinal)];
        Assert.Equal(required, type.Properties.Where(p => p.IsRequired).Select(p => p.Name).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(properties.Select(p => p.Key).Order(StringComparer.Ordinal), type.Properties.Select(p => p.Name).Order(StringComparer.Ordinal));
        pairs.Add(path);
        foreach (JsonPropertyInfo property in type.Properties)
        {
            Pair(type.Options.GetTypeInfo(property.PropertyType), properties[property.Name]!, path + "." + property.Name, pairs);
        }
    }

    /// <summary>Walks a document beside its schema; at the first place each schema node is met, adds one document per
    /// constraint of that node with the constraint broken there.</summary>
    private static void Mutate(JsonNode root, JsonNode node, JsonNode schema, string schemaPath, HashSet<string> visited, List<(string, string)> broken)
    {
        bool first = visited.Add(schemaPath);
        if (first)
        {
            foreach ((string rule, JsonNode? replacement) in Violations(node, schema))
            {
                broken.Add(($"{schemaPath}: {rule}", Replaced(root, node, replacement)));
            }
        }

        if (schema["properties"] is JsonObject properties && node is JsonObject obj)
        {
            if (first)
            {
                JsonObject extra = (JsonObject)obj.DeepClone();
                extra["unexpected"] = 1;
                broken.Add(($"{schemaPath}: additionalProperties", Replaced(root, node, extra)));
                foreach (JsonNode? required in schema["required"]?.AsArray() ?? [])
                {
                    JsonObject without = (JsonObject)obj.DeepClone();
                    if (without.Remove(required!.GetValue<string>()))
                    {
                        broken.Add(($"{schemaPath}: required {required}", Replaced(root, node, without)));
                    }
                }
            }

            foreach (KeyValuePair<string, JsonNode?> property in obj.ToList())
            {
                if (property.Value is not null)
                {
                    Mutate(root, property.Value, properties[property.Key]!, $"{schemaPath}.{property.Key}", visited, broken);
                }
            }
        }
        else if (schema["items"] is { } items && node is JsonArray array)
        {
            if (first && schema["minItems"] is { } min && min.GetValue<int>() > 0)
            {
                broken.Add(($"{schemaPath}: minItems", Replaced(root, node, new JsonArray())));
            }

            foreach (JsonNode? item in array.ToList())
            {
                Mutate(root, item!, items, schemaPath + "[]", visited, broken);
            }
        }
    }

    /// <summary>Values that break one rule of a leaf schema each (a type, an enum, a pattern, a bound).</summary>
    private static IEnumerable<(string Rule, JsonNode Value)> Violations(JsonNode node, JsonNode schema)
    {
        JsonNode[] choices = schema["oneOf"] is JsonArray oneOf ? [.. oneOf.Select(c => c!)] : [schema];
        string[] types = [.. choices.Select(c => c["type"]?.GetValue<string>() ?? "any")];
        if (types.Contains("object") || types.Contains("array"))
        {
            if (node is JsonObject)
            {
                yield return ("type object", JsonValue.Create("text"));
            }
            else if (node is JsonArray)
            {
                yield return ("type array", new JsonObject());
            }

            yield break;
        }

        yield return ("type", types.Contains("boolean") ? JsonValue.Create("yes") : JsonValue.Create(true));
        if (!types.Contains("string"))
        {
            yield return ("type (not a string)", JsonValue.Create("1"));
        }

        if (!types.Contains("integer"))
        {
            yield return ("type (not a number)", JsonValue.Create(12345));
        }

        foreach (JsonNode choice in choices)
        {
            if (choice["enum"] is JsonArray allowed)
            {
                yield return ("enum", JsonValue.Create("Party"));
                yield return ("enum (case)", JsonValue.Create(allowed[0]!.GetValue<string>().ToUpperInvariant()));
            }

            if (choice["pattern"] is { } pattern)
            {
                string bad = new[] { "Bad Id!", "x", "", "2025-13", "0" }.First(s => !Regex.IsMatch(s, pattern.GetValue<string>()));
                yield return ($"pattern ('{bad}')", JsonValue.Create(bad));
            }

            if (choice["minimum"] is { } minimum)
            {
                yield return ("minimum", JsonValue.Create(minimum.GetValue<long>() - 1));
            }

            if (choice["maximum"] is { } maximum)
            {
                yield return ("maximum", JsonValue.Create(maximum.GetValue<long>() + 1));
            }
        }
    }

    /// <summary>The document with one node replaced, as JSON (the document itself is left as it was).</summary>
    private static string Replaced(JsonNode root, JsonNode node, JsonNode? replacement)
    {
        if (node.Parent is null)
        {
            return replacement?.ToJsonString() ?? "null";
        }

        string path = node.GetPath();
        JsonNode copy = root.DeepClone();
        JsonNode target = Find(copy, path);
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = replacement?.DeepClone();
                break;
            case JsonArray parent:
                parent[target.GetElementIndex()] = replacement?.DeepClone();
                break;
        }

        return copy.ToJsonString();
    }

    private static JsonNode Find(JsonNode root, string path)
    {
        JsonNode current = root;
        foreach (Match step in Regex.Matches(path, @"\.(\w+)|\['([^']+)'\]|\[(\d+)\]"))
        {
            current = step.Groups[3].Success
                ? current[int.Parse(step.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture)]!
                : current[step.Groups[1].Success ? step.Groups[1].Value : step.Groups[2].Value]!;
        }

        return current;
    }
}
