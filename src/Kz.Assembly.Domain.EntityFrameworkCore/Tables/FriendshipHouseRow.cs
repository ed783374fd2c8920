using System.Linq;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.EntityFrameworkCore.Mapping;
using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.Facilities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tables;

/// <summary>A row of <c>friendship_houses</c>: one <see cref="FriendshipHouse"/>, proposed, opened or both.</summary>
public sealed class FriendshipHouseRow
{
    /// <summary>Gets or sets the house's id (primary key).</summary>
    public Id<FriendshipHouse> Id { get; set; }

    /// <summary>Gets or sets the body it belongs to.</summary>
    public Id<AssemblyBody> BodyId { get; set; }

    /// <summary>Gets or sets its region.</summary>
    public Region Region { get; set; } = null!;

    /// <summary>Gets or sets the kind of place.</summary>
    public PlaceKind PlaceKind { get; set; }

    /// <summary>Gets or sets the place's name in Kazakh; null for the whole region (all three languages or none).</summary>
    public string? PlaceNameKk { get; set; }

    /// <summary>Gets or sets the place's name in Russian; null for the whole region.</summary>
    public string? PlaceNameRu { get; set; }

    /// <summary>Gets or sets the place's name in English; null for the whole region.</summary>
    public string? PlaceNameEn { get; set; }

    /// <summary>Gets or sets the day it was proposed, if it was.</summary>
    public LocalDate? ProposedOn { get; set; }

    /// <summary>Gets or sets the day it opened, if it has (not before <see cref="ProposedOn"/>).</summary>
    public LocalDate? OpenedOn { get; set; }

    /// <summary>The row of a Friendship House as the document holds it.</summary>
    internal static FriendshipHouseRow From(FriendshipHouseDocument h) => new()
    {
        Id = h.Id, BodyId = h.Body, Region = h.Place.Region, PlaceKind = h.Place.Kind,
        PlaceNameKk = h.Place.Name?.Kk, PlaceNameRu = h.Place.Name?.Ru, PlaceNameEn = h.Place.Name?.En,
        ProposedOn = h.ProposedOn, OpenedOn = h.OpenedOn,
    };

    /// <summary>The house as the document holds it.</summary>
    internal FriendshipHouseDocument ToDocument() => new(
        Id, BodyId, StoredValues.Place(Region, PlaceKind, PlaceNameKk, PlaceNameRu, PlaceNameEn), ProposedOn, OpenedOn);

    /// <summary>The kind as the database stores it: a house is proposed, opened, or both, in that order; it is dated by
    /// either day.</summary>
    internal static StoredKind<FriendshipHouseRow, FriendshipHouse> Stored { get; } = new(
        FactKinds.FriendshipHouses,
        map: b =>
        {
            b.ToTable(t =>
            {
                t.HasCheckConstraint("ck_friendship_houses_place", TableConstraints.Place());
                t.HasCheckConstraint(
                    "ck_friendship_houses_days",
                    "(proposed_on IS NOT NULL OR opened_on IS NOT NULL) AND (proposed_on IS NULL OR opened_on IS NULL OR opened_on >= proposed_on)");
            });
            b.HasOne<BodyRow>().WithMany().HasForeignKey(h => h.BodyId).OnDelete(DeleteBehavior.Restrict);
        },
        mapChildren: null,
        fromDocument: document => document.FriendshipHouses.Select(From),
        addToDocument: (row, document) => document.FriendshipHouses.Add(row.ToDocument()),
        id: h => h.Id,
        body: h => h.BodyId,
        ofBody: body => h => h.BodyId == body,
        inDays: (start, end) => h => (h.ProposedOn >= start && h.ProposedOn <= end) || (h.OpenedOn >= start && h.OpenedOn <= end));
}
