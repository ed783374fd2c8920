using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace Kz.Assembly.Domain.Aggregation;

/// <summary>
/// The result of an aggregation: one typed row per non-empty group, ordered by region, place, project, time bucket
/// and kind (the order of their keys). Immutable and thread-safe.
/// </summary>
public sealed class AggregateTable : IReadOnlyList<AggregateRow>
{
    private readonly ImmutableArray<AggregateRow> rows;

    internal AggregateTable(AggregationQuery query, ImmutableArray<AggregateRow> rows)
    {
        Query = query;
        this.rows = rows;
    }

    /// <summary>Gets the query that produced the table.</summary>
    public AggregationQuery Query { get; }

    /// <summary>Gets the number of groups.</summary>
    public int Count => rows.Length;

    /// <summary>Gets a row.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The row.</returns>
    public AggregateRow this[int index] => rows[index];

    /// <summary>Gets the rows with the largest totals of a measure, largest first (ties keep table order).</summary>
    /// <param name="count">How many rows at most.</param>
    /// <param name="measure">What to rank by; rows without people reached rank last for <see cref="AggregateMeasure.PeopleReached"/>.</param>
    /// <returns>Up to <paramref name="count"/> rows.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    [Pure]
    public ImmutableArray<AggregateRow> Top([Annotations.ValidRange(0, int.MaxValue)] int count, AggregateMeasure measure = AggregateMeasure.Activities)
    {
        Preconditions.CheckArgumentRange(nameof(count), count, 0, int.MaxValue);
        AggregateRow[] sorted = [.. rows];
        Comparison<AggregateRow> byMeasure = measure == AggregateMeasure.PeopleReached
            ? (a, b) => (b.PeopleReached?.Value ?? -1).CompareTo(a.PeopleReached?.Value ?? -1)
            : (a, b) => b.Activities.Value.CompareTo(a.Activities.Value);
        MergeSort(sorted, byMeasure);
        return [.. sorted.AsSpan(0, Math.Min(count, sorted.Length))];
    }

    /// <summary>Enumerates the rows in table order.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<AggregateRow>.Enumerator GetEnumerator() => rows.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator<AggregateRow> IEnumerable<AggregateRow>.GetEnumerator() => ((IEnumerable<AggregateRow>)rows).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)rows).GetEnumerator();

    /// <summary>Returns for example <c>Region, Kind by Month: 240 group(s)</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => $"{Query}: {Count} group(s)";

    // Array.Sort is not stable; ranking must keep table order among ties so results are deterministic.
    private static void MergeSort(AggregateRow[] items, Comparison<AggregateRow> comparison)
    {
        if (items.Length < 2)
        {
            return;
        }

        var buffer = new AggregateRow[items.Length];
        for (int width = 1; width < items.Length; width *= 2)
        {
            for (int start = 0; start < items.Length; start += 2 * width)
            {
                int middle = Math.Min(start + width, items.Length);
                int end = Math.Min(start + 2 * width, items.Length);
                int left = start, right = middle, target = start;
                while (left < middle && right < end)
                {
                    buffer[target++] = comparison(items[right], items[left]) < 0 ? items[right++] : items[left++];
                }

                while (left < middle)
                {
                    buffer[target++] = items[left++];
                }

                while (right < end)
                {
                    buffer[target++] = items[right++];
                }
            }

            Array.Copy(buffer, items, items.Length);
        }
    }
}
