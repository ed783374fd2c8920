using System;
using Kz.Assembly.Domain.Identity;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Periods;

namespace Kz.Assembly.Domain.Metrics;

/// <summary>
/// A summary a body reports instead of individual activities: over a period, in a place, so many activities of each
/// kind, reaching so many people ("since the start of the year 631 events and 49 charity actions were held,
/// reaching about 39 thousand people"). Immutable and thread-safe; equal by <see cref="Id"/>.
/// </summary>
/// <remarks>
/// Invariants: at least one tally, no kind tallied twice, the period starts while the body existed, and a regional
/// body reports on a place in its own region. The people reached belong to the summary as a whole, because reports
/// give one figure for several kinds together.
/// </remarks>
public sealed class ReportedSummary : IEntity<ReportedSummary>, IEquatable<ReportedSummary>
{
    private Id<ReportedSummary> lazyId;

    private ReportedSummary(AssemblyBody reporter, Place place, ReportingPeriod period, ImmutableArray<ActivityTally> tallies, QualifiedCount? peopleReached, Audience audience, Id<ReportedSummary>? id = null)
    {
        lazyId = id ?? default;
        Reporter = reporter;
        Place = place;
        Period = period;
        Tallies = tallies;
        PeopleReached = peopleReached;
        Audience = audience;
    }

    /// <summary>
    /// Gets the id; derived as <c>{reporter}-{period}-{hash of the content}</c> unless set with <see cref="WithId"/>,
    /// so the same summary added twice derives the same id and the data set rejects the second.
    /// </summary>
    // Derived on first use, as AssemblyActivity's: no hashing for a summary read with its own id.
    public Id<ReportedSummary> Id => lazyId.IsDefault
        ? (lazyId = Id<ReportedSummary>.Derive(Reporter.Id.ToString(), Period.ToString(), IdSlug.Hash(ContentKey(Reporter, Place, Period, Tallies, PeopleReached, Audience))))
        : lazyId;

    /// <summary>Gets the body that reports.</summary>
    public AssemblyBody Reporter { get; }

    /// <summary>Gets the place reported on.</summary>
    public Place Place { get; }

    /// <summary>Gets the period reported on.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the activity counts by kind, in the order the report gives them.</summary>
    public ImmutableArray<ActivityTally> Tallies { get; }

    /// <summary>Gets how many people the activities reached, or null when the report does not say.</summary>
    public QualifiedCount? PeopleReached { get; }

    /// <summary>Gets whom <see cref="PeopleReached"/> counts.</summary>
    public Audience Audience { get; }

    /// <summary>
    /// Gets the kinds <see cref="PeopleReached"/> belongs to: all the summary's kinds together. With more than one, the
    /// reach is a joint reach (<see cref="ActivityKindSet.IsJoint"/>): no query gives it to one kind alone.
    /// </summary>
    public ActivityKindSet ReachKinds
    {
        get
        {
            ActivityKindSet kinds = ActivityKindSet.Empty;
            foreach (ActivityTally tally in Tallies)
            {
                kinds = kinds.With(tally.Kind);
            }

            return kinds;
        }
    }

    /// <summary>Gets the total of activities over all kinds, qualifiers combined.</summary>
    /// <exception cref="OverflowException">The total exceeds 64 bits.</exception>
    public QualifiedCount TotalActivities
    {
        get
        {
            QualifiedCount total = QualifiedCount.Zero;
            foreach (ActivityTally tally in Tallies)
            {
                total += tally.Count;
            }

            return total;
        }
    }

    /// <summary>Creates a summary.</summary>
    /// <param name="reporter">The body that reports.</param>
    /// <param name="place">The place reported on.</param>
    /// <param name="period">The period.</param>
    /// <param name="tallies">Counts by kind: at least one, no kind twice.</param>
    /// <param name="peopleReached">People reached, or null.</param>
    /// <param name="audience">Whom the people count counts.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A kind or the audience is undefined, or the period starts before the body's founding.</exception>
    /// <exception cref="ArgumentException">No tallies, a kind tallied twice, or the place outside the body's region.</exception>
    public static ReportedSummary Create(AssemblyBody reporter, Place place, ReportingPeriod period, IEnumerable<ActivityTally> tallies, QualifiedCount? peopleReached = null, Audience audience = Audience.People)
    {
        ImmutableArray<ActivityTally> list = tallies is null ? [] : [.. tallies];
        if (Validate(reporter, place, period, list, audience, tallies is null) is { } error)
        {
            Preconditions.Throw(error);
        }

        return new ReportedSummary(reporter, place, period, list, peopleReached, audience);
    }

    /// <summary>Creates a summary, or returns false where <see cref="Create"/> would throw.</summary>
    /// <param name="reporter">The body that reports.</param>
    /// <param name="place">The place.</param>
    /// <param name="period">The period.</param>
    /// <param name="tallies">Counts by kind.</param>
    /// <param name="peopleReached">People reached, or null.</param>
    /// <param name="audience">Whom the people count counts.</param>
    /// <param name="summary">The summary, or null.</param>
    /// <returns>Whether the arguments were valid.</returns>
    public static bool TryCreate(AssemblyBody? reporter, Place? place, ReportingPeriod? period, IEnumerable<ActivityTally>? tallies, QualifiedCount? peopleReached, Audience audience, [NotNullWhen(true)] out ReportedSummary? summary)
    {
        ImmutableArray<ActivityTally> list = tallies is null ? [] : [.. tallies];
        summary = Validate(reporter, place, period, list, audience, tallies is null) is null
            ? new ReportedSummary(reporter!, place!, period!, list, peopleReached, audience)
            : null;
        return summary is not null;
    }

    /// <summary>Returns this summary under another id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>A new instance; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the invalid default.</exception>
    [Pure]
    public ReportedSummary WithId(Id<ReportedSummary> id) => new(Reporter, Place, Period, Tallies, PeopleReached, Audience, IdRules.Require(id, nameof(id)));

    /// <summary>Tells whether another summary states the same facts (reporter, place, period, tallies, reach,
    /// audience), whatever its id: the data set refuses a summary stated twice under two ids.</summary>
    /// <param name="other">The other summary.</param>
    /// <returns>Whether the content is the same.</returns>
    [Pure]
    public bool HasSameContent(ReportedSummary? other) =>
        other is not null && Reporter.Equals(other.Reporter) && Place.Equals(other.Place) && Period.Equals(other.Period)
        && Tallies.AsSpan().SequenceEqual(other.Tallies.AsSpan()) && PeopleReached == other.PeopleReached && Audience == other.Audience;

    /// <summary>Gets the count of one kind of activity, or null when the summary does not report that kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The count, or null (not zero: an unreported kind is unknown).</returns>
    [Pure]
    public QualifiedCount? ActivitiesOf(AssemblyActivityKind kind)
    {
        foreach (ActivityTally tally in Tallies)
        {
            if (tally.Kind == kind)
            {
                return tally.Count;
            }
        }

        return null;
    }

    /// <summary>Returns for example <c>KZ-61 Turkistan Region YTD 2025-04-24: Event 631, CharityAction 49; reached ~39000 People</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() =>
        $"{Place.ToString()} {Period}: {string.Join(", ", Tallies)}{(PeopleReached is { } people ? $"; reached {people} {Audience}" : string.Empty)}";

    /// <inheritdoc/>
    public bool Equals(ReportedSummary? other) => other is not null && Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReportedSummary);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode();

    private static string ContentKey(AssemblyBody reporter, Place place, ReportingPeriod period, ImmutableArray<ActivityTally> tallies, QualifiedCount? peopleReached, Audience audience) =>
        $"{reporter.Id}|{place.Id}|{period}|{string.Join(",", tallies)}|{peopleReached?.ToString() ?? "?"}|{audience}";

    private static ValidationError? Validate(AssemblyBody? reporter, Place? place, ReportingPeriod? period, ImmutableArray<ActivityTally> tallies, Audience audience, bool talliesNull)
    {
        if (reporter is null)
        {
            return ValidationError.Null(nameof(reporter));
        }

        if (place is null)
        {
            return ValidationError.Null(nameof(place));
        }

        if (period is null)
        {
            return ValidationError.Null(nameof(period));
        }

        if (talliesNull)
        {
            return ValidationError.Null(nameof(tallies));
        }

        if (tallies.IsEmpty)
        {
            return ValidationError.Invalid(nameof(tallies), "A reported summary needs at least one activity tally.");
        }

        if (!Enum.IsDefined(audience))
        {
            return ValidationError.OutOfRange(nameof(audience), audience, $"{(int)audience} is not a defined Audience.");
        }

        for (int i = 0; i < tallies.Length; i++)
        {
            if (!Enum.IsDefined(tallies[i].Kind))
            {
                return ValidationError.OutOfRange(nameof(tallies), tallies[i].Kind, $"{(int)tallies[i].Kind} is not a defined AssemblyActivityKind.");
            }

            for (int j = 0; j < i; j++)
            {
                if (tallies[j].Kind == tallies[i].Kind)
                {
                    return ValidationError.Invalid(nameof(tallies), $"Activity kind {tallies[i].Kind} is tallied twice in one summary.");
                }
            }
        }

        if (reporter.ValidateActiveOn(period.Start, nameof(period), $"The start of period {period} reported by {reporter.Id}") is { } invalidStart)
        {
            return invalidStart;
        }

        return reporter.Region is { } region && !region.Equals(place.Region)
            ? ValidationError.Invalid(nameof(place), $"{reporter.Id} works in {region.Code}, but the summary's place {place.ToString()} lies in {place.Region.Code}.")
            : null;
    }
}
