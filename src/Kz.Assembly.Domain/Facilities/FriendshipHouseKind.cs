using System;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Serialization;
using NodaTime;

namespace Kz.Assembly.Domain.Facilities;

/// <summary>A Friendship House as a document holds it: proposed, opened, or both.</summary>
internal sealed record FriendshipHouseDocument([property: JsonRequired] Id<FriendshipHouse> Id, [property: JsonRequired] Id<AssemblyBody> Body, [property: JsonRequired] PlaceDocument Place, LocalDate? ProposedOn, LocalDate? OpenedOn);

/// <summary>Friendship Houses as a kind of fact: a body's, proposed and opened within its days.</summary>
internal static class FriendshipHouseKind
{
    /// <summary>Gets the kind.</summary>
    internal static HeldKind<FriendshipHouse, FriendshipHouseDocument> Kind { get; } = new(
        "friendshipHouses",
        list: document => document.FriendshipHouses,
        json: DataSetJsonContext.Default.FriendshipHouseDocument,
        id: h => h.Id.ToString(),
        body: h => h.Body,
        write: h => new(h.Id, h.Body.Id, DataSetDocumentWriter.Place(h.Place), h.ProposedOn, h.OpenedOn),
        read: Read,
        check: Check);

    private static FriendshipHouse Read(FriendshipHouseDocument h, DataSetDocumentReader reader)
    {
        FriendshipHouse house = h.ProposedOn is { } proposed ? FriendshipHouse.Proposed(reader.Body(h.Body), reader.Place(h.Place), proposed)
            : h.OpenedOn is { } opened ? FriendshipHouse.Opened(reader.Body(h.Body), reader.Place(h.Place), opened)
            : throw new ArgumentException("A Friendship House needs the day it was proposed or opened.");
        return (h.ProposedOn is not null && h.OpenedOn is { } openedLater ? house.OpenOn(openedLater) : house).WithId(h.Id);
    }

    private static void Check(ImmutableArray<FriendshipHouse> houses, FactChecks checks)
    {
        foreach (FriendshipHouse house in houses)
        {
            checks.Dated(house.Body, house.ProposedOn, house.Id.ToString(), $"The proposal of {house.Id}");
            checks.Dated(house.Body, house.OpenedOn, house.Id.ToString(), $"The opening of {house.Id}");
        }
    }
}
