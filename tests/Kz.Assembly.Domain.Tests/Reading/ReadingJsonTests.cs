using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kz.Assembly.Domain.Reading;
using Kz.Assembly.Domain.Tests.Support;

namespace Kz.Assembly.Domain.Tests.Reading;

/// <summary>A reading serialises to JSON and back (issue 21): a web service returns it as is. Before, only the spans
/// survived serialisation.</summary>
public class ReadingJsonTests
{
    public static TheoryData<string> Reports => new(ReportCorpus.Names);

    [Theory]
    [MemberData(nameof(Reports))]
    public void Every_corpus_reading_round_trips_through_JSON(string name)
    {
        (NodaTime.LocalDate published, _) = ReportCorpus.Expected(name);
        ReportReading reading = ReportReader.Read(ReportCorpus.Text(name), published);

        string json = JsonSerializer.Serialize(reading);
        ReportReading back = JsonSerializer.Deserialize<ReportReading>(json)!;

        Assert.Equal(json, JsonSerializer.Serialize(back));
        Assert.Equal(reading.Language, back.Language);
        Assert.Equal(reading.Published, back.Published);
        Assert.Equal(reading.Facts.Select(f => f.ToString()), back.Facts.Select(f => f.ToString()));
        Assert.Equal(reading.Unplaced.Select(m => m.ToString()), back.Unplaced.Select(m => m.ToString()));
        Assert.Equal(DataSetDump.Write(reading.Draft), DataSetDump.Write(back.Draft));
    }

    [Fact]
    public void Facts_carry_a_type_their_typed_content_and_their_span()
    {
        ReportReading reading = ReportReader.Read(ReportCorpus.Text("article-kk"), ReportCorpus.Expected("article-kk").Published);
        JsonNode json = JsonNode.Parse(JsonSerializer.Serialize(reading))!;

        JsonObject summary = json["facts"]!.AsArray().Select(f => f!.AsObject()).First(f => (string?)f["type"] == "summary");
        Assert.Equal("~39000", (string?)summary["summary"]!["peopleReached"]);
        Assert.Equal("Event", (string?)summary["summary"]!["tallies"]![0]!["kind"]);
        Assert.StartsWith("Жыл басынан бері 631", (string?)summary["source"]!["phrase"], StringComparison.Ordinal);
        Assert.Contains(json["facts"]!.AsArray(), f => (string?)f!["type"] == "session");
        Assert.Contains(json["bodies"]!.AsArray(), b => (string?)b!["id"] == "apk-kz-61");
        Assert.All(json["unplaced"]!.AsArray(), m => Assert.NotNull((string?)m!["reason"]));
    }

    [Theory]
    [InlineData("\"type\":\"summary\"", "\"type\":\"rumour\"")]
    [InlineData("\"peopleReached\":\"~39000\"", "\"peopleReachd\":\"~39000\"")]
    [InlineData("\"peopleReached\":\"~39000\"", "\"peopleReached\":\"-39000\"")]
    public void A_broken_reading_is_refused_with_a_JsonException(string valid, string broken)
    {
        ReportReading reading = ReportReader.Read(ReportCorpus.Text("article-kk"), ReportCorpus.Expected("article-kk").Published);
        string json = JsonSerializer.Serialize(reading);
        Assert.Contains(valid, json, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ReportReading>(json.Replace(valid, broken, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_reading_in_a_language_not_read_round_trips_with_its_mention()
    {
        ReportReading reading = ReportReader.Read("Түркістан облысында 39 миңге жакын адам катышты.", new NodaTime.LocalDate(2025, 5, 20), "tt");
        ReportReading back = JsonSerializer.Deserialize<ReportReading>(JsonSerializer.Serialize(reading))!;
        Assert.Equal("tt", back.Language);
        Assert.Equal(MentionKind.Language, Assert.Single(back.Unplaced).Kind);
    }
}
