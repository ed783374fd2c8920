using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Aggregation;
using Kz.Assembly.Domain.Metrics;

namespace Kz.Assembly.Domain.Benchmarks;

/// <summary>
/// "Activities and people reached per region per month per kind": LINQ GroupBy over domain objects (what a team would
/// write without the ledger), a plain streaming read of the ledger's columns (the floor), the ledger's scan of every
/// record (on one thread and on two), and the same question answered from the rollups the builder keeps
/// (<see cref="RollupAllMonths"/>: 10 080 groups, so its cost is the answer's). <see cref="RollupQuery"/> is the
/// dashboard's overview question, per region and kind for one quarter, and <see cref="RollupYearToDate"/> the same
/// per year to the 24th of April (a cut month read from the daily totals).
/// </summary>
[MemoryDiagnoser]
public class AggregationBenchmarks
{
    private static readonly AggregationQuery Query = AggregationQuery.By(Dimensions.Region | Dimensions.Kind, PeriodBucket.Month);

    private static readonly AggregationQuery QuarterQuery = AggregationQuery.By(Dimensions.Region | Dimensions.Kind).Within(Periods.ReportingPeriod.Quarter(2025, 1));

    private static readonly AggregationQuery YearToDateQuery = AggregationQuery.ByYearToDate(Dimensions.Region | Dimensions.Kind, new NodaTime.LocalDate(2025, 4, 24));

    private List<AssemblyActivity> activities = [];
    private ParticipationLedger ledger = ParticipationLedger.Empty;

    /// <summary>10 k, 1 M and 10 M records; CI sets KZ_BENCH_RECORDS (for example "10000") to prove the benchmarks run without spending minutes.</summary>
    public static IEnumerable<int> RecordCounts => BenchmarkSizes.FromEnvironment([10_000, 1_000_000, 10_000_000]);

    [ParamsSource(nameof(RecordCounts))]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        activities = SyntheticNationalData.Activities(Records);
        var builder = new ParticipationLedgerBuilder();
        foreach (AssemblyActivity activity in activities)
        {
            builder.Append(activity);
        }

        ledger = builder.ToLedger();
    }

    [Benchmark(Baseline = true)]
    public int LinqGroupBy() => activities
        .GroupBy(a => (a.Place.Region, a.Date.Year, a.Date.Month, a.Kind))
        .Select(g => (g.Key, Count: g.Count(), People: QualifiedCount.Sum(g.Where(a => a.Participants is not null).Select(a => a.Participants!.Value))))
        .Count();

    [Benchmark]
    public long StreamingReadFloor() => ledger.Scan().Activities;

    [Benchmark]
    public int LedgerAggregate() => ledger.AggregateByScan(Query).Count;

    [Benchmark]
    public int LedgerAggregateTwoThreads() => ledger.AggregateByScan(Query, maxDegreeOfParallelism: 2).Count;

    [Benchmark]
    public int RollupQuery() => ledger.Aggregate(QuarterQuery).Count;

    [Benchmark]
    public int RollupAllMonths() => ledger.Aggregate(Query).Count;

    [Benchmark]
    public int RollupYearToDate() => ledger.Aggregate(YearToDateQuery).Count;
}
