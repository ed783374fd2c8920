using System;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Periods;
using NodaTime;

namespace Kz.Assembly.Domain.Aggregation;

/// <summary>
/// What to aggregate: the dimensions and time bucket to group by, and optional filters by reporting period, kinds and
/// regions. Immutable; each <c>With…</c>/<c>Only…</c> method returns a new query.
/// </summary>
public sealed class AggregationQuery
{
    private AggregationQuery(Dimensions groupBy, PeriodBucket bucket, LocalDate? yearToDateAsOf, ReportingPeriod? period, ImmutableArray<AssemblyActivityKind> kinds, ImmutableArray<Region> regions)
    {
        GroupBy = groupBy;
        Bucket = bucket;
        YearToDateAsOf = yearToDateAsOf;
        Period = period;
        Kinds = kinds;
        Regions = regions;
    }

    /// <summary>Gets the dimensions to group by.</summary>
    public Dimensions GroupBy { get; }

    /// <summary>Gets the time bucket to group by.</summary>
    public PeriodBucket Bucket { get; }

    /// <summary>Gets the as-of day for <see cref="PeriodBucket.YearToDate"/>, else null.</summary>
    public LocalDate? YearToDateAsOf { get; }

    /// <summary>Gets the reporting period records must fall in, or null for all.</summary>
    public ReportingPeriod? Period { get; }

    /// <summary>Gets the kinds to count; empty for all.</summary>
    public ImmutableArray<AssemblyActivityKind> Kinds { get; }

    /// <summary>Gets the regions to count; empty for all.</summary>
    public ImmutableArray<Region> Regions { get; }

    /// <summary>Creates a query grouping by dimensions and a time bucket.</summary>
    /// <param name="groupBy">The dimensions.</param>
    /// <param name="bucket">The time bucket; use <see cref="ByYearToDate"/> for year-to-date buckets.</param>
    /// <returns>The query.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Undefined flags or bucket, or <see cref="PeriodBucket.YearToDate"/> (which needs an as-of day).</exception>
    public static AggregationQuery By(Dimensions groupBy, PeriodBucket bucket = PeriodBucket.None)
    {
        CheckDimensions(groupBy);
        if (bucket is < PeriodBucket.None or > PeriodBucket.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(bucket), bucket, $"Bucket {bucket} is not None, Day, Month, Quarter or Year; use AggregationQuery.ByYearToDate for year-to-date buckets.");
        }

        return new AggregationQuery(groupBy, bucket, null, null, [], []);
    }

    /// <summary>Creates a query grouping by dimensions and by year, counting in each year the days up to <paramref name="asOf"/>'s day and month.</summary>
    /// <param name="groupBy">The dimensions.</param>
    /// <param name="asOf">The as-of day; only its month and day matter (29 February counts as 28 February in common years).</param>
    /// <returns>The query.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Undefined flags.</exception>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar (a Julian or Badí' day
    /// would be read as another day).</exception>
    public static AggregationQuery ByYearToDate(Dimensions groupBy, LocalDate asOf)
    {
        CheckDimensions(groupBy);
        if (DomainDates.ValidateCalendar(asOf, nameof(asOf), "The year-to-date day") is { } notIso)
        {
            Preconditions.Throw(notIso);
        }

        return new AggregationQuery(groupBy, PeriodBucket.YearToDate, asOf, null, [], []);
    }

    /// <summary>Returns this query counting only records within a reporting period.</summary>
    /// <param name="period">The period.</param>
    /// <returns>A new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    [Pure]
    public AggregationQuery Within(ReportingPeriod period) =>
        new(GroupBy, Bucket, YearToDateAsOf, Preconditions.CheckNotNull(period, nameof(period)), Kinds, Regions);

    /// <summary>Returns this query counting only some kinds of activity.</summary>
    /// <param name="kinds">The kinds; at least one.</param>
    /// <returns>A new query.</returns>
    /// <exception cref="ArgumentException">No kinds, or an undefined one.</exception>
    [Pure]
    public AggregationQuery OnlyKinds(params AssemblyActivityKind[] kinds)
    {
        Preconditions.CheckNotNull(kinds, nameof(kinds));
        Preconditions.CheckArgument(kinds.Length > 0, nameof(kinds), "OnlyKinds needs at least one kind.");
        foreach (AssemblyActivityKind kind in kinds)
        {
            Preconditions.CheckArgument(Enum.IsDefined(kind), nameof(kinds), $"{(int)kind} is not a defined AssemblyActivityKind.");
        }

        return new AggregationQuery(GroupBy, Bucket, YearToDateAsOf, Period, [.. kinds], Regions);
    }

    /// <summary>Returns this query counting only some regions.</summary>
    /// <param name="regions">The regions; at least one.</param>
    /// <returns>A new query.</returns>
    /// <exception cref="ArgumentException">No regions, or a null one.</exception>
    [Pure]
    public AggregationQuery OnlyRegions(params Region[] regions)
    {
        Preconditions.CheckNotNull(regions, nameof(regions));
        Preconditions.CheckArgument(regions.Length > 0, nameof(regions), "OnlyRegions needs at least one region.");
        Preconditions.CheckArgument(Array.TrueForAll(regions, r => r is not null), nameof(regions), "OnlyRegions got a null region.");
        return new AggregationQuery(GroupBy, Bucket, YearToDateAsOf, Period, Kinds, [.. regions]);
    }

    /// <summary>Returns for example <c>Region, Kind by Month within 2025</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => $"{GroupBy} by {Bucket}{(Period is null ? string.Empty : " within " + Period)}";

    private static void CheckDimensions(Dimensions groupBy)
    {
        const Dimensions all = Dimensions.Region | Dimensions.District | Dimensions.Project | Dimensions.Kind;
        if ((groupBy & ~all) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(groupBy), groupBy, $"{(int)groupBy} has flags that are not Dimensions.");
        }
    }
}
