using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Projects;
using NodaTime;
using NodaTime.Text;

namespace Kz.Assembly.Domain.Aggregation;

/// <summary>
/// An immutable snapshot of participation records stored as columns of compact keys (region, day, kind, project,
/// place) and counts, built for aggregation at national scale: a query reads each column once, buckets a record with
/// array lookups and adds into a dense table, so it allocates per group, never per record. Thread-safe: any number of
/// threads may aggregate one snapshot while a <see cref="ParticipationLedgerBuilder"/> goes on appending.
/// </summary>
/// <remarks>
/// Sums use checked 64-bit arithmetic: an overflow throws <see cref="OverflowException"/> naming the record.
/// Qualifiers combine by <see cref="QualifiedCount.Combine"/>. A reported summary is stored on the last day of its
/// period, one record per tally; its people reached go with its first tally (the report gives one figure for all).
/// </remarks>
public sealed class ParticipationLedger
{
    /// <summary>The stored qualifier of a record whose people reached are unknown.</summary>
    internal const byte NoPeople = 5;

    private readonly LedgerColumns columns;
    private readonly ImmutableArray<SocialProject?> projects;
    private readonly ImmutableArray<Place> places;

    internal ParticipationLedger(LedgerColumns columns, int count, ImmutableArray<SocialProject?> projects, ImmutableArray<Place> places, int firstDay, int lastDay)
    {
        FirstDay = firstDay;
        LastDay = lastDay;
        this.columns = columns;
        Count = count;
        this.projects = projects;
        this.places = places;
    }

    /// <summary>Gets an empty ledger.</summary>
    public static ParticipationLedger Empty { get; } = new ParticipationLedgerBuilder().ToLedger();

    /// <summary>Gets the number of records.</summary>
    public int Count { get; }

    /// <summary>Gets the first day any record falls on, or null for an empty ledger.</summary>
    public LocalDate? FirstDate => Count == 0 ? null : LedgerCalendar.FromDay(FirstDay);

    /// <summary>Gets the last day any record falls on, or null for an empty ledger.</summary>
    public LocalDate? LastDate => Count == 0 ? null : LedgerCalendar.FromDay(LastDay);

    // The range of ledger days holding records: time buckets span only these, so day buckets stay small.
    internal int FirstDay { get; }

    internal int LastDay { get; }

    /// <summary>Aggregates the records by the query's groups and filters.</summary>
    /// <param name="query">The query.</param>
    /// <returns>The table of non-empty groups.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="OverflowException">A group's total exceeds 64 bits; the message names the record.</exception>
    public AggregateTable Aggregate(AggregationQuery query)
    {
        Preconditions.CheckNotNull(query, nameof(query));
        var plan = new QueryPlan(query, projects.Length, places.Length, FirstDay, LastDay);
        var totals = new GroupTotals(plan.CellCount);
        Accumulate(plan, totals);
        return new AggregateTable(query, plan.Rows(totals, places, projects));
    }

    /// <summary>Reads every record's keys and counts without grouping: the floor any aggregation is measured against.</summary>
    /// <returns>The sum of all activity counts plus the sum of all people counts, and a checksum of the keys.</returns>
    public (long Activities, long People, long KeyChecksum) Scan()
    {
        long activities = 0, people = 0, keys = 0;
        ReadOnlySpan<byte> region = columns.Region.AsSpan(0, Count);
        ReadOnlySpan<ushort> day = columns.Day.AsSpan(0, Count);
        ReadOnlySpan<byte> kind = columns.Kind.AsSpan(0, Count);
        ReadOnlySpan<long> activityCount = columns.Activities.AsSpan(0, Count);
        ReadOnlySpan<long> peopleCount = columns.People.AsSpan(0, Count);
        for (int i = 0; i < region.Length; i++)
        {
            keys += region[i] + day[i] + kind[i];
            activities += activityCount[i];
            people += peopleCount[i];
        }

        return (activities, people, keys);
    }

    private void Accumulate(QueryPlan plan, GroupTotals totals)
    {
        ReadOnlySpan<byte> region = columns.Region.AsSpan(0, Count);
        ReadOnlySpan<ushort> day = columns.Day.AsSpan(0, Count);
        ReadOnlySpan<byte> kind = columns.Kind.AsSpan(0, Count);
        ReadOnlySpan<ushort> project = columns.Project.AsSpan(0, Count);
        ReadOnlySpan<ushort> place = columns.Place.AsSpan(0, Count);
        ReadOnlySpan<long> activityCount = columns.Activities.AsSpan(0, Count);
        ReadOnlySpan<byte> activityQualifier = columns.ActivityQualifier.AsSpan(0, Count);
        ReadOnlySpan<long> peopleCount = columns.People.AsSpan(0, Count);
        ReadOnlySpan<byte> peopleQualifier = columns.PeopleQualifier.AsSpan(0, Count);
        ReadOnlySpan<int> bucketOfDay = plan.BucketOfDay;
        ReadOnlySpan<int> regionKey = plan.RegionKey;
        ReadOnlySpan<int> kindKey = plan.KindKey;
        ReadOnlySpan<int> projectKey = plan.ProjectKey;
        ReadOnlySpan<int> placeKey = plan.PlaceKey;
        bool byProject = plan.UsesProject;
        bool byPlace = plan.UsesPlace;
        Span<GroupTotals.Cell> cells = totals.Cells;

        int i = 0;
        try
        {
            for (; i < region.Length; i++)
            {
                int cell = bucketOfDay[day[i]] + regionKey[region[i]] + kindKey[kind[i]];
                if (byProject)
                {
                    cell += projectKey[project[i]];
                }

                if (byPlace)
                {
                    cell += placeKey[place[i]];
                }

                // A filtered-out key is negative and so large in magnitude that any sum with it stays negative.
                if (cell < 0)
                {
                    continue;
                }

                ref GroupTotals.Cell total = ref cells[cell];
                total.Records++;
                total.Activities = checked(total.Activities + activityCount[i]);
                total.ActivityQualifiers |= (byte)(1 << activityQualifier[i]);

                // Unknown people are stored as 0 with qualifier NoPeople (5): adding 0 and OR-ing 0 leaves the group as it was.
                total.People = checked(total.People + peopleCount[i]);
                total.PeopleQualifiers |= (byte)((1 << peopleQualifier[i]) & 0x1F);
            }
        }
        catch (OverflowException exception)
        {
            throw new OverflowException($"Record #{i} ({Describe(i)}) overflows the 64-bit total of its group.", exception);
        }
    }

    private string Describe(int index)
    {
        if (index < 0 || index >= Count)
        {
            return "unknown";
        }

        Region region = Region.All[columns.Region[index]];
        return $"{region.Code} {LocalDatePattern.Iso.Format(LedgerCalendar.FromDay(columns.Day[index]))} {(ActivityKind)columns.Kind[index]} activities {columns.Activities[index]}";
    }
}
