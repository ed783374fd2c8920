using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Data.Common;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.EntityFrameworkCore.Tables;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;
using Npgsql;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Aggregation;

/// <summary>
/// The dashboard's questions answered from the rollups PostgreSQL keeps beside <c>activities</c> (see
/// docs/persistence.md): the cost is the size of the answer and of the period asked about, not of the history. The
/// rollups are kept by triggers in the same transaction as every write to <c>activities</c>, so they are exact
/// whenever the activities are; for filters they do not cover (places, projects), group the activities themselves
/// with <see cref="DatabaseAggregates"/>.
/// </summary>
public static class DatabaseRollups
{
    /// <summary>
    /// Activities and people reached by region, month and kind, as <see cref="DatabaseAggregates.ByRegionMonthKind"/>
    /// gives them over the activities in the period, read from the month rollup (and, for a month the period cuts,
    /// from the day rollup).
    /// </summary>
    /// <param name="context">A context that maps the library's tables, migrated.</param>
    /// <param name="within">The period to count, or null for all.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>One row per region, month and kind that has activities, ordered by region, year, month and kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public static async Task<IReadOnlyList<DatabaseAggregate>> RollupByRegionMonthKindAsync(this DbContext context, ReportingPeriod? within = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        LocalDate start = within?.Start ?? new LocalDate(DomainCalendar.MinYear, 1, 1);
        LocalDate end = within?.End ?? new LocalDate(DomainCalendar.MaxYear, 12, 31);

        // Whole months come from the month rollup as stored (one row per key, no grouping); the days of a month the
        // period cuts from the day rollup, two index ranges that are empty when the period starts and ends on a
        // month's edges.
        int firstWhole = MonthIndex(start) + (start.Day == 1 ? 0 : 1);
        int lastWhole = MonthIndex(end) - (end.Day == end.Calendar.GetDaysInMonth(end.Year, end.Month) ? 0 : 1);
        LocalDate wholeStart = FirstDayOfMonth(firstWhole), wholeEnd = FirstDayOfMonth(lastWhole + 1).PlusDays(-1);
        LocalDate beforeWhole = LocalDate.Min(wholeStart.PlusDays(-1), end), afterWhole = LocalDate.Max(wholeEnd.PlusDays(1), start);
        string months = $"SELECT region, month, kind, {ActivityRollupSql.Measures} FROM activity_month_rollups WHERE month BETWEEN @firstWhole AND @lastWhole";
        string sql = start <= beforeWhole || (afterWhole <= end && afterWhole > beforeWhole)
            ? $"""
                SELECT region, month, kind, {Folded} FROM (
                    SELECT region, month, kind, {SumsOfMeasures} FROM (
                        {months}
                        UNION ALL
                        SELECT region, {ActivityRollupSql.MonthOfDate.Replace("date", "day", StringComparison.Ordinal)}, kind, {ActivityRollupSql.Measures}
                        FROM activity_day_rollups WHERE day BETWEEN @start AND @beforeWhole OR (day BETWEEN @afterWhole AND @end AND day > @beforeWhole)
                    ) t
                    GROUP BY region, month, kind
                ) g
                ORDER BY month, region, kind
                """

            // Only a period that cuts a month reads days at all; whole months are read as stored, one row per key, in
            // the primary key's order (an index scan: sorting 10 080 rows by region's text took two thirds of the
            // query's time in PostgreSQL), and put in region order here, one list per region.
            : $"SELECT region, month, kind, {Folded} FROM ({months}) m ORDER BY month, region, kind";
        var regions = new SortedDictionary<string, (Region Region, List<DatabaseAggregate> Rows)>(StringComparer.Ordinal);
        await QueryAsync(
            context,
            sql,
            [
                new("firstWhole", firstWhole), new("lastWhole", lastWhole), new("start", start), new("end", end),
                new("beforeWhole", beforeWhole), new("afterWhole", afterWhole),
            ],
            reader =>
            {
                string code = reader.GetString(0);
                if (!regions.TryGetValue(code, out var region))
                {
                    regions.Add(code, region = (Region.FromCode(code), []));
                }

                int month = reader.GetInt32(1);
                Measures measures = Measures.Read(reader, 3);
                region.Rows.Add(new DatabaseAggregate(region.Region, month / 12, (month % 12) + 1, (AssemblyActivityKind)reader.GetInt32(2), null, null, measures.Activities, measures.People));
            },
            cancellationToken).ConfigureAwait(false);
        var rows = new List<DatabaseAggregate>(regions.Values.Sum(region => region.Rows.Count));
        foreach ((Region _, List<DatabaseAggregate> regionRows) in regions.Values)
        {
            rows.AddRange(regionRows);
        }

        return rows;
    }

    /// <summary>
    /// Every region's figures for a period as <see cref="AssemblyDataSet.TotalsByRegion"/> gives them for the same
    /// facts: each regional body's summaries within the period and its activities on the days no summary of theirs
    /// covers, the activities read from the day rollup (one row per body, day and kind), never row by row.
    /// </summary>
    /// <param name="context">A context that maps the library's tables, migrated.</param>
    /// <param name="period">The period.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>One row per region with a body, ordered by region code.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StoredFactException">A stored summary breaks a rule.</exception>
    /// <exception cref="OverflowException">A sum exceeds 64 bits.</exception>
    public static async Task<ImmutableArray<RegionTotals>> TotalsByRegionAsync(this DbContext context, ReportingPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(period);
        LocalDate start = period.Start, end = period.End;
        TableRows rows = await StoredRows.WhereAsync(
            context,
            new RowFilter().Where(BodyRow.Stored, b => b.Region != null).Where(SummaryRow.Stored, s => s.Period.Start >= start && s.Period.End <= end),
            cancellationToken).ConfigureAwait(false);
        AssemblyDataSet summaries = DataSetDbContextExtensions.Build(rows);

        var days = new Dictionary<string, List<DayTally>>(StringComparer.Ordinal);
        string sql = $"""
            SELECT organiser_id, day, kind, {Folded} FROM (
                SELECT organiser_id, day, kind, {SumsOfMeasures} FROM activity_day_rollups
                WHERE day BETWEEN @start AND @end GROUP BY organiser_id, day, kind
            ) g
            """;
        await QueryAsync(
            context,
            sql,
            [new("start", start), new("end", end)],
            reader =>
            {
                Measures measures = Measures.Read(reader, 3);
                if (!days.TryGetValue(reader.GetString(0), out List<DayTally>? list))
                {
                    days.Add(reader.GetString(0), list = []);
                }

                list.Add(new DayTally(reader.GetFieldValue<LocalDate>(1), (AssemblyActivityKind)reader.GetInt32(2), measures.Activities, measures.KnownParticipants, measures.UnknownAttendance));
            },
            cancellationToken).ConfigureAwait(false);

        return [.. summaries.Bodies
            .Where(body => body.Region is not null)
            .GroupBy(body => body.Region!)
            .OrderBy(region => region.Key.Code, StringComparer.Ordinal)
            .Select(region => RegionTotals.Of(region.Key, period, region.Select(body => new PeriodQuery(
                period,
                summaries.SummariesOf(body),
                days.TryGetValue(body.Id.ToString(), out List<DayTally>? tallies) ? [.. tallies] : ImmutableArray<DayTally>.Empty))))];
    }

    // Cast back to bigint: sum(bigint) is numeric in PostgreSQL, slower to read and to unite with stored rows.
    private const string SumsOfMeasures = """
        sum(activities)::bigint AS activities, sum(participants)::bigint AS participants, sum(unknown_attendance)::bigint AS unknown_attendance,
        sum(exact)::bigint AS exact, sum(about)::bigint AS about, sum(more_than)::bigint AS more_than, sum(at_least)::bigint AS at_least, sum(up_to)::bigint AS up_to
        """;

    /// <summary>What a reader needs of the measures: the sums, and which qualifiers occur as one bit each (bit
    /// <c>q</c> for <see cref="CountQualifier"/> <c>q</c>), so five counts travel as one small integer. (PostgreSQL gives
    /// <c>|</c> and <c>&lt;&lt;</c> one precedence, left to right: each shift needs its parentheses.)</summary>
    private const string Folded = """
        activities, participants, unknown_attendance,
        ((exact > 0)::integer | ((about > 0)::integer << 1) | ((more_than > 0)::integer << 2) | ((at_least > 0)::integer << 3) | ((up_to > 0)::integer << 4)) AS qualifiers
        """;

    private static int MonthIndex(LocalDate date) => (date.Year * 12) + date.Month - 1;

    private static LocalDate FirstDayOfMonth(int month) => new(Math.Clamp(month / 12, 1, 9999), (month % 12) + 1, 1);

    /// <summary>Runs one query on the context's connection (and its transaction, if one is open) and reads each row.</summary>
    private static async Task QueryAsync(DbContext context, string sql, NpgsqlParameter[] parameters, Action<DbDataReader> read, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using DbCommand command = context.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
            command.Parameters.AddRange(parameters);
            await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                read(reader);
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>A rollup row's measures: the sums and the qualifiers that occur, folded back into figures.</summary>
    private readonly record struct Measures(long Activities, long Participants, long UnknownAttendance, byte Qualifiers)
    {
        /// <summary>The known attendance, its qualifier combined from the qualifiers that occur; null when none is known.</summary>
        internal QualifiedCount? KnownParticipants =>
            Activities == UnknownAttendance ? null : QualifiedCount.Create(Participants, Kz.Assembly.Domain.Aggregation.GroupTotals.Qualifier(Qualifiers));

        /// <summary>The people reached as the activities' GROUP BY folds them: "at least" the known sum when some is unknown.</summary>
        internal QualifiedCount? People => QualifierTotals.Fold(new GroupTotals<int>
        {
            Key = 0,
            Records = Activities,
            KnownSum = Participants,
            Unknown = checked((int)UnknownAttendance),
            AnyAbout = Has(CountQualifier.About),
            AnyMoreThan = Has(CountQualifier.MoreThan),
            AnyAtLeast = Has(CountQualifier.AtLeast),
            AnyUpTo = Has(CountQualifier.UpTo),
        });

        internal static Measures Read(DbDataReader reader, int first) =>
            new(reader.GetInt64(first), reader.GetInt64(first + 1), reader.GetInt64(first + 2), (byte)reader.GetInt32(first + 3));

        private int Has(CountQualifier qualifier) => (Qualifiers >> (int)qualifier) & 1;
    }
}
