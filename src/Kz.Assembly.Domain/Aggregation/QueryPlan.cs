using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Projects;
using NodaTime;

namespace Kz.Assembly.Domain.Aggregation;

/// <summary>
/// Turns a query into lookup tables: for each region, kind, project, place and day, its key already multiplied by
/// the key's stride in the dense group table, or <see cref="Excluded"/> when a filter excludes it. A record's group is then the sum of
/// five table reads. Keys are composed as region, place, project, time bucket, kind (the table's row order).
/// </summary>
internal sealed class QueryPlan
{
    /// <summary>The most groups one aggregation may have (about 90 MB of accumulators); beyond it, narrow the query.</summary>
    internal const int MaxCells = 4_000_000;

    /// <summary>
    /// The key of a filtered-out value. Any sum of up to five keys holding at least one of these stays negative (five of
    /// them do not overflow), while real keys add up to less than <see cref="MaxCells"/>, so one sign test filters.
    /// </summary>
    internal const int Excluded = int.MinValue / 8;

    /// <summary>Below this many cells a dense table is always used: small enough to allocate without thought.</summary>
    internal const int SparseFloor = 1 << 16;

    private readonly AggregationQuery query;
    private readonly int firstBucket;
    private readonly int regionCount;
    private readonly int placeCount;
    private readonly int projectCount;
    private readonly int bucketCount;
    private readonly int kindCount;
    private readonly ImmutableArray<ActivityKindSet> kindSets;

    // Day buckets count from the first day in range; BucketPeriod needs that day back.
    private readonly int dayOffset;

    // The period filter leaves no day with records: every day is excluded.
    private readonly bool empty;

    internal QueryPlan(AggregationQuery query, int projectTableLength, int placeTableLength, ImmutableArray<ActivityKindSet> kindSets, int dataFirstDay, int dataLastDay, int recordCount)
    {
        this.query = query;
        this.kindSets = kindSets;
        Dimensions by = query.GroupBy;
        regionCount = (by & Dimensions.Region) != 0 ? Region.AllSince1995.Count : 1;
        placeCount = (by & Dimensions.District) != 0 ? Math.Max(placeTableLength, 1) : 1;
        projectCount = (by & Dimensions.Project) != 0 ? Math.Max(projectTableLength, 1) : 1;
        kindCount = (by & Dimensions.Kind) != 0 ? kindSets.Length : 1;

        // Buckets span the days that both hold records and pass the period filter (at least one day, so an empty
        // ledger or a period without records still makes a valid, empty plan).
        int firstDay = Math.Max(0, dataFirstDay == int.MaxValue ? 0 : dataFirstDay);
        int lastDay = Math.Max(firstDay, dataLastDay);
        if (query.Period is { } period)
        {
            firstDay = Math.Max(firstDay, (int)LedgerCalendar.ToDay(Clamp(period.Start)));
            lastDay = Math.Min(lastDay, (int)LedgerCalendar.ToDay(Clamp(period.End)));
            if (lastDay < firstDay)
            {
                (firstDay, lastDay, empty) = (0, 0, true);
            }
        }

        ushort[]? bucketTable = BucketTable(query.Bucket);
        dayOffset = firstDay;
        firstBucket = bucketTable is null ? 0 : bucketTable[firstDay];
        bucketCount = query.Bucket == PeriodBucket.Day ? lastDay - firstDay + 1
            : bucketTable is null ? 1 : bucketTable[lastDay] - firstBucket + 1;

        // Dense: one cell per possible group, the fast path. Where that table would hold more cells than the data has
        // records (and more than a small fixed floor), the plan is sparse: groups are made only for the keys that
        // occur, so a query over few groups of many dimensions runs whatever the product of their sizes.
        long cells = (long)regionCount * placeCount * projectCount * bucketCount * kindCount;
        IsSparse = cells > MaxCells || cells > Math.Max(4L * recordCount, SparseFloor);
        CellCount = IsSparse ? 0 : (int)cells;
        const int kindStride = 1;
        int bucketStride = IsSparse ? 1 : kindCount;
        int projectStride = IsSparse ? 1 : bucketStride * bucketCount;
        int placeStride = IsSparse ? 1 : projectStride * projectCount;
        int regionStride = IsSparse ? 1 : placeStride * placeCount;

        RegionKey = RegionKeys(query, regionStride, regionCount > 1);
        KindKey = KindKeys(query, kindSets, kindStride, kindCount > 1);
        ProjectKey = Keys(projectTableLength, projectStride, projectCount > 1);
        PlaceKey = Keys(placeTableLength, placeStride, placeCount > 1);
        UsesProject = projectCount > 1;
        UsesPlace = placeCount > 1;
        BucketOfDay = BucketKeys(query, bucketTable, firstDay, empty ? -1 : lastDay, firstBucket, bucketStride, dataLastDay);
    }

    /// <summary>Gets the number of cells of the dense table (0 for a sparse plan).</summary>
    internal int CellCount { get; }

    /// <summary>Gets whether groups live in a hash map keyed by <see cref="Compose"/> instead of a dense table; then
    /// every key array holds a dimension's plain index (or <see cref="Excluded"/>).</summary>
    internal bool IsSparse { get; }

    internal int[] BucketOfDay { get; }

    internal int[] RegionKey { get; }

    internal int[] KindKey { get; }

    internal int[] ProjectKey { get; }

    internal int[] PlaceKey { get; }

    internal bool UsesProject { get; }

    internal bool UsesPlace { get; }

    /// <summary>The key of a group in a sparse plan: the dense table's cell index, in 64 bits.</summary>
    internal long Compose(int region, int place, int project, int bucket, int kind) =>
        ((((((long)region * placeCount) + place) * projectCount + project) * bucketCount + bucket) * kindCount) + kind;

    internal ImmutableArray<AggregateRow> Rows(GroupTotals totals, ImmutableArray<Place> places, ImmutableArray<SocialProject?> projects)
    {
        int nonEmpty = 0;
        foreach (GroupTotals.Cell total in totals.Cells)
        {
            nonEmpty += total.Records == 0 ? 0 : 1;
        }

        ImmutableArray<AggregateRow>.Builder rows = ImmutableArray.CreateBuilder<AggregateRow>(nonEmpty);
        var periods = new ReportingPeriod?[bucketCount];
        for (int cell = 0; cell < CellCount; cell++)
        {
            if (totals.Cells[cell].Records != 0)
            {
                rows.Add(Row(cell, totals.Cells[cell], periods, places, projects));
            }
        }

        return rows.MoveToImmutable();
    }

    internal ImmutableArray<AggregateRow> Rows(Dictionary<long, GroupTotals.Cell> sparse, ImmutableArray<Place> places, ImmutableArray<SocialProject?> projects)
    {
        long[] keys = [.. sparse.Keys];
        Array.Sort(keys);
        ImmutableArray<AggregateRow>.Builder rows = ImmutableArray.CreateBuilder<AggregateRow>(keys.Length);
        var periods = new ReportingPeriod?[bucketCount];
        foreach (long key in keys)
        {
            rows.Add(Row(key, sparse[key], periods, places, projects));
        }

        return rows.MoveToImmutable();
    }

    /// <summary>Decodes a group's key (the dense table's cell index, also the sparse map's key) into its row.</summary>
    private AggregateRow Row(long key, GroupTotals.Cell total, ReportingPeriod?[] periods, ImmutableArray<Place> places, ImmutableArray<SocialProject?> projects)
    {
        Dimensions by = query.GroupBy;
        long rest = key;
        int kind = (int)(rest % kindCount);
        rest /= kindCount;
        int bucket = (int)(rest % bucketCount);
        rest /= bucketCount;
        int project = (int)(rest % projectCount);
        rest /= projectCount;
        int place = (int)(rest % placeCount);
        int region = (int)(rest / placeCount);
        return new AggregateRow(
            (by & Dimensions.Region) != 0 ? Region.AllSince1995[region] : null,
            (by & Dimensions.District) != 0 ? places[place] : null,
            (by & Dimensions.Project) != 0 ? projects[project] : null,
            (by & Dimensions.Kind) != 0 && !kindSets[kind].IsJoint ? (AssemblyActivityKind)kind : null,
            (by & Dimensions.Kind) != 0 ? kindSets[kind] : null,
            periods[bucket] ??= BucketPeriod(firstBucket + bucket),
            total.Records,
            QualifiedCount.Create(total.Activities, GroupTotals.Qualifier(total.ActivityQualifiers)),
            GroupTotals.People(total.People, total.PeopleQualifiers));
    }

    private static LocalDate Clamp(LocalDate date) =>
        date < LedgerCalendar.FirstDay ? LedgerCalendar.FirstDay : date > LedgerCalendar.LastDay ? LedgerCalendar.LastDay : date;

    private static ushort[]? BucketTable(PeriodBucket bucket) => bucket switch
    {
        PeriodBucket.Month => LedgerCalendar.MonthOfDay,
        PeriodBucket.Quarter => LedgerCalendar.QuarterOfDay,
        PeriodBucket.Year or PeriodBucket.YearToDate => LedgerCalendar.YearOfDay,
        PeriodBucket.Day => null,
        _ => null,
    };

    /// <summary>
    /// The bucket key of every ledger day up to the last day with records (no record lies past it, so the table need
    /// not reach the ledger's year 2100: a few thousand entries instead of 38 716, off the large-object heap).
    /// </summary>
    private static int[] BucketKeys(AggregationQuery query, ushort[]? table, int firstDay, int lastDay, int first, int stride, int dataLastDay)
    {
        var keys = new int[Math.Max(Math.Max(dataLastDay, lastDay), 0) + 1];
        Array.Fill(keys, Excluded);
        bool byDay = query.Bucket == PeriodBucket.Day;
        int asOf = query.YearToDateAsOf is { } date ? (date.Month * 32) + date.Day : int.MaxValue;
        for (int d = firstDay; d <= lastDay; d++)
        {
            if (query.Bucket == PeriodBucket.YearToDate && (((LedgerCalendar.MonthOfDay[d] % 12) + 1) * 32) + LedgerCalendar.DayOfMonth[d] > asOf)
            {
                continue;
            }

            int bucket = byDay ? d - firstDay : table is null ? 0 : table[d] - first;
            keys[d] = bucket * stride;
        }

        return keys;
    }

    private ReportingPeriod? BucketPeriod(int bucket)
    {
        int year = DomainCalendar.MinYear;
        switch (query.Bucket)
        {
            case PeriodBucket.Day:
                LocalDate day = LedgerCalendar.FromDay(dayOffset + bucket);
                return ReportingPeriod.Custom(day, day);
            case PeriodBucket.Month:
                return ReportingPeriod.Month(year + (bucket / 12), (bucket % 12) + 1);
            case PeriodBucket.Quarter:
                return ReportingPeriod.Quarter(year + (bucket / 4), (bucket % 4) + 1);
            case PeriodBucket.Year:
                return ReportingPeriod.CalendarYear(year + bucket);
            case PeriodBucket.YearToDate:
                LocalDate asOf = query.YearToDateAsOf!.Value;
                int inYear = year + bucket;
                int lastDay = Math.Min(asOf.Day, CalendarSystem.Iso.GetDaysInMonth(inYear, asOf.Month));
                return ReportingPeriod.YearToDate(new LocalDate(inYear, asOf.Month, lastDay));
            default:
                return null;
        }
    }

    private static int[] RegionKeys(AggregationQuery query, int stride, bool grouped)
    {
        var keys = new int[Region.AllSince1995.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            bool included = query.Regions.IsEmpty || query.Regions.Contains(Region.AllSince1995[i]);
            keys[i] = !included ? Excluded : grouped ? i * stride : 0;
        }

        return keys;
    }

    /// <summary>A kind set passes the kind filter when it shares a kind with it: a joint reach of events and charity
    /// actions is kept for a query about events, as itself, never as the events' own.</summary>
    private static int[] KindKeys(AggregationQuery query, ImmutableArray<ActivityKindSet> kindSets, int stride, bool grouped)
    {
        ActivityKindSet filter = ActivityKindSet.Of([.. query.Kinds]);
        var keys = new int[kindSets.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            bool included = query.Kinds.IsEmpty || kindSets[i].Overlaps(filter);
            keys[i] = !included ? Excluded : grouped ? i * stride : 0;
        }

        return keys;
    }

    private static int[] Keys(int length, int stride, bool grouped)
    {
        var keys = new int[length];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = grouped ? i * stride : 0;
        }

        return keys;
    }
}
