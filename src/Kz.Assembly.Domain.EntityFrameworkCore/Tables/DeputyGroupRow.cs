using System.Linq;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Representation;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tables;

/// <summary>A row of <c>deputy_groups</c>: one <see cref="DeputyGroup"/>.</summary>
public sealed class DeputyGroupRow
{
    /// <summary>Gets or sets the group's id (primary key).</summary>
    public Id<DeputyGroup> Id { get; set; }

    /// <summary>Gets or sets the body it belongs to.</summary>
    public Id<AssemblyBody> BodyId { get; set; }

    /// <summary>Gets or sets the name in Kazakh.</summary>
    public string NameKk { get; set; } = string.Empty;

    /// <summary>Gets or sets the name in Russian.</summary>
    public string NameRu { get; set; } = string.Empty;

    /// <summary>Gets or sets the name in English.</summary>
    public string NameEn { get; set; } = string.Empty;

    /// <summary>Gets or sets whether it spans both chambers.</summary>
    public bool InterChamber { get; set; }

    /// <summary>Gets or sets the day it was formed, if known.</summary>
    public LocalDate? Formed { get; set; }

    /// <summary>The row of a deputy group as the document holds it.</summary>
    internal static DeputyGroupRow From(DeputyGroupDocument g) => new()
    {
        Id = g.Id, BodyId = g.Body, NameKk = g.Name.Kk, NameRu = g.Name.Ru, NameEn = g.Name.En, InterChamber = g.InterChamber, Formed = g.Formed,
    };

    /// <summary>The group as the document holds it.</summary>
    internal DeputyGroupDocument ToDocument() => new(Id, BodyId, StoredValues.Text(NameKk, NameRu, NameEn), InterChamber, Formed);

    /// <summary>The kind as the database stores it: a group belongs to its body and is dated by its forming.</summary>
    internal static StoredKind<DeputyGroupRow, DeputyGroup> Stored { get; } = new(
        FactKinds.DeputyGroups,
        map: b => b.HasOne<BodyRow>().WithMany().HasForeignKey(g => g.BodyId).OnDelete(DeleteBehavior.Restrict),
        mapChildren: null,
        fromDocument: document => document.DeputyGroups.Select(From),
        addToDocument: (row, document) => document.DeputyGroups.Add(row.ToDocument()),
        id: g => g.Id,
        body: g => g.BodyId,
        ofBody: body => g => g.BodyId == body,
        inDays: (start, end) => g => g.Formed >= start && g.Formed <= end);
}
