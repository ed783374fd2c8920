using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Kz.Assembly.Domain.Geography;

namespace Kz.Assembly.Domain.Aggregation;

/// <summary>
/// Totals kept as records are appended, so that a question over whole months costs the size of its answer, not the
/// size of the history: per month and per day, one <see cref="GroupTotals.Cell"/> for each region × kind set, and per
/// month one for each region × kind set × project. Only the builder writes, and copy-on-write keeps every snapshot's
/// blocks unchanged: a block a snapshot holds is copied before the builder writes into it again.
/// </summary>
internal sealed class LedgerRollups
{
    /// <summary>Kind sets a block holds at first: the seven single kinds and one joint reach; grows to 128.</summary>
    private const int InitialKindCapacity = 8;

    private static readonly int RegionCount = Region.AllSince1995.Count;

    private Block?[] months = new Block?[LedgerCalendar.MonthCount];
    private Block?[] monthsWithoutProject = new Block?[LedgerCalendar.MonthCount];
    private Block?[]?[] days = new Block?[]?[LedgerCalendar.MonthCount];
    private readonly ProjectBlock?[] projectMonths = new ProjectBlock?[LedgerCalendar.MonthCount];

    // Blocks made in an earlier generation may be shared with a snapshot; the builder copies them before writing.
    private int generation;

    /// <summary>Gets whether a total overflowed 64 bits: the rollups are then abandoned and every query scans, which
    /// names the record that overflows for the queries that hit it.</summary>
    internal bool IsBroken { get; private set; }

    private int KindCapacity { get; set; } = InitialKindCapacity;

    /// <summary>The key of a record's group in a month's project totals: independent of the blocks' kind capacity.</summary>
    internal static long ProjectKey(int region, int kindSet, int project) => (((long)region << 8) | (uint)kindSet) << 16 | (uint)project;

    internal static (int Region, int KindSet, int Project) FromProjectKey(long key) => ((int)(key >> 24), (int)((key >> 16) & 0xFF), (int)(key & 0xFFFF));

    /// <summary>Adds one record to its month's, day's and (with a project) month-and-project totals.</summary>
    internal void Add(int region, ushort day, int kindSet, ushort project, long activities, byte activityQualifier, long people, byte peopleQualifier)
    {
        if (IsBroken)
        {
            return;
        }

        try
        {
            if (kindSet >= KindCapacity)
            {
                WidenKinds();
            }

            int month = LedgerCalendar.MonthOfDay[day];
            int cell = (region * KindCapacity) + kindSet;
            Writable(months, month).Cells[cell].Add(activities, activityQualifier, people, peopleQualifier);
            Block?[] monthDays = days[month] ??= new Block?[31];
            Writable(monthDays, LedgerCalendar.DayOfMonth[day] - 1).Cells[cell].Add(activities, activityQualifier, people, peopleQualifier);
            if (project == 0)
            {
                Writable(monthsWithoutProject, month).Cells[cell].Add(activities, activityQualifier, people, peopleQualifier);
            }
            else
            {
                ProjectBlock block = projectMonths[month] is { } owned && owned.Generation == generation
                    ? owned
                    : projectMonths[month] = new ProjectBlock(generation, projectMonths[month]?.Cells);
                CollectionsMarshal.GetValueRefOrAddDefault(block.Cells, ProjectKey(region, kindSet, project), out _)
                    .Add(activities, activityQualifier, people, peopleQualifier);
            }
        }
        catch (OverflowException)
        {
            // The record itself is stored; only the shortcut is lost.
            IsBroken = true;
        }
    }

    /// <summary>Takes the totals as they are: the block references are copied, the blocks are shared until written.</summary>
    internal RollupSnapshot Freeze()
    {
        if (IsBroken)
        {
            return RollupSnapshot.None;
        }

        var dayCopies = new Block?[]?[days.Length];
        for (int month = 0; month < days.Length; month++)
        {
            dayCopies[month] = days[month] is { } monthDays ? (Block?[])monthDays.Clone() : null;
        }

        var projectCopies = new Dictionary<long, GroupTotals.Cell>?[projectMonths.Length];
        for (int month = 0; month < projectMonths.Length; month++)
        {
            projectCopies[month] = projectMonths[month]?.Cells;
        }

        var snapshot = new RollupSnapshot(KindCapacity, Cells(months), Cells(monthsWithoutProject), Array.ConvertAll(dayCopies, Cells), projectCopies);
        generation++;
        return snapshot;
    }

    private static GroupTotals.Cell[]?[] Cells(Block?[]? blocks) =>
        blocks is null ? [] : Array.ConvertAll(blocks, block => block?.Cells);

    private Block Writable(Block?[] blocks, int index)
    {
        Block? block = blocks[index];
        if (block is not null && block.Generation == generation)
        {
            return block;
        }

        var cells = new GroupTotals.Cell[RegionCount * KindCapacity];
        block?.Cells.CopyTo(cells, 0);
        return blocks[index] = new Block(generation, cells);
    }

    /// <summary>A joint kind set past the blocks' width: every block is rebuilt at the widest (rare: once per ledger).</summary>
    private void WidenKinds()
    {
        const int widest = 128;
        int old = KindCapacity;
        Block?[] Widen(Block?[] blocks) => Array.ConvertAll(blocks, block =>
        {
            if (block is null)
            {
                return null;
            }

            var cells = new GroupTotals.Cell[RegionCount * widest];
            for (int region = 0; region < RegionCount; region++)
            {
                Array.Copy(block.Cells, region * old, cells, region * widest, old);
            }

            return new Block(generation, cells);
        });

        months = Widen(months);
        monthsWithoutProject = Widen(monthsWithoutProject);
        days = Array.ConvertAll(days, monthDays => monthDays is null ? null : Widen(monthDays));
        KindCapacity = widest;
    }

    private sealed class Block(int generation, GroupTotals.Cell[] cells)
    {
        internal int Generation { get; } = generation;

        internal GroupTotals.Cell[] Cells { get; } = cells;
    }

    private sealed class ProjectBlock(int generation, Dictionary<long, GroupTotals.Cell>? copyOf)
    {
        internal int Generation { get; } = generation;

        internal Dictionary<long, GroupTotals.Cell> Cells { get; } = copyOf is null ? [] : new(copyOf);
    }
}
