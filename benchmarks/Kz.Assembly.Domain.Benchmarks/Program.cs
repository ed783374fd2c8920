using System;
using System.IO;
using BenchmarkDotNet.Running;
using Kz.Assembly.Domain.Benchmarks;

// Run one class: dotnet run -c Release --project benchmarks/Kz.Assembly.Domain.Benchmarks -- --filter '*LocalizationBenchmarks*'
// CI runs a dry job of every class, and the aggregation guard (see AggregationGuard and .ci/run); full runs are done
// by hand and recorded in docs/benchmarks.md.
if (args.Length > 0 && args[0] == AggregationGuard.Argument)
{
    string artifacts = args.Length > 1 ? args[1] : Path.Combine(Environment.CurrentDirectory, "BenchmarkDotNet.Artifacts");
    return AggregationGuard.Run(artifacts);
}

if (args.Length > 0 && args[0] == LoadTest.Argument)
{
    return LoadTest.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
