using System;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Tests.Samples;
using Kz.Assembly.Domain.Tests.Support;
using Article = Kz.Assembly.Domain.Samples.TurkistanArticle2025;

namespace Kz.Assembly.Domain.Tests.Serialization;

/// <summary>
/// A data set as one JSON document, each fact once and referring to others by id. Once, a data set of one body and
/// 24 activities serialised to 167 KB because every activity repeated its body, and could not be read back at all.
/// </summary>
public class DataSetJsonTests
{
    // Cyrillic as itself, not \uXXXX: the document is for people to read too. The encoder is the caller's choice.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void The_article_round_trips_fact_by_fact()
    {
        string json = JsonSerializer.Serialize(Article.DataSet);
        AssemblyDataSet read = JsonSerializer.Deserialize<AssemblyDataSet>(json)!;
        Assert.Equal(DataSetDump.Write(Article.DataSet), DataSetDump.Write(read));
        Assert.Equal(Article.DataSet.Summaries.ToArray(), read.Summaries.ToArray());
        Assert.Equal(QualifiedCount.Exactly(631), read.ReportedActivities(Article.TurkistanAssembly, Article.YearToDate, AssemblyActivityKind.Event).Value);
        Assert.Equal(json, JsonSerializer.Serialize(read));
        int readable = JsonSerializer.Serialize(Article.DataSet, Readable).Length;
        Assert.True(readable < 6_000, $"{readable} characters");
    }

    [Fact]
    public void The_articles_document_matches_its_snapshot() =>
        Snapshooter.Xunit.Snapshot.Match(JsonSerializer.Serialize(Article.DataSet, Indented));

    [Fact]
    public void A_second_region_with_an_open_term_and_unknown_attendance_round_trips()
    {
        AssemblyDataSet karaganda = KaragandaDataSetTests.Build();
        string json = JsonSerializer.Serialize(karaganda);
        AssemblyDataSet read = JsonSerializer.Deserialize<AssemblyDataSet>(json)!;
        Assert.Equal(DataSetDump.Write(karaganda), DataSetDump.Write(read));
        Assert.Equal(karaganda.Activities.ToArray(), read.Activities.ToArray());
        Assert.Contains(read.Activities, a => a.Participants is null);
        Assert.Contains(read.Councils[0].Memberships, m => m.Term.IsOpen);
        Assert.Equal(json, JsonSerializer.Serialize(read));
    }

    [Fact]
    public void A_dangling_id_names_the_fact_and_the_id()
    {
        string json = JsonSerializer.Serialize(Article.DataSet).Replace("\"body\":\"apk-kz-61\"", "\"body\":\"apk-kz-99\"", StringComparison.Ordinal);
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AssemblyDataSet>(json));
        Assert.Equal("$.sessions[0]", exception.Path);
        Assert.Contains("'apk-kz-99'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("dangling", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fact_stated_twice_is_refused_with_every_problem_listed()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(Article.DataSet))!;
        var summaries = document["summaries"]!.AsArray();
        summaries.Add(summaries[0]!.DeepClone());
        string doubled = document.ToJsonString();
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AssemblyDataSet>(doubled));
        Assert.Equal("$", exception.Path);
        Assert.Contains("DuplicateId", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"number\":\"XXVII\"", "\"number\":\"0\"", "1..3999")]
    [InlineData("\"founded\":\"1995-03-01\"", "\"founded\":\"1990-01-01\"", "1990-01-01")]
    [InlineData("\"peopleReached\":\"~39000\"", "\"peopleReached\":\"-39000\"", "-39000")]
    [InlineData("\"region\":\"KZ-61\"", "\"region\":\"KZ-99\"", "KZ-99")]
    public void An_invalid_value_anywhere_is_a_JsonException_naming_it(string valid, string invalid, string named)
    {
        string json = JsonSerializer.Serialize(Article.DataSet);
        Assert.Contains(valid, json, StringComparison.Ordinal);
        int at = json.IndexOf(valid, StringComparison.Ordinal);
        string broken = json[..at] + invalid + json[(at + valid.Length)..];
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AssemblyDataSet>(broken));
        Assert.Contains(named, exception.Message, StringComparison.Ordinal);
        Assert.NotNull(exception.Path);
    }

    [Fact]
    public void A_missing_list_is_an_error_not_an_empty_set() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AssemblyDataSet>("""{"bodies":[]}"""));
}

/// <summary>The JSON Schema checked in at docs/schema describes the documents the library writes: every property
/// written is declared, every required one is written, string patterns hold.</summary>
public class DataSetJsonSchemaTests
{
    private static readonly System.Text.Json.Nodes.JsonNode Schema = System.Text.Json.Nodes.JsonNode.Parse(
        System.IO.File.ReadAllText(System.IO.Path.Combine(SnippetCompiler.RepositoryRoot(), "docs", "schema", "assembly-data-set.schema.json")))!;

    [Fact]
    public void The_schema_describes_the_articles_and_a_second_regions_documents()
    {
        Conforms(System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(Article.DataSet))!, Schema, "$");
        Conforms(System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(KaragandaDataSetTests.Build()))!, Schema, "$");
    }

    private static void Conforms(System.Text.Json.Nodes.JsonNode node, System.Text.Json.Nodes.JsonNode schema, string path)
    {
        if (schema["oneOf"] is System.Text.Json.Nodes.JsonArray choices)
        {
            Assert.True(choices.Any(choice => Matches(node, choice!)), $"{path}: {node.ToJsonString()} matches no choice");
            return;
        }

        Assert.True(Matches(node, schema), $"{path}: {node.ToJsonString()} is not a {schema["type"]}");
        if (node is System.Text.Json.Nodes.JsonObject obj && schema["properties"] is System.Text.Json.Nodes.JsonObject properties)
        {
            foreach (var (key, value) in obj)
            {
                Assert.True(properties.ContainsKey(key), $"{path}.{key} is written but not in the schema");
                Conforms(value!, properties[key]!, $"{path}.{key}");
            }

            foreach (var required in schema["required"]?.AsArray() ?? [])
            {
                Assert.True(obj.ContainsKey(required!.GetValue<string>()), $"{path}.{required} is required but not written");
            }
        }
        else if (node is System.Text.Json.Nodes.JsonArray array && schema["items"] is { } items)
        {
            for (int i = 0; i < array.Count; i++)
            {
                Conforms(array[i]!, items, $"{path}[{i}]");
            }
        }
    }

    private static bool Matches(System.Text.Json.Nodes.JsonNode node, System.Text.Json.Nodes.JsonNode schema) => schema["type"]?.GetValue<string>() switch
    {
        "object" => node is System.Text.Json.Nodes.JsonObject,
        "array" => node is System.Text.Json.Nodes.JsonArray,
        "string" => node.GetValueKind() == JsonValueKind.String
            && (schema["pattern"] is not { } pattern || System.Text.RegularExpressions.Regex.IsMatch(node.GetValue<string>(), pattern.GetValue<string>()))
            && (schema["enum"] is not System.Text.Json.Nodes.JsonArray allowed || allowed.Any(a => a!.GetValue<string>() == node.GetValue<string>())),
        "integer" => node.GetValueKind() == JsonValueKind.Number,
        "boolean" => node.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "null" => node is null,
        _ => true,
    };
}
