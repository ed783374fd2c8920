using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Periods;
using NodaTime;

namespace Kz.Assembly.Domain.Metrics;

/// <summary>
/// A region's figures for a period, its bodies' summaries and individual activities added up by the data set's rule
/// (never a day twice): how many activities of each kind, and how many people they reached, each with what it covers.
/// Immutable; equal when region, period and every figure are equal.
/// </summary>
public sealed class RegionTotals : IEquatable<RegionTotals>
{
    private static readonly AssemblyActivityKind[] Kinds = Enum.GetValues<AssemblyActivityKind>();

    private readonly ImmutableArray<PeriodFigure> activities;

    private RegionTotals(Region region, ReportingPeriod period, ImmutableArray<PeriodFigure> activities, PeriodFigure peopleReached)
    {
        Region = region;
        Period = period;
        this.activities = activities;
        PeopleReached = peopleReached;
    }

    /// <summary>Gets the region.</summary>
    public Region Region { get; }

    /// <summary>Gets the period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the people the region's activities reached, every reach counted once; "at least" the sum when
    /// some activity's attendance is unknown; no value when nothing is reported.</summary>
    public PeriodFigure PeopleReached { get; }

    /// <summary>Gets how many activities of a kind the region's bodies held in the period.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The figure, with no value when nothing is reported (unknown is not zero).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public PeriodFigure Activities(AssemblyActivityKind kind) =>
        Enum.IsDefined(kind)
            ? activities[(int)kind]
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{(int)kind} is not a defined AssemblyActivityKind.");

    /// <inheritdoc/>
    public bool Equals(RegionTotals? other) =>
        other is not null && Region.Equals(other.Region) && Period.Equals(other.Period) && PeopleReached.Equals(other.PeopleReached)
        && activities.SequenceEqual(other.activities);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RegionTotals);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Region, Period, PeopleReached);

    /// <summary>Returns for example <c>KZ-61 2025-01-01/2025-04-24: Event 631 (complete), CharityAction 49 (complete), people ~48000 (complete)</c>;
    /// kinds with nothing reported are left out.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder().Append(Region.Code).Append(' ').Append(Period).Append(':');
        foreach (AssemblyActivityKind kind in Kinds)
        {
            if (activities[(int)kind].Value is not null)
            {
                text.Append(' ').Append(kind).Append(' ').Append(activities[(int)kind]).Append(',');
            }
        }

        return text.Append(" people ").Append(PeopleReached).ToString();
    }

    /// <summary>Adds up the figures of a region's bodies, each answered by its own <see cref="PeriodQuery"/>.</summary>
    internal static RegionTotals Of(Region region, ReportingPeriod period, IEnumerable<PeriodQuery> bodies)
    {
        var activities = new PeriodFigure[Kinds.Length];
        PeriodFigure? people = null;
        foreach (PeriodQuery body in bodies)
        {
            foreach (AssemblyActivityKind kind in Kinds)
            {
                activities[(int)kind] = people is null ? body.Activities(kind) : Add(activities[(int)kind], body.Activities(kind));
            }

            people = people is { } sum ? Add(sum, body.TotalPeople()) : body.TotalPeople();
        }

        return new RegionTotals(region, period, [.. activities], people ?? default);
    }

    /// <summary>
    /// Two bodies' figures for one period: values add (unknown plus unknown stays unknown); the sum covers the period
    /// completely only when both do, and is known through the earlier of their last covered days.
    /// </summary>
    private static PeriodFigure Add(PeriodFigure first, PeriodFigure second)
    {
        QualifiedCount? value = (first.Value, second.Value) switch
        {
            (null, null) => null,
            ({ } a, null) => a,
            (null, { } b) => b,
            ({ } a, { } b) => a + b,
        };

        CoverageKind kind = first.Coverage.Kind == second.Coverage.Kind ? first.Coverage.Kind
            : first.Coverage.Kind == CoverageKind.None && second.Coverage.Kind == CoverageKind.None ? CoverageKind.None
            : CoverageKind.Partial;
        LocalDate? through = (first.Coverage.Through, second.Coverage.Through) switch
        {
            ({ } a, { } b) => kind == CoverageKind.Complete ? LocalDate.Max(a, b) : LocalDate.Min(a, b),
            (var a, var b) => a ?? b,
        };

        return new PeriodFigure(value, new PeriodCoverage(kind, through));
    }
}
