using System;
using System.Linq;
using System.Text.Json;
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
}
