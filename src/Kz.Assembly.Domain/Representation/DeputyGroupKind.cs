using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Serialization;
using NodaTime;

namespace Kz.Assembly.Domain.Representation;

/// <summary>A deputy group as a document holds it.</summary>
internal sealed record DeputyGroupDocument([property: JsonRequired] Id<DeputyGroup> Id, [property: JsonRequired] Id<AssemblyBody> Body, [property: JsonRequired] TextDocument Name, [property: JsonRequired] bool InterChamber, LocalDate? Formed);

/// <summary>Deputy groups as a kind of fact: a body's, formed within its days.</summary>
internal static class DeputyGroupKind
{
    /// <summary>Gets the kind.</summary>
    internal static HeldKind<DeputyGroup, DeputyGroupDocument> Kind { get; } = new(
        "deputyGroups",
        list: document => document.DeputyGroups,
        json: DataSetJsonContext.Default.DeputyGroupDocument,
        id: g => g.Id.ToString(),
        body: g => g.Body,
        write: g => new(g.Id, g.Body.Id, DataSetDocumentWriter.Text(g.Name), g.IsInterChamber, g.Formed),
        read: (g, reader) => DeputyGroup.Create(reader.Body(g.Body), DataSetDocumentReader.Text(g.Name, "name"), g.InterChamber, g.Formed).WithId(g.Id),
        check: Check);

    private static void Check(ImmutableArray<DeputyGroup> groups, FactChecks checks)
    {
        foreach (DeputyGroup group in groups)
        {
            checks.Dated(group.Body, group.Formed, group.Id.ToString(), $"Deputy group {group.Id}");
        }
    }
}
