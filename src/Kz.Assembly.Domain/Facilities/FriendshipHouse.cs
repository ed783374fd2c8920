using System;
using Kz.Assembly.Domain.Annotations;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Periods;
using NodaTime;
using NodaTime.Text;

namespace Kz.Assembly.Domain.Facilities;

/// <summary>
/// A Friendship House (Достық үйі / Дом дружбы): a facility for ethnocultural associations, proposed for or opened in
/// a place. Immutable; equal when all parts are equal.
/// </summary>
/// <remarks>Invariants: dates lie within the domain's years; an opening does not precede its proposal.</remarks>
public sealed class FriendshipHouse : IEquatable<FriendshipHouse>
{
    private FriendshipHouse(Place place, LocalDate? proposedOn, LocalDate? openedOn)
    {
        Place = place;
        ProposedOn = proposedOn;
        OpenedOn = openedOn;
    }

    /// <summary>Gets the place (usually a district where ethnic groups live densely).</summary>
    public Place Place { get; }

    /// <summary>Gets the date the house was proposed, or null when unknown.</summary>
    public LocalDate? ProposedOn { get; }

    /// <summary>Gets the opening date, or null while only proposed.</summary>
    public LocalDate? OpenedOn { get; }

    /// <summary>Gets whether the house is open or only proposed.</summary>
    public FriendshipHouseStatus Status => OpenedOn is null ? FriendshipHouseStatus.Proposed : FriendshipHouseStatus.Opened;

    /// <summary>Records a proposal to open a Friendship House.</summary>
    /// <param name="place">Where.</param>
    /// <param name="proposedOn">When it was proposed.</param>
    /// <returns>The proposed house.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="place"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="proposedOn"/> is outside the domain's years.</exception>
    public static FriendshipHouse Proposed(Place place, [NotBefore(1995, 1, 1)] LocalDate proposedOn)
    {
        Preconditions.CheckNotNull(place, nameof(place));
        CheckDate(proposedOn, nameof(proposedOn));
        return new FriendshipHouse(place, proposedOn, null);
    }

    /// <summary>Records an open Friendship House.</summary>
    /// <param name="place">Where.</param>
    /// <param name="openedOn">When it opened.</param>
    /// <returns>The open house.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="place"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="openedOn"/> is outside the domain's years.</exception>
    public static FriendshipHouse Opened(Place place, [NotBefore(1995, 1, 1)] LocalDate openedOn)
    {
        Preconditions.CheckNotNull(place, nameof(place));
        CheckDate(openedOn, nameof(openedOn));
        return new FriendshipHouse(place, null, openedOn);
    }

    /// <summary>Returns this proposed house opened on a date.</summary>
    /// <param name="openedOn">The opening date, not before the proposal.</param>
    /// <returns>A new instance; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date precedes the proposal or is outside the domain's years.</exception>
    public FriendshipHouse OpenOn(LocalDate openedOn)
    {
        CheckDate(openedOn, nameof(openedOn));
        if (ProposedOn is { } proposed && openedOn < proposed)
        {
            throw new ArgumentOutOfRangeException(nameof(openedOn), openedOn, $"Opening on {LocalDatePattern.Iso.Format(openedOn)} precedes the proposal on {LocalDatePattern.Iso.Format(proposed)}.");
        }

        return new FriendshipHouse(Place, ProposedOn, openedOn);
    }

    /// <summary>Returns for example <c>Friendship House in KZ-61 Turkistan Region: Proposed 2025-04-24</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString()
    {
        LocalDate? date = OpenedOn ?? ProposedOn;
        return $"Friendship House in {Place.ToString()}: {Status}{(date is { } d ? " " + LocalDatePattern.Iso.Format(d) : string.Empty)}";
    }

    /// <inheritdoc/>
    public bool Equals(FriendshipHouse? other) =>
        other is not null && Place.Equals(other.Place) && ProposedOn == other.ProposedOn && OpenedOn == other.OpenedOn;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FriendshipHouse);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Place, ProposedOn, OpenedOn);

    private static void CheckDate(LocalDate date, string paramName)
    {
        if (DomainDates.ValidateDate(date, paramName, "Date") is { } error)
        {
            Preconditions.Throw(error);
        }
    }
}
