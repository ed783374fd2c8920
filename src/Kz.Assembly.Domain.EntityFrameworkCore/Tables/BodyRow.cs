using System.Linq;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.EntityFrameworkCore.Mapping;
using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Serialization;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tables;

/// <summary>A row of <c>bodies</c>: one <see cref="AssemblyBody"/>.</summary>
public sealed class BodyRow
{
    /// <summary>Gets or sets the body's id (primary key).</summary>
    public Id<AssemblyBody> Id { get; set; }

    /// <summary>Gets or sets the level.</summary>
    public AssemblyLevel Level { get; set; }

    /// <summary>Gets or sets the region of a regional body; null for the national Assembly.</summary>
    public Region? Region { get; set; }

    /// <summary>Gets or sets the name in Kazakh.</summary>
    public string NameKk { get; set; } = string.Empty;

    /// <summary>Gets or sets the name in Russian.</summary>
    public string NameRu { get; set; } = string.Empty;

    /// <summary>Gets or sets the name in English.</summary>
    public string NameEn { get; set; } = string.Empty;

    /// <summary>Gets or sets the day it was founded.</summary>
    public LocalDate Founded { get; set; }

    /// <summary>Gets or sets the day it was dissolved, if it was (after <see cref="Founded"/>).</summary>
    public LocalDate? Dissolved { get; set; }

    /// <summary>Gets or sets the body that succeeded it, if any.</summary>
    public Id<AssemblyBody>? SuccessorId { get; set; }

    /// <summary>The row of a body as the document holds it.</summary>
    internal static BodyRow From(BodyDocument b) => new()
    {
        Id = b.Id, Level = b.Level, Region = b.Region, NameKk = b.Name.Kk, NameRu = b.Name.Ru, NameEn = b.Name.En,
        Founded = b.Founded, Dissolved = b.Dissolved, SuccessorId = b.Successor,
    };

    /// <summary>The body as the document holds it.</summary>
    internal BodyDocument ToDocument() => new(Id, Level, Region, StoredValues.Text(NameKk, NameRu, NameEn), Founded, Dissolved, SuccessorId);

    /// <summary>The kind as the database stores it: a body belongs to itself, refers to its successor, and is updated
    /// in place when a merge replaces it (others refer to it).</summary>
    internal static StoredKind<BodyRow, AssemblyBody> Stored { get; } = new(
        FactKinds.Bodies,
        map: b =>
        {
            b.ToTable(t =>
            {
                t.HasCheckConstraint("ck_bodies_level", TableConstraints.Enum<AssemblyLevel>("level"));
                t.HasCheckConstraint("ck_bodies_region", $"(level = 0) = (region IS NULL) AND (region IS NULL OR {TableConstraints.KnownRegion()})");
                t.HasCheckConstraint("ck_bodies_dissolved_after_founded", "dissolved IS NULL OR dissolved > founded");
                t.HasCheckConstraint("ck_bodies_successor_needs_dissolution", "successor_id IS NULL OR dissolved IS NOT NULL");
            });
            b.HasOne<BodyRow>().WithMany().HasForeignKey(x => x.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        },
        mapChildren: null,
        fromDocument: document => document.Bodies.Select(From),
        addToDocument: (row, document) => document.Bodies.Add(row.ToDocument()),
        id: b => b.Id,
        body: b => b.Id,
        ofBody: body => b => b.Id == body,
        inDays: null,
        replacesByDelete: false);
}
