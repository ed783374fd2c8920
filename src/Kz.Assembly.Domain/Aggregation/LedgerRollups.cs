using System;
using Kz.Assembly.Domain.Geography;

namespace Kz.Assembly.Domain.Aggregation;

/// <summary>
/// Totals kept as records are appended, so that a question over whole months costs the size of its answer, not the
/// size of the history: per month, one <see cref="GroupTotals.Cell"/> for each region × kind set. Daily and per-project
/// totals are derived from a month's records when a question first needs them (see <see cref="RollupSnapshot"/> and
/// <see cref="MonthRecordIndex"/>): keeping them on every append touched a cell somewhere in megabytes of days and
/// tripled the cost of appending, where the month cells stay in the processor's cache.
/// </summary>
/// <remarks>
/// Only the builder writes. A month's cells a snapshot holds are copied before the builder writes into them again
/// (copy-on-write); the index of months' records is shared by every snapshot, each reading it up to its own count.
/// </remarks>
internal sealed class LedgerRollups
{
    /// <summary>Kind sets a block holds at first: the seven single kinds and one joint reach; grows to 128.</summary>
    private const int InitialKindCapacity = 8;

    private static readonly int RegionCount = Region.AllSince1995.Count;

    private readonly MonthRecordIndex index = new();
    private Block?[] months = new Block?[LedgerCalendar.MonthCount];

    // Blocks made in an earlier generation may be shared with a snapshot; the builder copies them before writing.
    private int generation;

    private int kindCapacity = InitialKindCapacity;

    /// <summary>Gets whether a month's total overflowed 64 bits: the rollups are then abandoned and every query scans,
    /// which names the record that overflows for the queries that hit it.</summary>
    internal bool IsBroken { get; private set; }

    /// <summary>Adds a record to its month's totals.</summary>
    internal void Add(int region, ushort day, int kindSet, long activities, byte activityQualifier, long people, byte peopleQualifier)
    {
        if (IsBroken)
        {
            return;
        }

        int month = LedgerCalendar.MonthOfDay[day];
        try
        {
            if (kindSet >= kindCapacity)
            {
                WidenKinds();
            }

            Writable(month).Cells[(region * kindCapacity) + kindSet].Add(activities, activityQualifier, people, peopleQualifier);
        }
        catch (OverflowException)
        {
            // The record itself is stored; only the shortcut is lost.
            IsBroken = true;
        }
    }

    /// <summary>Takes the totals as they are: references and counts are copied, the blocks shared until written.</summary>
    internal RollupSnapshot Freeze(LedgerColumns columns, int count)
    {
        if (IsBroken)
        {
            return RollupSnapshot.None;
        }

        var snapshot = new RollupSnapshot(
            kindCapacity,
            Array.ConvertAll(months, block => block?.Cells),
            index,
            count,
            columns);
        generation++;
        return snapshot;
    }

    private Block Writable(int month)
    {
        Block? block = months[month];
        if (block is not null && block.Generation == generation)
        {
            return block;
        }

        var cells = new GroupTotals.Cell[RegionCount * kindCapacity];
        block?.Cells.CopyTo(cells, 0);
        return months[month] = new Block(generation, cells);
    }

    /// <summary>A joint kind set past the blocks' width: every block is rebuilt at the widest (rare: once per ledger).</summary>
    private void WidenKinds()
    {
        const int widest = 128;
        int old = kindCapacity;
        months = Array.ConvertAll(months, block =>
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
        kindCapacity = widest;
    }

    private sealed class Block(int generation, GroupTotals.Cell[] cells)
    {
        internal int Generation { get; } = generation;

        internal GroupTotals.Cell[] Cells { get; } = cells;
    }
}
