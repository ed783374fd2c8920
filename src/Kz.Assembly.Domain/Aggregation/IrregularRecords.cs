using System;

namespace Kz.Assembly.Domain.Aggregation;

/// <summary>
/// The records that are not one exactly counted activity with exactly counted people, by index, in the order they
/// were appended. Most records are that plain case, and a plain record adds to its group only "one more record, one
/// more activity, these people, both exact": the scan counts records and sums people for all of them, and reads the
/// activity count and the qualifiers only of the records listed here (see <see cref="GroupTotals.Cell.Settle"/>).
/// Append-only, like the columns: a snapshot keeps the array and the length it saw, and the builder writes only past
/// it (growing copies into a new array).
/// </summary>
internal sealed class IrregularRecords
{
    private Entry[] entries = new Entry[64];

    /// <summary>Gets the number of irregular records appended so far.</summary>
    internal int Count { get; private set; }

    /// <summary>Gets the largest people count of any record so far: with the record count it bounds every group's
    /// people sum, so the scan can add them unchecked when the bound fits 64 bits.</summary>
    internal long LargestPeople { get; private set; }

    /// <summary>Tells whether a record is the plain case the scan adds by counting alone.</summary>
    internal static bool IsPlain(long activities, byte activityQualifier, byte peopleQualifier) =>
        activities == 1 && activityQualifier == 0 && peopleQualifier == 0;

    /// <summary>Notes a record just written at <paramref name="index"/>: an irregular one is copied here whole, so
    /// that the scan reads these few records in one stream instead of picking them out of every column.</summary>
    internal void Note(int index, byte region, ushort day, byte kind, long activities, byte activityQualifier, long people, byte peopleQualifier)
    {
        LargestPeople = Math.Max(LargestPeople, people);
        if (IsPlain(activities, activityQualifier, peopleQualifier))
        {
            return;
        }

        if (Count == entries.Length)
        {
            // A new array: snapshots keep reading the old one, which never changes below their length.
            var grown = new Entry[checked(entries.Length * 2)];
            Array.Copy(entries, grown, Count);
            entries = grown;
        }

        entries[Count++] = new Entry(index, activities, day, region, kind, activityQualifier, peopleQualifier);
    }

    /// <summary>Takes what a snapshot needs: the records so far and the people bound.</summary>
    internal Snapshot Freeze() => new(entries, Count, LargestPeople);

    /// <summary>One irregular record: its index, its keys, its activities and both qualifiers (24 bytes).</summary>
    internal readonly record struct Entry(int Index, long Activities, ushort Day, byte Region, byte Kind, byte ActivityQualifier, byte PeopleQualifier);

    /// <summary>The irregular records of one ledger snapshot.</summary>
    internal readonly struct Snapshot(Entry[] entries, int count, long largestPeople)
    {
        /// <summary>Gets the irregular records, by ascending index.</summary>
        internal ReadOnlySpan<Entry> Entries => entries.AsSpan(0, count);

        /// <summary>Gets the largest people count of any record of the snapshot: with the record count, a bound on any sum of them.</summary>
        internal long LargestPeople => largestPeople;

        /// <summary>The position of the first irregular record at or after <paramref name="record"/>.</summary>
        internal int FirstAtOrAfter(int record)
        {
            int low = 0, high = count;
            while (low < high)
            {
                int middle = (low + high) >>> 1;
                if (entries[middle].Index < record)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }
    }
}
