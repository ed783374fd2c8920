using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Tests.DataSetStore;

/// <summary>
/// The catalogue of fact kinds is the one list every layer iterates: it must name every entity the library gives an
/// id, each document list, and give each fact of a document once, under the name its list has.
/// </summary>
public class FactKindCatalogueTests
{
    [Fact]
    public void Every_entity_with_an_id_is_a_kind_of_the_catalogue_or_a_place()
    {
        var entities = typeof(AssemblyDataSet).Assembly.GetExportedTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntity<>)))
            // A Senate appointment is checked (six open terms at most, ASM0010) but no data set holds one.
            .Where(t => t != typeof(Kz.Assembly.Domain.Representation.SenateAppointment))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        Assert.Equal(entities, FactKinds.IdentifiedEntities.OrderBy(t => t.FullName, StringComparer.Ordinal));
        Assert.Equal(FactKinds.All.Length, FactKinds.All.Select(k => k.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Each_kind_is_a_list_of_the_document_and_the_council_memberships_stand_for_the_councils()
    {
        string json = JsonSerializer.Serialize(TurkistanArticle2025.DataSet);
        var lists = JsonDocument.Parse(json).RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        var kinds = FactKinds.All.Select(k => k.Name == "councilMemberships" ? "councils" : k.Name).Order(StringComparer.Ordinal);
        Assert.Equal(lists, kinds);
    }

    [Fact]
    public void A_documents_facts_are_each_fact_once_under_its_kind_with_its_id()
    {
        DataSetDocument document = DataSetDocumentWriter.Write(TurkistanArticle2025.DataSet);
        var facts = DocumentFacts.Of(document).ToList();
        Assert.Equal(facts.Count, facts.Select(f => f.Kind + "/" + f.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(document.Activities.Count, facts.Count(f => f.Kind == FactKinds.Activities.Name));
        Assert.Equal(document.Councils.Sum(c => c.Memberships.Count), facts.Count(f => f.Kind == FactKinds.CouncilMemberships.Name));
        Assert.All(facts.Where(f => f.Kind == FactKinds.CouncilMemberships.Name), f => Assert.NotNull(f.Content["body"]));
        Assert.Contains(facts, f => f.Kind == "sessions" && f.Content["number"]!.GetValue<string>() == "XXVII");
    }

    [Fact]
    public void Every_held_kind_goes_through_the_document_and_back_by_the_catalogue_alone()
    {
        AssemblyDataSet data = JsonSerializer.Deserialize<AssemblyDataSet>(SampleWithAnActivity())!;
        DataSetDocument document = DataSetDocumentWriter.Write(data);
        AssemblyDataSet read = DataSetJsonConverter.Build(document);
        Assert.All(FactKinds.Held, kind =>
        {
            int facts = kind.FactsOf(document).Count();
            Assert.True(facts > 0, $"the sample holds no {kind.Name}: the test would prove nothing for it");
            Assert.Equal(facts, kind.FactsOf(DataSetDocumentWriter.Write(read)).Count());
        });
        Assert.Equal(
            DocumentFacts.Of(document).Select(f => f.Kind + "/" + f.Id + f.Content.ToJsonString()),
            DocumentFacts.Of(DataSetDocumentWriter.Write(read)).Select(f => f.Kind + "/" + f.Id + f.Content.ToJsonString()));
    }

    [Fact]
    public void The_builder_checks_every_held_kind_for_a_second_fact_under_one_id()
    {
        string json = SampleWithAnActivity();
        Assert.All(FactKinds.Held, kind =>
        {
            // The sample's document with the first fact of this kind listed twice: refused, naming the id.
            JsonObject document = JsonNode.Parse(json)!.AsObject();
            JsonArray list = document[kind.Name]!.AsArray();
            JsonNode first = list[0]!;
            list.Add(first.DeepClone());
            JsonException refused = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AssemblyDataSet>(document.ToJsonString()));
            Assert.Contains($"{first["id"]} was added twice", refused.ToString(), StringComparison.Ordinal);
        });
    }

    /// <summary>The article's data set, which counts activities only in summaries, with one individual activity of its
    /// regional assembly: a fact of every held kind.</summary>
    private static string SampleWithAnActivity()
    {
        JsonObject document = JsonNode.Parse(JsonSerializer.Serialize(TurkistanArticle2025.DataSet))!.AsObject();
        JsonObject summary = document["summaries"]![0]!.AsObject();
        document["activities"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "act-catalogue-1",
            ["organiser"] = summary["reporter"]!.DeepClone(),
            ["kind"] = "Event",
            ["date"] = "2025-03-01",
            ["place"] = summary["place"]!.DeepClone(),
        });
        return document.ToJsonString();
    }
}
