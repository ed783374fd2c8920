using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Threading;
using Kz.Assembly.Domain.Geography;

namespace Kz.Assembly.Domain.Aggregation;

/// <summary>
/// A ledger snapshot's rollups (see <see cref="LedgerRollups"/>), never written after the snapshot is taken. Answers a
/// query plan from month totals where a whole month falls in one bucket, and from daily totals where a month is cut by
/// the period, the year-to-date day or day buckets; a query by project reads per-project month totals. Daily and
/// project totals of a month are derived from its records the first time a question needs them, and kept (any thread
/// may derive them; they are the same whoever does). A query by place, or by project over part of a month, is left to
/// the scan.
/// </summary>
internal sealed class RollupSnapshot
{
    private static readonly int RegionCount = Region.AllSince1995.Count;

    private readonly int kindCapacity;
    private readonly GroupTotals.Cell[]?[] months;
    private readonly MonthRecordIndex? index;
    private readonly int count;
    private readonly LedgerColumns? columns;
    private readonly GroupTotals.Cell[]?[]?[] days;
    private readonly ProjectTotals?[] projects;

    internal RollupSnapshot(int kindCapacity, GroupTotals.Cell[]?[] months, MonthRecordIndex? index, int count, LedgerColumns? columns)
    {
        this.kindCapacity = kindCapacity;
        this.months = months;
        this.index = index;
        this.count = count;
        this.columns = columns;
        days = new GroupTotals.Cell[]?[]?[months.Length];
        projects = new ProjectTotals?[months.Length];
    }

    /// <summary>No rollups (they overflowed): every query scans.</summary>
    internal static RollupSnapshot None { get; } = new(0, [], null, 0, null);

    private bool IsNone => months.Length == 0;

    /// <summary>
    /// Adds up the plan's groups from the rollups into <paramref name="dense"/> (a dense plan) or
    /// <paramref name="sparse"/> (a sparse one); false when the rollups cannot answer it (the caller scans).
    /// </summary>
    internal bool TryAccumulate(QueryPlan plan, int firstDay, int lastDay, int kindSets, out GroupTotals? dense, out Dictionary<long, GroupTotals.Cell>? sparse)
    {
        dense = null;
        sparse = null;
        if (IsNone || plan.UsesPlace || lastDay < firstDay)
        {
            return false;
        }

        int firstMonth = LedgerCalendar.MonthOfDay[firstDay], lastMonth = LedgerCalendar.MonthOfDay[lastDay];
        var bucketOfMonth = new int[lastMonth - firstMonth + 1];
        for (int month = firstMonth; month <= lastMonth; month++)
        {
            bucketOfMonth[month - firstMonth] = WholeMonthBucket(plan, month, firstDay, lastDay);
            if (bucketOfMonth[month - firstMonth] == CutMonth && plan.UsesProject)
            {
                // Project totals are derived per month only: a cut month by project reads every record.
                return false;
            }
        }

        var target = new Target(plan, plan.IsSparse ? null : new GroupTotals(plan.CellCount), kindSets, kindCapacity);
        try
        {
            for (int month = firstMonth; month <= lastMonth; month++)
            {
                int bucket = bucketOfMonth[month - firstMonth];
                if (bucket >= 0)
                {
                    AddMonth(target, month, bucket);
                }
                else if (bucket == CutMonth)
                {
                    AddDays(target, month, plan);
                }
            }
        }
        catch (OverflowException)
        {
            // The scan throws the same overflow naming the record.
            return false;
        }

        (dense, sparse) = (target.Dense, target.Sparse);
        return true;
    }

    /// <summary>A month whose days with records fall in more than one bucket, or partly outside the query.</summary>
    private const int CutMonth = -1;

    /// <summary>A month none of whose days with records the query counts.</summary>
    private const int SkippedMonth = -2;

    /// <summary>The one bucket key every day of a month with records has, or <see cref="CutMonth"/> or <see cref="SkippedMonth"/>.</summary>
    private static int WholeMonthBucket(QueryPlan plan, int month, int firstDay, int lastDay)
    {
        // Days before the ledger's first record or after its last hold nothing, so they cannot cut a month.
        int start = Math.Max(LedgerCalendar.FirstDayOfMonth(month), firstDay);
        int end = Math.Min(LedgerCalendar.FirstDayOfMonth(month) + LedgerCalendar.DaysInMonth(month) - 1, lastDay);
        int bucket = SkippedMonth;
        bool anyExcluded = false;
        for (int day = start; day <= end; day++)
        {
            int key = plan.BucketOfDay[day];
            if (key < 0)
            {
                anyExcluded = true;
            }
            else if (bucket == SkippedMonth)
            {
                bucket = key;
            }
            else if (key != bucket)
            {
                return CutMonth;
            }
        }

        return bucket != SkippedMonth && anyExcluded ? CutMonth : bucket;
    }

    private void AddMonth(Target target, int month, int bucketKey)
    {
        if (!target.Plan.UsesProject)
        {
            target.AddBlock(months[month], bucketKey, 0);
            return;
        }

        ProjectTotals totals = ProjectsOf(month);
        target.AddBlock(totals.WithoutProject, bucketKey, target.Plan.ProjectKey[0]);
        foreach (KeyValuePair<long, GroupTotals.Cell> pair in totals.WithProject)
        {
            (int region, int kindSet, int project) = ProjectTotals.FromKey(pair.Key);
            target.AddCell(region, kindSet, target.Plan.ProjectKey[project], bucketKey, pair.Value);
        }
    }

    private void AddDays(Target target, int month, QueryPlan plan)
    {
        GroupTotals.Cell[]?[] monthDays = DaysOf(month);
        int first = LedgerCalendar.FirstDayOfMonth(month);
        for (int dayOfMonth = 0; dayOfMonth < monthDays.Length; dayOfMonth++)
        {
            if (monthDays[dayOfMonth] is { } block && plan.BucketOfDay[first + dayOfMonth] is var key and >= 0)
            {
                target.AddBlock(block, key, 0);
            }
        }
    }

    /// <summary>A month's daily totals, derived from its records on first need.</summary>
    private GroupTotals.Cell[]?[] DaysOf(int month)
    {
        if (Volatile.Read(ref days[month]) is { } known)
        {
            return known;
        }

        var derived = new GroupTotals.Cell[]?[31];
        ForEachRecord(month, (i, cell) => (derived[LedgerCalendar.DayOfMonth[columns!.Day[i]] - 1] ??= new GroupTotals.Cell[RegionCount * kindCapacity])[cell]
            .Add(columns.Activities[i], columns.ActivityQualifier[i], columns.People[i], columns.PeopleQualifier[i]));
        return Interlocked.CompareExchange(ref days[month], derived, null) ?? derived;
    }

    /// <summary>A month's totals per project (and of the records of none), derived from its records on first need.</summary>
    private ProjectTotals ProjectsOf(int month)
    {
        if (Volatile.Read(ref projects[month]) is { } known)
        {
            return known;
        }

        var derived = new ProjectTotals(new GroupTotals.Cell[RegionCount * kindCapacity], []);
        ForEachRecord(month, (i, cell) =>
        {
            ref GroupTotals.Cell total = ref columns!.Project[i] == 0
                ? ref derived.WithoutProject[cell]
                : ref CollectionsMarshal.GetValueRefOrAddDefault(derived.WithProject, ProjectTotals.Key(columns.Region[i], columns.Kind[i], columns.Project[i]), out _);
            total.Add(columns.Activities[i], columns.ActivityQualifier[i], columns.People[i], columns.PeopleQualifier[i]);
        });
        return Interlocked.CompareExchange(ref projects[month], derived, null) ?? derived;
    }

    /// <summary>Runs <paramref name="add"/> for each record of the month with its cell in a month block.</summary>
    private void ForEachRecord(int month, Action<int, int> add) =>
        index!.ForEach(month, count, columns!.Day, i => add(i, (columns.Region[i] * kindCapacity) + columns.Kind[i]));

    /// <summary>A month's totals by project: the records of no project as a block, the others keyed by <see cref="Key"/>.</summary>
    private sealed record ProjectTotals(GroupTotals.Cell[] WithoutProject, Dictionary<long, GroupTotals.Cell> WithProject)
    {
        internal static long Key(int region, int kindSet, int project) => ((((long)region << 8) | (uint)kindSet) << 16) | (uint)project;

        internal static (int Region, int KindSet, int Project) FromKey(long key) => ((int)(key >> 24), (int)((key >> 16) & 0xFF), (int)(key & 0xFFFF));
    }

    /// <summary>Where rollup cells are added: the plan's dense table, or its sparse map keyed by <see cref="QueryPlan.Compose"/>.</summary>
    private sealed class Target(QueryPlan plan, GroupTotals? dense, int kindSets, int kindCapacity)
    {
        internal QueryPlan Plan { get; } = plan;

        internal GroupTotals? Dense { get; } = dense;

        internal Dictionary<long, GroupTotals.Cell>? Sparse { get; } = dense is null ? [] : null;

        internal void AddBlock(GroupTotals.Cell[]? cells, int bucketKey, int projectKey)
        {
            if (cells is null)
            {
                return;
            }

            for (int region = 0; region < RegionCount; region++)
            {
                if (Plan.RegionKey[region] < 0)
                {
                    continue;
                }

                for (int kindSet = 0; kindSet < kindSets; kindSet++)
                {
                    ref GroupTotals.Cell cell = ref cells[(region * kindCapacity) + kindSet];
                    if (cell.Records != 0)
                    {
                        AddCell(region, kindSet, projectKey, bucketKey, cell);
                    }
                }
            }
        }

        internal void AddCell(int region, int kindSet, int projectKey, int bucketKey, in GroupTotals.Cell cell)
        {
            int regionKey = Plan.RegionKey[region], kindKey = Plan.KindKey[kindSet];
            if ((regionKey | kindKey | projectKey | bucketKey) < 0)
            {
                return;
            }

            if (Dense is not null)
            {
                Dense.Cells[regionKey + kindKey + projectKey + bucketKey].Add(in cell);
            }
            else
            {
                CollectionsMarshal.GetValueRefOrAddDefault(Sparse!, Plan.Compose(regionKey, 0, projectKey, bucketKey, kindKey), out _).Add(in cell);
            }
        }
    }
}
