using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Aggregation;
using Kz.Assembly.Domain.EntityFrameworkCore;
using Kz.Assembly.Domain.EntityFrameworkCore.Aggregation;
using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.EntityFrameworkCore.Tables;
using Kz.Assembly.Domain.EntityFrameworkCore.Tests.Support;
using Kz.Assembly.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kz.Assembly.Domain.Benchmarks;

/// <summary>
/// "Activities and people reached per region per month per kind" answered by PostgreSQL (one GROUP BY through EF
/// Core, over the table and its covering index, on a throw-away local cluster with the tests' settings) against the
/// in-memory ledger over the same activities, and the same question (and the national overview) answered from the
/// rollups. Few iterations: one database answer over 10 M rows takes seconds.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class DatabaseAggregationBenchmarks
{
    private static readonly AggregationQuery Query = AggregationQuery.By(Dimensions.Region | Dimensions.Kind, PeriodBucket.Month);
    private static readonly Geography.Region Turkistan = Geography.Region.FromCode("KZ-61");

    private PostgresCluster? cluster;
    private DbContextOptions<AssemblyDbContext> options = null!;
    private ParticipationLedger ledger = ParticipationLedger.Empty;

    /// <summary>1 M and 10 M activities; KZ_BENCH_RECORDS overrides for the CI dry run.</summary>
    public static IEnumerable<int> RecordCounts => BenchmarkSizes.FromEnvironment([1_000_000, 10_000_000]);

    [ParamsSource(nameof(RecordCounts))]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        try
        {
            SetupAsync().GetAwaiter().GetResult();
        }
        catch
        {
            cluster?.Dispose();
            throw;
        }
    }

    [GlobalCleanup]
    public void Cleanup() => cluster?.Dispose();

    [Benchmark(Baseline = true)]
    public int Ledger() => ledger.Aggregate(Query).Count;

    [Benchmark]
    public int DatabaseGroupBy()
    {
        using var context = new AssemblyDbContext(options);
        return context.Activities.ByRegionMonthKind().ToList().Count;
    }

    /// <summary>One region's months and kinds, as a regional assembly asks: an index-only scan of its rows.</summary>
    [Benchmark]
    public int DatabaseGroupByOneRegion()
    {
        using var context = new AssemblyDbContext(options);
        return context.Activities.Where(a => a.Region == Turkistan).ByRegionMonthKind().ToList().Count;
    }

    /// <summary>The same question of the ledger.</summary>
    [Benchmark]
    public int LedgerOneRegion() => ledger.Aggregate(Query.OnlyRegions(Turkistan)).Count;

    /// <summary>The question of <see cref="DatabaseGroupBy"/> answered from the month rollup the triggers keep.</summary>
    [Benchmark]
    public int DatabaseRollup()
    {
        using var context = new AssemblyDbContext(options);
        return context.RollupByRegionMonthKindAsync().GetAwaiter().GetResult().Count;
    }

    /// <summary>
    /// The floor under <see cref="DatabaseRollup"/>: the same stored rows read with a bare data reader in the table's
    /// key order, nothing built from them, so the cost of moving 10 080 rows from PostgreSQL shows on its own.
    /// </summary>
    [Benchmark]
    public long RollupRowsReadFloor()
    {
        using var context = new AssemblyDbContext(options);
        context.Database.OpenConnection();
        using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT region, month, kind, activities, participants, unknown_attendance FROM activity_month_rollups ORDER BY month, region, kind";
        using var reader = command.ExecuteReader();
        long read = 0;
        while (reader.Read())
        {
            read += reader.GetString(0).Length + reader.GetInt32(1) + reader.GetInt32(2) + reader.GetInt64(3) + reader.GetInt64(4) + reader.GetInt64(5);
        }

        return read;
    }

    /// <summary>The national overview for a year to date: every region's activities per kind and people reached by
    /// the data set's rule, from the day rollup.</summary>
    [Benchmark]
    public int DatabaseTotalsByRegion()
    {
        using var context = new AssemblyDbContext(options);
        return context.TotalsByRegionAsync(Periods.ReportingPeriod.YearToDate(new NodaTime.LocalDate(2025, 4, 24))).GetAwaiter().GetResult().Length;
    }

    private async Task SetupAsync()
    {
        cluster = new PostgresCluster();
        if (cluster.Unavailable is not null)
        {
            throw new InvalidOperationException(cluster.Unavailable);
        }

        options = new DbContextOptionsBuilder<AssemblyDbContext>()
            .UseNpgsql(cluster.CreateDatabase(), npgsql => npgsql.UseNodaTime().CommandTimeout(600))
            .Options;
        List<AssemblyActivity> activities = SyntheticNationalData.Activities(Records);
        var builder = new ParticipationLedgerBuilder();
        foreach (AssemblyActivity activity in activities)
        {
            builder.Append(activity);
        }

        ledger = builder.ToLedger();
        await using var context = new AssemblyDbContext(options);
        await context.Database.MigrateAsync();
        await AddBodiesAndProjects(context, activities);
        var connection = (NpgsqlConnection)context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync();
        await ActivityCopy.WriteAsync(context, connection, activities.Select(Row), default);
        foreach (string table in new[] { "activities", "activity_month_rollups", "activity_day_rollups" })
        {
            // One statement per command: VACUUM cannot run in a batch.
            await using var analyze = new NpgsqlCommand($"VACUUM ANALYZE {table}", connection);
            await analyze.ExecuteNonQueryAsync();
        }
    }

    private static async Task AddBodiesAndProjects(AssemblyDbContext context, List<AssemblyActivity> activities)
    {
        AssemblyDataSetBuilder facts = new();
        foreach (Bodies.AssemblyBody body in activities.Select(a => a.Organiser).DistinctBy(b => b.Id))
        {
            facts.Add(body);
        }

        foreach (SocialProject project in activities.Select(a => a.Project).OfType<SocialProject>().DistinctBy(p => p.Id))
        {
            facts.Add(project);
        }

        context.AddDataSet(facts.Build());
        await context.SaveChangesAsync();
    }

    private static ActivityRow Row(AssemblyActivity activity, int index) => new()
    {
        Id = Identity.Id<AssemblyActivity>.Parse($"a-{index}", null),
        OrganiserId = activity.Organiser.Id,
        Kind = activity.Kind,
        Date = activity.Date,
        Region = activity.Place.Region,
        PlaceKind = activity.Place.Kind,
        PlaceNameKk = activity.Place.Kind == Geography.PlaceKind.Region ? null : activity.Place.Name.Kazakh,
        PlaceNameRu = activity.Place.Kind == Geography.PlaceKind.Region ? null : activity.Place.Name.Russian,
        PlaceNameEn = activity.Place.Kind == Geography.PlaceKind.Region ? null : activity.Place.Name.English,
        Participants = activity.Participants?.Value,
        ParticipantsQualifier = activity.Participants?.Qualifier,
        ProjectId = activity.Project?.Id,
    };
}
