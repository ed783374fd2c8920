using System;
using Kz.Assembly.Domain.Geography;

namespace Kz.Assembly.Domain.Aggregation;

/// <summary>
/// Totals kept as records are appended, so that a question over whole months costs the size of its answer, not the
/// size of the history: per month, one <see cref="GroupTotals.Cell"/> for each region × kind set, and the list of the
/// month's records. Daily and per-project totals are derived from that list when a question first needs them (see
/// <see cref="RollupSnapshot"/>): keeping them on every append touched a cell somewhere in megabytes of days and tripled
/// the cost of appending, where the month cells stay in the processor's cache.
/// </summary>
/// <remarks>
/// Only the builder writes. A month's cells a snapshot holds are copied before the builder writes into them again
/// (copy-on-write); a month's record list is only ever written past the count a snapshot took, in chunks a snapshot
/// shares, listed in a directory it copies.
/// </remarks>
internal sealed class LedgerRollups
{
    /// <summary>Kind sets a block holds at first: the seven single kinds and one joint reach; grows to 128.</summary>
    private const int InitialKindCapacity = 8;

    private static readonly int RegionCount = Region.AllSince1995.Count;

    /// <summary>A month's records are listed in chunks of 2^12 (16 KB: off the large-object heap, and never copied as
    /// a list grows; growing lists by doubling cost a fifth of the time of appending).</summary>
    internal const int ChunkBits = 16;

    private readonly int[]?[]?[] monthRecords = new int[]?[]?[LedgerCalendar.MonthCount];
    private readonly int[] monthRecordCount = new int[LedgerCalendar.MonthCount];
    private Block?[] months = new Block?[LedgerCalendar.MonthCount];

    // Blocks made in an earlier generation may be shared with a snapshot; the builder copies them before writing.
    private int generation;

    private int kindCapacity = InitialKindCapacity;

    /// <summary>Gets whether a month's total overflowed 64 bits: the rollups are then abandoned and every query scans,
    /// which names the record that overflows for the queries that hit it.</summary>
    internal bool IsBroken { get; private set; }

    /// <summary>Adds record <paramref name="record"/> to its month's totals and list.</summary>
    internal void Add(int record, int region, ushort day, int kindSet, long activities, byte activityQualifier, long people, byte peopleQualifier)
    {
        if (IsBroken)
        {
            return;
        }

        int month = LedgerCalendar.MonthOfDay[day];
        int listed = monthRecordCount[month];
        int[]?[] chunks = monthRecords[month] is { } existing && (listed >> ChunkBits) < existing.Length
            ? existing
            : monthRecords[month] = MoreChunks(monthRecords[month]);
        (chunks[listed >> ChunkBits] ??= new int[1 << ChunkBits])[listed & ((1 << ChunkBits) - 1)] = record;
        monthRecordCount[month] = listed + 1;
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
    internal RollupSnapshot Freeze(LedgerColumns columns)
    {
        if (IsBroken)
        {
            return RollupSnapshot.None;
        }

        var snapshot = new RollupSnapshot(
            kindCapacity,
            Array.ConvertAll(months, block => block?.Cells),
            Array.ConvertAll(monthRecords, chunks => chunks is null ? null : (int[]?[])chunks.Clone()),
            (int[])monthRecordCount.Clone(),
            columns);
        generation++;
        return snapshot;
    }

    private static int[]?[] MoreChunks(int[]?[]? chunks)
    {
        // A new directory of chunks: snapshots keep the old one; the chunks themselves are shared, and only ever
        // written past a snapshot's count.
        var more = new int[]?[chunks is null ? 4 : checked(chunks.Length * 2)];
        chunks?.CopyTo(more, 0);
        return more;
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
