using BenchmarkDotNet.Running;

// Run one class: dotnet run -c Release --project benchmarks/Kz.Assembly.Domain.Benchmarks -- --filter '*LocalizationBenchmarks*'
// CI runs a dry job only (see .ci/run); full runs are done by hand and recorded in docs/benchmarks.md.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
