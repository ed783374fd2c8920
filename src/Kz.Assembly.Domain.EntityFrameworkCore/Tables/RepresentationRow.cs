using System.Linq;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.EntityFrameworkCore.Mapping;
using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Representation;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tables;

/// <summary>A row of <c>representation</c>: one <see cref="RepresentationFact"/>.</summary>
public sealed class RepresentationRow
{
    /// <summary>Gets or sets the fact's id (primary key).</summary>
    public Id<RepresentationFact> Id { get; set; }

    /// <summary>Gets or sets the body represented.</summary>
    public Id<AssemblyBody> BodyId { get; set; }

    /// <summary>Gets or sets the chamber.</summary>
    public Chamber Chamber { get; set; }

    /// <summary>Gets or sets how many members (non-negative; at most the Senate's quota there).</summary>
    public int Members { get; set; }

    /// <summary>Gets or sets the day the figure holds on, if stated.</summary>
    public LocalDate? AsOf { get; set; }

    /// <summary>The row of a representation fact as the document holds it.</summary>
    internal static RepresentationRow From(RepresentationDocument r) => new() { Id = r.Id, BodyId = r.Body, Chamber = r.Chamber, Members = r.Members, AsOf = r.AsOf };

    /// <summary>The fact as the document holds it.</summary>
    internal RepresentationDocument ToDocument() => new(Id, BodyId, Chamber, Members, AsOf);

    /// <summary>The kind as the database stores it: the Senate's count never exceeds its five seats.</summary>
    internal static StoredKind<RepresentationRow, RepresentationFact> Stored { get; } = new(
        FactKinds.Representation,
        map: b =>
        {
            b.ToTable(t =>
            {
                t.HasCheckConstraint("ck_representation_chamber", TableConstraints.Enum<Chamber>("chamber"));
                t.HasCheckConstraint(
                    "ck_representation_members",
                    $"members >= 0 AND (chamber <> {(int)Chamber.Senate} OR members <= {SenateRecommendations.SeatCount})");
            });
            b.HasOne<BodyRow>().WithMany().HasForeignKey(r => r.BodyId).OnDelete(DeleteBehavior.Restrict);
        },
        mapChildren: null,
        fromDocument: document => document.Representation.Select(From),
        addToDocument: (row, document) => document.Representation.Add(row.ToDocument()),
        id: r => r.Id,
        body: r => r.BodyId,
        ofBody: body => r => r.BodyId == body,
        inDays: (start, end) => r => r.AsOf >= start && r.AsOf <= end);
}
