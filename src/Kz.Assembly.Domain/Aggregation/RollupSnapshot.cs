using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Kz.Assembly.Domain.Geography;

namespace Kz.Assembly.Domain.Aggregation;

/// <summary>
/// A ledger snapshot's rollups (see <see cref="LedgerRollups"/>), never written after the snapshot is taken. Answers a
/// query plan from month totals where a whole month falls in one bucket, and from day totals where a month is cut by
/// the period, the year-to-date day or day buckets; a query by place, or by project over part of a month, is left to
/// the scan.
/// </summary>
internal sealed class RollupSnapshot
{
    private static readonly int RegionCount = Region.AllSince1995.Count;

    private readonly int kindCapacity;
    private readonly GroupTotals.Cell[]?[] months;
    private readonly GroupTotals.Cell[]?[] monthsWithoutProject;
    private readonly GroupTotals.Cell[]?[][] days;
    private readonly Dictionary<long, GroupTotals.Cell>?[] projectMonths;

    internal RollupSnapshot(int kindCapacity, GroupTotals.Cell[]?[] months, GroupTotals.Cell[]?[] monthsWithoutProject, GroupTotals.Cell[]?[][] days, Dictionary<long, GroupTotals.Cell>?[] projectMonths)
    {
        this.kindCapacity = kindCapacity;
        this.months = months;
        this.monthsWithoutProject = monthsWithoutProject;
        this.days = days;
        this.projectMonths = projectMonths;
    }

    /// <summary>No rollups (they overflowed): every query scans.</summary>
    internal static RollupSnapshot None { get; } = new(0, [], [], [], []);

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
                // Project totals are kept per month only.
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

        target.AddBlock(monthsWithoutProject[month], bucketKey, target.Plan.ProjectKey[0]);
        if (projectMonths[month] is { } projects)
        {
            foreach (KeyValuePair<long, GroupTotals.Cell> pair in projects)
            {
                (int region, int kindSet, int project) = LedgerRollups.FromProjectKey(pair.Key);
                target.AddCell(region, kindSet, target.Plan.ProjectKey[project], bucketKey, pair.Value);
            }
        }
    }

    private void AddDays(Target target, int month, QueryPlan plan)
    {
        GroupTotals.Cell[]?[] monthDays = days[month];
        int first = LedgerCalendar.FirstDayOfMonth(month);
        for (int dayOfMonth = 0; dayOfMonth < monthDays.Length; dayOfMonth++)
        {
            if (monthDays[dayOfMonth] is { } block && plan.BucketOfDay[first + dayOfMonth] is var key and >= 0)
            {
                target.AddBlock(block, key, 0);
            }
        }
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
