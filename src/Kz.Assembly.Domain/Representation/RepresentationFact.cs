using System;
using System.Diagnostics.Contracts;
using Kz.Assembly.Domain.Identity;
using System.Diagnostics.CodeAnalysis;
using Kz.Assembly.Domain.Annotations;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Periods;
using NodaTime;
using NodaTime.Text;

namespace Kz.Assembly.Domain.Representation;

/// <summary>
/// A reported count of the body's members in a national chamber, for sources that give the number without names
/// ("12 members of the Assembly sit in the National Kurultai"). Immutable; equal by <see cref="Id"/>.
/// </summary>
/// <remarks>Invariants: the count is not negative; in the Senate it is at most <see cref="SenateRecommendations.SeatCount"/>.</remarks>
public sealed class RepresentationFact : IEntity<RepresentationFact>, IEquatable<RepresentationFact>
{
    private RepresentationFact(AssemblyBody body, Chamber chamber, int members, LocalDate? asOf, Id<RepresentationFact>? id = null)
    {
        Id = id ?? Id<RepresentationFact>.Derive(body.Id.ToString(), chamber.ToString(), asOf is { } day ? LocalDatePattern.Iso.Format(day) : "undated");
        Body = body;
        Chamber = chamber;
        Members = members;
        AsOf = asOf;
    }

    /// <summary>Gets the id; derived as <c>{body}-{chamber}-{as of, or undated}</c> unless set with <see cref="WithId"/>.</summary>
    public Id<RepresentationFact> Id { get; }

    /// <summary>Gets the body represented.</summary>
    public AssemblyBody Body { get; }

    /// <summary>Gets the chamber.</summary>
    public Chamber Chamber { get; }

    /// <summary>Gets how many members sit there.</summary>
    public int Members { get; }

    /// <summary>Gets the date the count holds on, or null when the source does not say.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>Creates a reported count.</summary>
    /// <param name="body">The body represented.</param>
    /// <param name="chamber">The chamber.</param>
    /// <param name="members">The count, not negative; at most 5 in the Senate.</param>
    /// <param name="asOf">The date it holds on, or null.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="members"/> is negative or above the Senate's five
    /// seats, <paramref name="chamber"/> is undefined, or <paramref name="asOf"/> is outside the domain's years
    /// (before 1995, the Assembly's founding year, or after 2100).</exception>
    public static RepresentationFact Create(AssemblyBody body, Chamber chamber, [ValidRange(0, int.MaxValue)][ValidRangeWhen("chamber", Chamber.Senate, 0, SenateRecommendations.SeatCount)] int members, [NotBefore(1995, 1, 1)] LocalDate? asOf = null)
    {
        if (Validate(body, chamber, members, asOf) is { } error)
        {
            Preconditions.Throw(error);
        }

        return new RepresentationFact(body, chamber, members, asOf);
    }

    /// <summary>Creates a reported count, or returns false where <see cref="Create"/> would throw.</summary>
    /// <param name="body">The body represented.</param>
    /// <param name="chamber">The chamber.</param>
    /// <param name="members">The count.</param>
    /// <param name="asOf">The date, or null.</param>
    /// <param name="fact">The fact, or null.</param>
    /// <returns>Whether the arguments were valid.</returns>
    public static bool TryCreate(AssemblyBody? body, Chamber chamber, int members, LocalDate? asOf, [NotNullWhen(true)] out RepresentationFact? fact)
    {
        fact = Validate(body, chamber, members, asOf) is null ? new RepresentationFact(body!, chamber, members, asOf) : null;
        return fact is not null;
    }

    /// <summary>Returns this fact under another id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>A new instance; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the invalid default.</exception>
    [Pure]
    public RepresentationFact WithId(Id<RepresentationFact> id) => new(Body, Chamber, Members, AsOf, IdRules.Require(id, nameof(id)));

    /// <summary>Returns for example <c>apk: 12 member(s) in NationalKurultai</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() =>
        $"{Body.Id}: {Members} member(s) in {Chamber}{(AsOf is { } d ? " as of " + LocalDatePattern.Iso.Format(d) : string.Empty)}";

    /// <inheritdoc/>
    public bool Equals(RepresentationFact? other) => other is not null && Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RepresentationFact);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode();

    private static ValidationError? Validate(AssemblyBody? body, Chamber chamber, int members, LocalDate? asOf)
    {
        if (body is null)
        {
            return ValidationError.Null(nameof(body));
        }

        if (DomainDates.ValidateOptionalDate(asOf, nameof(asOf), "The representation's date") is { } invalidDate)
        {
            return invalidDate;
        }

        if (!Enum.IsDefined(chamber))
        {
            return ValidationError.OutOfRange(nameof(chamber), chamber, $"{(int)chamber} is not a defined Chamber.");
        }

        if (members < 0)
        {
            return ValidationError.OutOfRange(nameof(members), members, $"Member count {members} is negative: a count of people cannot be below zero.");
        }

        return chamber == Chamber.Senate && members > SenateRecommendations.SeatCount
            ? ValidationError.OutOfRange(nameof(members), members, $"{members} Senate members exceeds the {SenateRecommendations.SeatCount} seats filled on the Assembly Council's recommendation.")
            : null;
    }
}
