using System;

namespace Kz.Assembly.Domain.Aggregation;

/// <summary>
/// The records that are not one exactly counted activity with exactly counted people, in record order, each packed in
/// one 64-bit word (its keys, qualifiers and activities). Most records are that plain case, and a plain record adds to
/// its group only "one more record, one more activity, these people, both exact": the scan counts records and sums
/// people for all of them, and reads the activity count and the qualifiers only of the records listed here (see
/// <see cref="GroupTotals.Cell.Settle"/>). One list per builder, shared by its snapshots and built when a scan first
/// needs it, block by block of whole records, up to the records the asking snapshot holds: appending pays nothing for
/// it (keeping it on every append cost 6–15 %, see docs/benchmarks.md).
/// </summary>
internal sealed class IrregularRecords
{
    /// <summary>The records in one block. Only whole blocks are listed, and the list notes where each block's records
    /// start, so a range of records whose ends fall on block boundaries (the parts of a scan) finds its own directly.</summary>
    internal const int BlockRecords = 256;

    // day: bits 0-15, region: 16-23, kind set: 24-31, activity qualifier: 32-34, people qualifier: 35-37, activities: 38-63.
    private const int ActivitiesShift = 38;

    /// <summary>The largest activity count a word holds; a larger one makes the scan read every column instead.</summary>
    internal const long MaxPackedActivities = (1L << (64 - ActivitiesShift)) - 1;

    // Once this many records are listed and more than a quarter of them are irregular (a ledger of reported summaries),
    // the list is given up: the scan would not use it, and keeping it would cost a word per record for nothing.
    private const int BlocksToJudge = 256;

    private readonly object gate = new();
    private ulong[] words = new ulong[64];
    private int count;
    private int[] blockStarts = new int[16];
    private int blocks;
    private long largestPeople;
    private bool abandoned;

    /// <summary>Tells whether a record is the plain case the scan adds by counting alone.</summary>
    internal static bool IsPlain(long activities, byte activityQualifier, byte peopleQualifier) =>
        activities == 1 && activityQualifier == 0 && peopleQualifier == 0;

    /// <summary>Lists the whole blocks of the first <paramref name="recordCount"/> records not listed yet, reading
    /// them from a snapshot's columns (records below a snapshot's count never change), and returns the list as far as
    /// that snapshot may read it.</summary>
    internal Snapshot Through(LedgerColumns columns, int recordCount)
    {
        lock (gate)
        {
            int target = recordCount / BlockRecords;
            while (blocks < target && !abandoned)
            {
                ListBlock(columns, blocks);
                abandoned |= blocks >= BlocksToJudge && count > blocks * (BlockRecords / 4);
            }

            if (abandoned)
            {
                words = [];
                count = 0;
                return new Snapshot([], 0, blockStarts, 0, largestPeople, abandoned: true);
            }

            // Another snapshot may have listed further: this one reads only its own whole blocks.
            int listed = target < blocks ? blockStarts[target] : count;
            return new Snapshot(words, listed, blockStarts, target, largestPeople, abandoned: false);
        }
    }

    private void ListBlock(LedgerColumns columns, int block)
    {
        if (blocks == blockStarts.Length)
        {
            int[] grown = new int[blocks * 2];
            Array.Copy(blockStarts, grown, blocks);
            blockStarts = grown;
        }

        blockStarts[blocks] = count;
        for (int i = block * BlockRecords; i < (block + 1) * BlockRecords; i++)
        {
            largestPeople = Math.Max(largestPeople, columns.People[i]);
            if (!IsPlain(columns.Activities[i], columns.ActivityQualifier[i], columns.PeopleQualifier[i]))
            {
                Add(columns.Day[i], columns.Region[i], columns.Kind[i], columns.Activities[i], columns.ActivityQualifier[i], columns.PeopleQualifier[i]);
            }
        }

        blocks++;
    }

    private void Add(ushort day, byte region, byte kind, long activities, byte activityQualifier, byte peopleQualifier)
    {
        if (activities > MaxPackedActivities)
        {
            abandoned = true;
            return;
        }

        if (count == words.Length)
        {
            // A new array: snapshots keep reading the old one, which never changes below their length.
            ulong[] grown = new ulong[checked(words.Length * 2)];
            Array.Copy(words, grown, count);
            words = grown;
        }

        words[count++] = day | ((ulong)region << 16) | ((ulong)kind << 24) | ((ulong)activityQualifier << 32)
            | ((ulong)peopleQualifier << 35) | ((ulong)activities << ActivitiesShift);
    }

    /// <summary>The list as one snapshot reads it: the whole blocks of its records.</summary>
    internal readonly struct Snapshot(ulong[] words, int count, int[] blockStarts, int blocks, long largestPeople, bool abandoned)
    {
        /// <summary>Gets the end of the records the list covers: a block boundary, at most the snapshot's count.</summary>
        internal int ListedEnd => blocks * BlockRecords;

        /// <summary>Gets the irregular records below <see cref="ListedEnd"/>, as words in record order.</summary>
        internal ReadOnlySpan<ulong> Words => words.AsSpan(0, count);

        /// <summary>Gets the largest people count of the listed records (or of more): a bound on any of their sums.</summary>
        internal long LargestPeople => largestPeople;

        /// <summary>Gets whether the list was given up (an activity count too large for a word, or a ledger mostly of
        /// irregular records): the scan then reads every column.</summary>
        internal bool Abandoned => abandoned;

        /// <summary>The position of the first irregular record at or after <paramref name="record"/>, a block boundary
        /// no later than <see cref="ListedEnd"/>.</summary>
        internal int FirstAtOrAfter(int record) => record / BlockRecords < blocks ? blockStarts[record / BlockRecords] : count;

        internal static ushort Day(ulong word) => (ushort)word;

        internal static byte Region(ulong word) => (byte)(word >> 16);

        internal static byte Kind(ulong word) => (byte)(word >> 24);

        internal static byte ActivityQualifier(ulong word) => (byte)((word >> 32) & 7);

        internal static byte PeopleQualifier(ulong word) => (byte)((word >> 35) & 7);

        internal static long Activities(ulong word) => (long)(word >> ActivitiesShift);
    }
}
