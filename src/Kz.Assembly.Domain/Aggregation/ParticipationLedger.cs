using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Projects;
using NodaTime;
using NodaTime.Text;

namespace Kz.Assembly.Domain.Aggregation;

/// <summary>
/// An immutable snapshot of participation records stored as columns of compact keys (region, day, kind, project,
/// place) and counts, built for aggregation at national scale: a query reads each column once, buckets a record with
/// array lookups and adds into a dense table, so it allocates per group, never per record. Thread-safe: any number of
/// threads may aggregate one snapshot while a <see cref="ParticipationLedgerBuilder"/> goes on appending.
/// </summary>
/// <remarks>
/// Sums use checked 64-bit arithmetic: an overflow throws <see cref="OverflowException"/> naming the record.
/// Qualifiers combine by <see cref="QualifiedCount.Combine"/>. A reported summary is stored on the last day of its
/// period, one record per tally; its people reached go with its first tally (the report gives one figure for all).
/// </remarks>
public sealed class ParticipationLedger
{
    // A record's people byte is a CountQualifier or one of the two markers below. The markers take the top two of the
    // eight bits a group ORs its qualifiers into, so CountQualifier may grow to six values before meeting them;
    // LedgerMarkerTests fails the day a value reaches UnknownPeople.

    /// <summary>The people qualifier of an activity whose attendance is unknown: the group's known sum becomes a lower bound.</summary>
    internal const byte UnknownPeople = 6;

    /// <summary>The people qualifier of a record that carries no reach (a tally of a summary): adds nothing.</summary>
    internal const byte NoPeople = 7;

    private readonly LedgerColumns columns;
    private readonly ImmutableArray<SocialProject?> projects;
    private readonly ImmutableArray<Place> places;
    private readonly ImmutableArray<ActivityKindSet> kindSets;
    private readonly RollupSnapshot rollups;
    private readonly IrregularRecords irregular;

    internal ParticipationLedger(LedgerColumns columns, int count, ImmutableArray<SocialProject?> projects, ImmutableArray<Place> places, ImmutableArray<ActivityKindSet> kindSets, int firstDay, int lastDay, RollupSnapshot rollups, IrregularRecords irregular)
    {
        this.irregular = irregular;
        this.rollups = rollups;
        this.kindSets = kindSets;
        FirstDay = firstDay;
        LastDay = lastDay;
        this.columns = columns;
        Count = count;
        this.projects = projects;
        this.places = places;
    }

    /// <summary>Gets an empty ledger.</summary>
    public static ParticipationLedger Empty { get; } = new ParticipationLedgerBuilder().ToLedger();

    /// <summary>Gets the number of records.</summary>
    public int Count { get; }

    /// <summary>Gets the first day any record falls on, or null for an empty ledger.</summary>
    public LocalDate? FirstDate => Count == 0 ? null : LedgerCalendar.FromDay(FirstDay);

    /// <summary>Gets the last day any record falls on, or null for an empty ledger.</summary>
    public LocalDate? LastDate => Count == 0 ? null : LedgerCalendar.FromDay(LastDay);

    // The range of ledger days holding records: time buckets span only these, so day buckets stay small.
    internal int FirstDay { get; }

    internal int LastDay { get; }

    /// <summary>
    /// Aggregates the records by the query's groups and filters, on the calling thread. A question over whole months
    /// (and days: a period or year to date that cuts a month adds only that month's daily totals) without places is
    /// answered from the totals the builder kept as records arrived, in time proportional to the months and groups
    /// asked about, not to the records; grouping by place, or by project over part of a month, reads every record.
    /// </summary>
    /// <param name="query">The query.</param>
    /// <returns>The table of non-empty groups.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="OverflowException">A group's total exceeds 64 bits; the message names the record.</exception>
    /// <exception cref="InvalidOperationException">The query would form more groups than one aggregation holds (4 million).</exception>
    public AggregateTable Aggregate(AggregationQuery query) => Aggregate(query, 1);

    /// <summary>
    /// Aggregates the records as <see cref="Aggregate(AggregationQuery)"/> does; where every record must be read, splits
    /// them into up to <paramref name="maxDegreeOfParallelism"/> contiguous parts added up on separate threads and merged
    /// (for large ledgers in batch jobs; a web server answering many requests at once is usually better served by one
    /// thread per request). Results are identical to the single-threaded call.
    /// </summary>
    /// <param name="query">The query.</param>
    /// <param name="maxDegreeOfParallelism">How many threads at most, from 1.</param>
    /// <returns>The table of non-empty groups.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    /// <exception cref="OverflowException">A group's total exceeds 64 bits; the message names the record.</exception>
    /// <exception cref="InvalidOperationException">The query would form more groups than one aggregation holds (4 million).</exception>
    public AggregateTable Aggregate(AggregationQuery query, [Annotations.ValidRange(1, int.MaxValue)] int maxDegreeOfParallelism)
    {
        Preconditions.CheckNotNull(query, nameof(query));
        Preconditions.CheckArgumentRange(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, 1, int.MaxValue);
        var plan = new QueryPlan(query, projects.Length, places.Length, kindSets, FirstDay, LastDay, Count);
        if (Count > 0 && rollups.TryAccumulate(plan, FirstDay, LastDay, kindSets.Length, out GroupTotals? dense, out Dictionary<long, GroupTotals.Cell>? sparse))
        {
            return new AggregateTable(query, dense is not null ? plan.Rows(dense, places, projects) : plan.Rows(sparse!, places, projects));
        }

        return Scan(query, plan, maxDegreeOfParallelism);
    }

    /// <summary>Aggregates by reading every record, never from the rollups: what <see cref="Aggregate(AggregationQuery, int)"/>
    /// falls back to, and the reference the rollups are tested and measured against.</summary>
    internal AggregateTable AggregateByScan(AggregationQuery query, int maxDegreeOfParallelism = 1) =>
        Scan(query, new QueryPlan(query, projects.Length, places.Length, kindSets, FirstDay, LastDay, Count), maxDegreeOfParallelism);

    private AggregateTable Scan(AggregationQuery query, QueryPlan plan, int maxDegreeOfParallelism)
    {
        if (plan.IsSparse)
        {
            return new AggregateTable(query, plan.Rows(AccumulateSparse(plan), places, projects));
        }

        // Below this many records per part, starting threads costs more than it saves.
        const int MinimumPerPart = 250_000;
        int parts = Math.Max(1, Math.Min(maxDegreeOfParallelism, Count / MinimumPerPart));
        GroupTotals totals = parts == 1 ? AccumulateRange(plan, 0, Count) : AccumulateInParts(plan, parts);
        return new AggregateTable(query, plan.Rows(totals, places, projects));
    }

    /// <summary>Reads every record's keys and counts without grouping: the floor the benchmarks measure aggregation
    /// against. Internal: a benchmark hook, not an API; its sums are checked like the aggregation's.</summary>
    /// <returns>The sum of all activity counts plus the sum of all people counts, and a checksum of the keys.</returns>
    /// <exception cref="OverflowException">A sum exceeds 64 bits.</exception>
    internal (long Activities, long People, long KeyChecksum) Scan()
    {
        long activities = 0, people = 0, keys = 0;
        ReadOnlySpan<byte> region = columns.Region.AsSpan(0, Count);
        ReadOnlySpan<ushort> day = columns.Day.AsSpan(0, Count);
        ReadOnlySpan<byte> kind = columns.Kind.AsSpan(0, Count);
        ReadOnlySpan<long> activityCount = columns.Activities.AsSpan(0, Count);
        ReadOnlySpan<long> peopleCount = columns.People.AsSpan(0, Count);
        for (int i = 0; i < region.Length; i++)
        {
            keys += region[i] + day[i] + kind[i];
            activities = checked(activities + activityCount[i]);
            people = checked(people + peopleCount[i]);
        }

        return (activities, people, keys);
    }

    /// <summary>
    /// The loop for a sparse plan: one hash-map entry per group that occurs, keyed by <see cref="QueryPlan.Compose"/>.
    /// Single-threaded: sparse queries are the rare wide ones, not the hot path.
    /// </summary>
    private Dictionary<long, GroupTotals.Cell> AccumulateSparse(QueryPlan plan)
    {
        var groups = new Dictionary<long, GroupTotals.Cell>();
        ReadOnlySpan<byte> region = columns.Region.AsSpan(0, Count);
        ReadOnlySpan<ushort> day = columns.Day.AsSpan(0, Count);
        ReadOnlySpan<byte> kind = columns.Kind.AsSpan(0, Count);
        ReadOnlySpan<ushort> project = columns.Project.AsSpan(0, Count);
        ReadOnlySpan<ushort> place = columns.Place.AsSpan(0, Count);
        int i = 0;
        try
        {
            for (; i < region.Length; i++)
            {
                int bucket = plan.BucketOfDay[day[i]], regionIndex = plan.RegionKey[region[i]], kindIndex = plan.KindKey[kind[i]];
                int projectIndex = plan.ProjectKey[project[i]], placeIndex = plan.PlaceKey[place[i]];
                if ((bucket | regionIndex | kindIndex | projectIndex | placeIndex) < 0)
                {
                    continue;
                }

                ref GroupTotals.Cell cell = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, plan.Compose(regionIndex, placeIndex, projectIndex, bucket, kindIndex), out _);
                cell.Add(columns.Activities[i], columns.ActivityQualifier[i], columns.People[i], columns.PeopleQualifier[i]);
            }
        }
        catch (OverflowException exception)
        {
            throw new OverflowException($"Record #{i} ({Describe(i)}) overflows the 64-bit total of its group.", exception);
        }

        return groups;
    }

    private GroupTotals AccumulateInParts(QueryPlan plan, int parts)
    {
        var partials = new GroupTotals[parts];
        try
        {
            System.Threading.Tasks.Parallel.For(0, parts, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
            {
                partials[part] = AccumulateRange(plan, PartStart(part, parts), PartStart(part + 1, parts));
            });
        }
        catch (AggregateException exception) when (exception.InnerExceptions.Count > 0 && exception.InnerExceptions[0] is OverflowException overflow)
        {
            // The same exception a single thread throws, naming the record, not a wrapper around it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(overflow).Throw();
        }

        try
        {
            for (int part = 1; part < parts; part++)
            {
                partials[0].Add(partials[part]);
            }

            return partials[0];
        }
        catch (OverflowException)
        {
            // Each part fitted but their merge does not: the single-threaded pass names the record that overflows.
            return AccumulateRange(plan, 0, Count);
        }
    }

    /// <summary>Where a part of a parallel scan starts: on a block boundary of the irregular records' list, so that each
    /// part finds its own irregular records directly; the last part ends at the record count.</summary>
    private int PartStart(int part, int parts) =>
        part == parts ? Count : (int)((long)Count * part / parts) & ~(IrregularRecords.BlockRecords - 1);

    private GroupTotals AccumulateRange(QueryPlan plan, int start, int end)
    {
        if (!plan.UsesProject && !plan.UsesPlace)
        {
            IrregularRecords.Snapshot listed = irregular.Through(columns, Count);
            if (IsMostlyPlain(listed) && PeopleCannotOverflow(listed) && TryAccumulatePlain(plan, listed, start, end) is { } plain)
            {
                return plain;
            }
        }

        var totals = new GroupTotals(plan.CellCount);
        int i = start;
        try
        {
            if (plan.UsesProject || plan.UsesPlace)
            {
                AccumulateAll(plan, totals, ref i, end);
            }
            else
            {
                AccumulateCommon(plan, totals, ref i, end);
            }
        }
        catch (OverflowException exception)
        {
            throw new OverflowException($"Record #{i} ({Describe(i)}) overflows the 64-bit total of its group.", exception);
        }

        return totals;
    }

    /// <summary>Whether the list covers records and at most a quarter of them are irregular: beyond that, reading them
    /// twice (once plain, once from their list) costs more than reading every column once.</summary>
    private static bool IsMostlyPlain(IrregularRecords.Snapshot listed) =>
        listed.ListedEnd > 0 && !listed.Abandoned && listed.Words.Length <= listed.ListedEnd / 4;

    /// <summary>Whether no group's people sum can pass 64 bits: every people count is at most the largest one, and a
    /// group holds at most every record.</summary>
    private bool PeopleCannotOverflow(IrregularRecords.Snapshot listed) =>
        listed.LargestPeople == 0 || Count <= long.MaxValue / listed.LargestPeople;

    /// <summary>
    /// The hot loop for the common queries (any of region, time bucket and kind) when most records are plain: every
    /// listed record adds one record and its people to its group (unchecked: <see cref="PeopleCannotOverflow"/>), and
    /// only the irregular ones (not one exactly counted activity with exactly counted people) add their activities and
    /// qualifiers, from their own list; <see cref="GroupTotals.Cell.Settle"/> then credits the plain ones. Records past
    /// the list's last whole block are added by <see cref="AccumulateCommon"/>. Returns null when a sum overflows, so
    /// that the checked loop can name the record.
    /// </summary>
    private GroupTotals? TryAccumulatePlain(QueryPlan plan, IrregularRecords.Snapshot listed, int start, int end)
    {
        var totals = new GroupTotals(plan.CellCount);
        int plainEnd = Math.Min(end, listed.ListedEnd);
        ref byte region = ref MemoryMarshal.GetArrayDataReference(columns.Region);
        ref ushort day = ref MemoryMarshal.GetArrayDataReference(columns.Day);
        ref byte kind = ref MemoryMarshal.GetArrayDataReference(columns.Kind);
        ref long peopleCount = ref MemoryMarshal.GetArrayDataReference(columns.People);
        ref int bucketOfDay = ref MemoryMarshal.GetArrayDataReference(plan.BucketOfDay);
        ref int regionKey = ref MemoryMarshal.GetArrayDataReference(plan.RegionKey);
        ref int kindKey = ref MemoryMarshal.GetArrayDataReference(plan.KindKey);
        GroupTotals.Cell[] cells = totals.Cells;
        ref GroupTotals.Cell firstCell = ref MemoryMarshal.GetArrayDataReference(cells);
        uint cellCount = (uint)cells.Length;
        for (int j = start; j < plainEnd; j++)
        {
            int cell = Unsafe.Add(ref bucketOfDay, Unsafe.Add(ref day, j))
                + Unsafe.Add(ref regionKey, Unsafe.Add(ref region, j))
                + Unsafe.Add(ref kindKey, Unsafe.Add(ref kind, j));

            // A filtered-out key is so negative that any sum holding it stays negative, so one unsigned test both
            // drops it and keeps the write inside the table.
            if ((uint)cell < cellCount)
            {
                Unsafe.Add(ref firstCell, cell).AddPlain(Unsafe.Add(ref peopleCount, j));
            }
        }

        try
        {
            ReadOnlySpan<ulong> irregularRecords = listed.Words;
            int last = listed.FirstAtOrAfter(plainEnd);
            for (int next = listed.FirstAtOrAfter(start); next < last; next++)
            {
                ulong word = irregularRecords[next];
                int cell = plan.BucketOfDay[IrregularRecords.Snapshot.Day(word)] + plan.RegionKey[IrregularRecords.Snapshot.Region(word)] + plan.KindKey[IrregularRecords.Snapshot.Kind(word)];
                if (cell >= 0)
                {
                    cells[cell].AddIrregular(IrregularRecords.Snapshot.Activities(word), IrregularRecords.Snapshot.ActivityQualifier(word), IrregularRecords.Snapshot.PeopleQualifier(word));
                }
            }

            for (int cell = 0; cell < cells.Length; cell++)
            {
                cells[cell].Settle();
            }

            // The records past the last listed block (fewer than a block), each read whole.
            int i = Math.Max(start, plainEnd);
            AccumulateCommon(plan, totals, ref i, end);
        }
        catch (OverflowException)
        {
            return null;
        }

        return totals;
    }

    /// <summary>
    /// The loop for the common queries (any of region, time bucket and kind) where <see cref="TryAccumulatePlain"/> does
    /// not apply (many irregular records, people that could overflow unchecked, or an overflow to name): reads seven
    /// columns and adds into one cell per record. Lookup tables are read without bounds checks because the builder guarantees every stored key is
    /// inside them (a region index below the regions since 1995, a kind-set index below the ledger's kind sets, a day no later than the snapshot's last day, which the plan's day table reaches); the write into the group cells keeps its check.
    /// </summary>
    private void AccumulateCommon(QueryPlan plan, GroupTotals totals, ref int i, int count)
    {
        ref byte region = ref MemoryMarshal.GetArrayDataReference(columns.Region);
        ref ushort day = ref MemoryMarshal.GetArrayDataReference(columns.Day);
        ref byte kind = ref MemoryMarshal.GetArrayDataReference(columns.Kind);
        ref long activityCount = ref MemoryMarshal.GetArrayDataReference(columns.Activities);
        ref byte activityQualifier = ref MemoryMarshal.GetArrayDataReference(columns.ActivityQualifier);
        ref long peopleCount = ref MemoryMarshal.GetArrayDataReference(columns.People);
        ref byte peopleQualifier = ref MemoryMarshal.GetArrayDataReference(columns.PeopleQualifier);
        ref int bucketOfDay = ref MemoryMarshal.GetArrayDataReference(plan.BucketOfDay);
        ref int regionKey = ref MemoryMarshal.GetArrayDataReference(plan.RegionKey);
        ref int kindKey = ref MemoryMarshal.GetArrayDataReference(plan.KindKey);
        GroupTotals.Cell[] cells = totals.Cells;

        // Two passes per block: first every record's group (independent loads that pipeline well), then the additions,
        // whose addresses are then known early instead of waiting on the day → bucket lookup chain.
        const int BlockSize = 512;
        Span<int> block = stackalloc int[BlockSize];
        for (int start = i; start < count; start += BlockSize)
        {
            int end = Math.Min(start + BlockSize, count);
            for (int j = start; j < end; j++)
            {
                block[j - start] = Unsafe.Add(ref bucketOfDay, Unsafe.Add(ref day, j))
                    + Unsafe.Add(ref regionKey, Unsafe.Add(ref region, j))
                    + Unsafe.Add(ref kindKey, Unsafe.Add(ref kind, j));
            }

            for (i = start; i < end; i++)
            {
                int cell = block[i - start];

                // A filtered-out key is so negative that any sum holding it stays negative.
                if (cell < 0)
                {
                    continue;
                }

                cells[cell].Add(Unsafe.Add(ref activityCount, i), Unsafe.Add(ref activityQualifier, i), Unsafe.Add(ref peopleCount, i), Unsafe.Add(ref peopleQualifier, i));
            }
        }

        i = count;
    }

    /// <summary>The loop for queries by project or place: as <see cref="AccumulateCommon"/>, with bounds-checked reads throughout.</summary>
    private void AccumulateAll(QueryPlan plan, GroupTotals totals, ref int i, int end)
    {
        ReadOnlySpan<byte> region = columns.Region.AsSpan(0, Count);
        ReadOnlySpan<ushort> day = columns.Day.AsSpan(0, Count);
        ReadOnlySpan<byte> kind = columns.Kind.AsSpan(0, Count);
        ReadOnlySpan<ushort> project = columns.Project.AsSpan(0, Count);
        ReadOnlySpan<ushort> place = columns.Place.AsSpan(0, Count);
        ReadOnlySpan<long> activityCount = columns.Activities.AsSpan(0, Count);
        ReadOnlySpan<byte> activityQualifier = columns.ActivityQualifier.AsSpan(0, Count);
        ReadOnlySpan<long> peopleCount = columns.People.AsSpan(0, Count);
        ReadOnlySpan<byte> peopleQualifier = columns.PeopleQualifier.AsSpan(0, Count);
        ReadOnlySpan<int> bucketOfDay = plan.BucketOfDay;
        ReadOnlySpan<int> regionKey = plan.RegionKey;
        ReadOnlySpan<int> kindKey = plan.KindKey;
        ReadOnlySpan<int> projectKey = plan.ProjectKey;
        ReadOnlySpan<int> placeKey = plan.PlaceKey;
        Span<GroupTotals.Cell> cells = totals.Cells;
        for (; i < end; i++)
        {
            int cell = bucketOfDay[day[i]] + regionKey[region[i]] + kindKey[kind[i]] + projectKey[project[i]] + placeKey[place[i]];
            if (cell < 0)
            {
                continue;
            }

            cells[cell].Add(activityCount[i], activityQualifier[i], peopleCount[i], peopleQualifier[i]);
        }
    }

    private string Describe(int index)
    {
        if (index < 0 || index >= Count)
        {
            return "unknown";
        }

        Region region = Region.AllSince1995[columns.Region[index]];
        return $"{region.Code} {LocalDatePattern.Iso.Format(LedgerCalendar.FromDay(columns.Day[index]))} {kindSets[columns.Kind[index]]} activities {columns.Activities[index]}";
    }
}
