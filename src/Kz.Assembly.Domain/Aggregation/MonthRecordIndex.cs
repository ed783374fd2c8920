using System;

namespace Kz.Assembly.Domain.Aggregation;

/// <summary>
/// Which records fall in each month, listed when a question first needs a month's records (its daily or per-project
/// totals), not as records are appended: listing every record on append cost appending a sixth of its time (the
/// month cells alone a seventh). One index serves every snapshot of a builder: records are only ever appended, so the
/// index lists them up to the highest count any snapshot asked for, and a snapshot reads a month's list up to its own
/// count (each list is in record order).
/// </summary>
internal sealed class MonthRecordIndex
{
    /// <summary>A month's records are listed in chunks of 2^16 (256 KB), never copied as a list grows.</summary>
    private const int ChunkBits = 16;

    private const int ChunkMask = (1 << ChunkBits) - 1;

    // One reader at a time lists and reads: the lists grow under the lock, and a month's totals are derived once per
    // snapshot, so the lock is taken once per month a snapshot's questions cut.
    private readonly object gate = new();
    private readonly int[]?[]?[] lists = new int[]?[]?[LedgerCalendar.MonthCount];
    private readonly int[] listed = new int[LedgerCalendar.MonthCount];
    private int indexed;

    /// <summary>Runs <paramref name="each"/> for every record of <paramref name="month"/> below <paramref name="count"/>, in order.</summary>
    /// <param name="month">The month, as <see cref="LedgerCalendar.MonthOfDay"/> numbers it.</param>
    /// <param name="count">The snapshot's record count.</param>
    /// <param name="day">The snapshot's day column, which holds at least <paramref name="count"/> records.</param>
    /// <param name="each">What to do with each record's index.</param>
    internal void ForEach(int month, int count, ushort[] day, Action<int> each)
    {
        lock (gate)
        {
            for (; indexed < count; indexed++)
            {
                List(LedgerCalendar.MonthOfDay[day[indexed]], indexed);
            }

            int[]?[]? chunks = lists[month];
            for (int r = 0; r < listed[month]; r++)
            {
                int record = chunks![r >> ChunkBits]![r & ChunkMask];
                if (record >= count)
                {
                    // A later snapshot's record: this snapshot's part of the list has ended.
                    break;
                }

                each(record);
            }
        }
    }

    private void List(int month, int record)
    {
        int at = listed[month];
        int[]?[] chunks = lists[month] is { } existing && (at >> ChunkBits) < existing.Length
            ? existing
            : lists[month] = Grow(lists[month]);
        (chunks[at >> ChunkBits] ??= new int[1 << ChunkBits])[at & ChunkMask] = record;
        listed[month] = at + 1;
    }

    private static int[]?[] Grow(int[]?[]? chunks)
    {
        var more = new int[]?[chunks is null ? 4 : checked(chunks.Length * 2)];
        chunks?.CopyTo(more, 0);
        return more;
    }
}
