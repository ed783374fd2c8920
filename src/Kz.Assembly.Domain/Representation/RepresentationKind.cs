using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Serialization;
using NodaTime;

namespace Kz.Assembly.Domain.Representation;

/// <summary>A reported count of representation as a document holds it.</summary>
internal sealed record RepresentationDocument([property: JsonRequired] Id<RepresentationFact> Id, [property: JsonRequired] Id<AssemblyBody> Body, [property: JsonRequired] Chamber Chamber, [property: JsonRequired] int Members, LocalDate? AsOf);

/// <summary>Representation in the national chambers as a kind of fact: a body's, as of a day within its days.</summary>
internal static class RepresentationKind
{
    /// <summary>Gets the kind.</summary>
    internal static HeldKind<RepresentationFact, RepresentationDocument> Kind { get; } = new(
        "representation",
        list: document => document.Representation,
        json: DataSetJsonContext.Default.RepresentationDocument,
        id: r => r.Id.ToString(),
        body: r => r.Body,
        write: r => new(r.Id, r.Body.Id, r.Chamber, r.Members, r.AsOf),
        read: (r, reader) => RepresentationFact.Create(reader.Body(r.Body), r.Chamber, r.Members, r.AsOf).WithId(r.Id),
        check: Check);

    private static void Check(ImmutableArray<RepresentationFact> facts, FactChecks checks)
    {
        foreach (RepresentationFact fact in facts)
        {
            checks.Dated(fact.Body, fact.AsOf, fact.Id.ToString(), $"Representation fact {fact.Id}");
        }
    }
}
