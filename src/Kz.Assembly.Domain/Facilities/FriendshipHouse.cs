using System;
using System.Diagnostics.Contracts;
using Kz.Assembly.Domain.Annotations;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Periods;
using NodaTime;
using NodaTime.Text;

namespace Kz.Assembly.Domain.Facilities;

/// <summary>
/// A Friendship House (Достық үйі / Дом дружбы): a facility for ethnocultural associations, proposed for or opened in
/// a place, on an assembly's initiative. Immutable; equal by <see cref="Id"/>: opening a proposed house
/// (<see cref="OpenOn"/>) gives a new version with the same id.
/// </summary>
/// <remarks>Invariants: ISO dates while the body existed; a regional body's house lies in its region; an opening
/// does not precede its proposal.</remarks>
public sealed class FriendshipHouse : IEntity<FriendshipHouse>, IEquatable<FriendshipHouse>
{
    private FriendshipHouse(AssemblyBody body, Place place, LocalDate? proposedOn, LocalDate? openedOn, Id<FriendshipHouse>? id = null)
    {
        Body = body;
        Place = place;
        ProposedOn = proposedOn;
        OpenedOn = openedOn;
        Id = id ?? Id<FriendshipHouse>.Derive("friendship-house", place.Id.ToString());
    }

    /// <summary>Gets the id; derived as <c>friendship-house-{place}</c> (one house a place) unless set with <see cref="WithId"/>.</summary>
    public Id<FriendshipHouse> Id { get; }

    /// <summary>Gets the assembly on whose initiative the house was proposed or opened.</summary>
    public AssemblyBody Body { get; }

    /// <summary>Gets the place (usually a district where ethnic groups live densely).</summary>
    public Place Place { get; }

    /// <summary>Gets the date the house was proposed, or null when unknown.</summary>
    public LocalDate? ProposedOn { get; }

    /// <summary>Gets the opening date, or null while only proposed.</summary>
    public LocalDate? OpenedOn { get; }

    /// <summary>Gets whether the house is open or only proposed.</summary>
    public FriendshipHouseStatus Status => OpenedOn is null ? FriendshipHouseStatus.Proposed : FriendshipHouseStatus.Opened;

    /// <summary>Records a proposal to open a Friendship House.</summary>
    /// <param name="body">The assembly that proposed it.</param>
    /// <param name="place">Where.</param>
    /// <param name="proposedOn">When it was proposed.</param>
    /// <returns>The proposed house.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> or <paramref name="place"/> is null.</exception>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar, or the place lies outside a regional body's region.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="proposedOn"/> is outside the domain's years or the body's existence.</exception>
    public static FriendshipHouse Proposed(AssemblyBody body, Place place, [NotBefore(1995, 1, 1)] LocalDate proposedOn)
    {
        Check(body, place, proposedOn, nameof(proposedOn));
        return new FriendshipHouse(body, place, proposedOn, null);
    }

    /// <summary>Records an open Friendship House.</summary>
    /// <param name="body">The assembly that opened it.</param>
    /// <param name="place">Where.</param>
    /// <param name="openedOn">When it opened.</param>
    /// <returns>The open house.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> or <paramref name="place"/> is null.</exception>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar, or the place lies outside a regional body's region.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="openedOn"/> is outside the domain's years or the body's existence.</exception>
    public static FriendshipHouse Opened(AssemblyBody body, Place place, [NotBefore(1995, 1, 1)] LocalDate openedOn)
    {
        Check(body, place, openedOn, nameof(openedOn));
        return new FriendshipHouse(body, place, null, openedOn);
    }

    /// <summary>Returns this proposed house opened on a date: a new version with the same id.</summary>
    /// <param name="openedOn">The opening date, not before the proposal.</param>
    /// <returns>A new instance; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date precedes the proposal or is outside the domain's years.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    [Pure]
    public FriendshipHouse OpenOn([NotBefore(1995, 1, 1)] LocalDate openedOn)
    {
        Check(Body, Place, openedOn, nameof(openedOn));
        if (ProposedOn is { } proposed && openedOn < proposed)
        {
            throw new ArgumentOutOfRangeException(nameof(openedOn), openedOn, $"Opening on {LocalDatePattern.Iso.Format(openedOn)} precedes the proposal on {LocalDatePattern.Iso.Format(proposed)}.");
        }

        return new FriendshipHouse(Body, Place, ProposedOn, openedOn, Id);
    }

    /// <summary>Returns this house under another id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>A new instance; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the invalid default.</exception>
    [Pure]
    public FriendshipHouse WithId(Id<FriendshipHouse> id) => new(Body, Place, ProposedOn, OpenedOn, IdRules.Require(id, nameof(id)));

    /// <summary>Returns for example <c>Friendship House in KZ-61 Turkistan Region: Proposed 2025-04-24</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString()
    {
        LocalDate? date = OpenedOn ?? ProposedOn;
        return $"Friendship House in {Place.ToString()}: {Status}{(date is { } d ? " " + LocalDatePattern.Iso.Format(d) : string.Empty)}";
    }

    /// <inheritdoc/>
    public bool Equals(FriendshipHouse? other) => other is not null && Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FriendshipHouse);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode();

    private static void Check(AssemblyBody? body, Place? place, LocalDate date, string paramName)
    {
        body = Preconditions.CheckNotNull(body, nameof(body));
        place = Preconditions.CheckNotNull(place, nameof(place));
        ValidationError? error = body.ValidateActiveOn(date, paramName, $"The Friendship House in {place}")
            ?? place.Region.ValidateExistedOn(date, paramName, $"The Friendship House in {place}");
        if (error is null && body.Region is { } region && !region.Equals(place.Region))
        {
            error = ValidationError.Invalid(nameof(place), $"{body.Id} works in {region.Code}, but the Friendship House's place {place} lies in {place.Region.Code}.");
        }

        if (error is { } found)
        {
            Preconditions.Throw(found);
        }
    }
}
