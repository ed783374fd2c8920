using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Kz.Assembly.Domain.Benchmarks;

/// <summary>
/// The package promises aggregation at least 10× faster than LINQ, and a question answered from the rollups in at most
/// a tenth of the time a plain read of every record takes. CI runs this guard: the aggregation benchmark at 1 M
/// records with a short job, the baselines and ours in the same run, and fails on the ratios (not on times), so a
/// noisy machine slows both sides alike.
/// </summary>
internal static class AggregationGuard
{
    public const string Argument = "--guard-aggregation";

    private const double RequiredSpeedUp = 10.0;

    private const double RequiredRollupSpeedUp = 10.0;

    public static int Run(string artifacts)
    {
        // ParamsSource reads the size in the host and in the benchmark's child process, which inherits it.
        Environment.SetEnvironmentVariable("KZ_BENCH_RECORDS", "1000000");
        IConfig config = DefaultConfig.Instance
            .AddJob(Job.ShortRun)
            .AddFilter(new NameFilter(name => name is nameof(AggregationBenchmarks.LinqGroupBy) or nameof(AggregationBenchmarks.LedgerAggregate)
                or nameof(AggregationBenchmarks.StreamingReadFloor) or nameof(AggregationBenchmarks.RollupQuery)))
            .WithArtifactsPath(artifacts);
        Summary summary = BenchmarkRunner.Run<AggregationBenchmarks>(config);

        double? linq = MeanOf(summary, nameof(AggregationBenchmarks.LinqGroupBy));
        double? ledger = MeanOf(summary, nameof(AggregationBenchmarks.LedgerAggregate));
        double? floor = MeanOf(summary, nameof(AggregationBenchmarks.StreamingReadFloor));
        double? rollup = MeanOf(summary, nameof(AggregationBenchmarks.RollupQuery));
        if (linq is not { } baseline || ledger is not { } ours || ours <= 0 || floor is not { } read || rollup is not { } rolled || rolled <= 0)
        {
            Console.WriteLine("aggregation guard: FAILED, a benchmark produced no result");
            return 1;
        }

        double speedUp = baseline / ours;
        bool passed = speedUp >= RequiredSpeedUp;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"aggregation guard at 1 000 000 records: LINQ {baseline / 1e6:F2} ms, ledger {ours / 1e6:F2} ms, {speedUp:F1}x faster (required {RequiredSpeedUp:F0}x): {(passed ? "passed" : "FAILED")}"));
        double rollupSpeedUp = read / rolled;
        bool rollupPassed = rollupSpeedUp >= RequiredRollupSpeedUp;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"rollup guard at 1 000 000 records: streaming read {read / 1e6:F3} ms, rollup query {rolled / 1e6:F3} ms, {rollupSpeedUp:F1}x faster (required {RequiredRollupSpeedUp:F0}x): {(rollupPassed ? "passed" : "FAILED")}"));
        return passed && rollupPassed ? 0 : 1;
    }

    private static double? MeanOf(Summary summary, string method) =>
        summary.Reports
            .Where(report => report.BenchmarkCase.Descriptor.WorkloadMethod.Name == method && report.ResultStatistics is not null)
            .Select(report => (double?)report.ResultStatistics!.Mean)
            .FirstOrDefault();
}
