using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Aggregation;
using Kz.Assembly.Domain.EntityFrameworkCore.Aggregation;
using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.EntityFrameworkCore.Tests.Support;
using Kz.Assembly.Domain.Metrics;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tests.Aggregation;

/// <summary>
/// The database answers the common questions as the in-memory ledger does, group for group, on 100 000 random
/// activities (unknown and qualified attendance included), and it answers them in SQL.
/// </summary>
[Collection(DatabaseTests.Name)]
public sealed class DatabaseAggregationTests(PostgresCluster cluster) : IAsyncLifetime
{
    private const int Activities = 100_000;

    // xunit makes an instance per test: the 100 000 activities are generated and imported once per run.
    private static readonly System.Threading.SemaphoreSlim Once = new(1, 1);
    private static (TestDatabase Database, ParticipationLedger Ledger)? imported;

    private TestDatabase database = null!;
    private ParticipationLedger ledger = ParticipationLedger.Empty;

    public async Task InitializeAsync()
    {
        if (cluster.Unavailable is not null)
        {
            return;
        }

        await Once.WaitAsync();
        try
        {
            imported ??= await ImportAsync(cluster);
        }
        finally
        {
            Once.Release();
        }

        (database, ledger) = imported.Value;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<(TestDatabase, ParticipationLedger)> ImportAsync(PostgresCluster cluster)
    {
        AssemblyDataSet data = RandomActivities.DataSet(Activities, seed: 2025);
        var builder = new ParticipationLedgerBuilder();
        foreach (AssemblyActivity activity in data.Activities)
        {
            builder.Append(activity);
        }

        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        await using AssemblyDbContext context = database.Context();
        await context.ImportDataSetAsync(data);
        return (database, builder.ToLedger());
    }

    [SkippableFact]
    public async Task By_region_month_and_kind_the_database_equals_the_ledger()
    {
        await using AssemblyDbContext context = Database().Context();
        DatabaseAggregate[] rows = await context.Activities.ByRegionMonthKind().ToArrayAsync();

        AggregateTable expected = ledger.Aggregate(AggregationQuery.By(Dimensions.Region | Dimensions.Kind, PeriodBucket.Month));
        Assert.Equal(
            Keyed(expected, r => $"{r.Region!.Code} {r.Period!.Start.Year}-{r.Period.Start.Month} {r.Kind}"),
            Keyed(rows, r => $"{r.Region!.Code} {r.Year}-{r.Month} {r.Kind}"));
        Assert.Equal(Activities, rows.Sum(r => r.Records));
    }

    [SkippableFact]
    public async Task Year_to_date_by_region_and_kind_the_database_equals_the_ledger()
    {
        // 29 February: in common years the days up to 28 February count.
        var asOf = new LocalDate(2024, 2, 29);
        await using AssemblyDbContext context = Database().Context();
        DatabaseAggregate[] rows = await context.Activities.YearToDateByRegionKind(asOf).ToArrayAsync();

        AggregateTable expected = ledger.Aggregate(AggregationQuery.ByYearToDate(Dimensions.Region | Dimensions.Kind, asOf));
        Assert.Equal(
            Keyed(expected, r => $"{r.Region!.Code} {r.Period!.Start.Year} {r.Kind}"),
            Keyed(rows, r => $"{r.Region!.Code} {r.Year} {r.Kind}"));
    }

    [SkippableFact]
    public async Task By_project_and_kind_the_database_equals_the_ledger()
    {
        await using AssemblyDbContext context = Database().Context();
        DatabaseAggregate[] rows = await context.Activities.ByProjectKind().ToArrayAsync();

        AggregateTable expected = ledger.Aggregate(AggregationQuery.By(Dimensions.Project | Dimensions.Kind));
        Assert.Equal(
            Keyed(expected, r => $"{r.Project?.Id.ToString() ?? "none"} {r.Kind}"),
            Keyed(rows, r => $"{r.Project?.ToString() ?? "none"} {r.Kind}"));
    }

    [SkippableFact]
    public async Task A_filtered_question_is_answered_too()
    {
        await using AssemblyDbContext context = Database().Context();
        var from = new LocalDate(2024, 1, 1);
        var to = new LocalDate(2024, 12, 31);
        DatabaseAggregate[] rows = await context.Activities
            .Where(a => a.Date >= from && a.Date <= to && a.Kind == AssemblyActivityKind.CharityAction)
            .ByRegionMonthKind()
            .ToArrayAsync();

        AggregateTable expected = ledger.Aggregate(AggregationQuery.By(Dimensions.Region | Dimensions.Kind, PeriodBucket.Month)
            .Within(Periods.ReportingPeriod.CalendarYear(2024))
            .OnlyKinds(AssemblyActivityKind.CharityAction));
        Assert.Equal(expected.Count, rows.Length);
        Assert.Equal(expected.Sum(r => r.Activities.Value), rows.Sum(r => r.Records));
    }

    [SkippableFact]
    public void The_question_is_one_GROUP_BY_that_runs_in_PostgreSQL()
    {
        using AssemblyDbContext context = Database().Context();
        string sql = context.Activities.ByRegionMonthKind().ToQueryString();

        Assert.True(Occurrences(sql, "GROUP BY") == 1, sql);
        Assert.Contains("sum(", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("count(", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max(", sql, StringComparison.OrdinalIgnoreCase);
        Assert.True(Occurrences(sql, "FROM activities") == 1, sql);
        Assert.DoesNotContain("ORDER BY", sql, StringComparison.Ordinal);
    }

    private TestDatabase Database()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        return database;
    }

    private static SortedDictionary<string, string> Keyed(AggregateTable table, Func<AggregateRow, string> key) =>
        new(table.ToArray().ToDictionary(key, r => Figures(r.Activities.Value, r.PeopleReached)), StringComparer.Ordinal);

    private static SortedDictionary<string, string> Keyed(IEnumerable<DatabaseAggregate> rows, Func<DatabaseAggregate, string> key) =>
        new(rows.ToDictionary(key, r => Figures(r.Records, r.PeopleReached)), StringComparer.Ordinal);

    private static string Figures(long activities, QualifiedCount? people) => $"{activities} activities, {people?.ToString() ?? "unknown"} people";

    private static int Occurrences(string text, string word) =>
        (text.Length - text.Replace(word, string.Empty, StringComparison.Ordinal).Length) / word.Length;
}
