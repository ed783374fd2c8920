using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Aggregation;

namespace Kz.Assembly.Domain.Benchmarks;

/// <summary>Building the ledger from activities, against copying the same references into a list (the floor of touching every object).</summary>
[MemoryDiagnoser]
public class LedgerBuildBenchmarks
{
    private List<AssemblyActivity> activities = [];

    /// <summary>10 M records; CI sets KZ_BENCH_RECORDS to a small size.</summary>
    public static IEnumerable<int> RecordCounts => BenchmarkSizes.FromEnvironment([10_000_000]);

    [ParamsSource(nameof(RecordCounts))]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup() => activities = SyntheticNationalData.Activities(Records);

    [Benchmark(Baseline = true)]
    public int CopyToList() => new List<AssemblyActivity>(activities).Count;

    [Benchmark]
    public int BuildLedger()
    {
        var builder = new ParticipationLedgerBuilder();
        foreach (AssemblyActivity activity in activities)
        {
            builder.Append(activity);
        }

        return builder.ToLedger().Count;
    }
}
