using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// Usage: dotnet run -c Release --project benchmarks/Kz.Assembly.Domain.AnalyzerCost -- <Kz.Assembly.Domain.Analyzers.dll> [--runs 5] <source folder>...
// Each folder's .cs files (bin/ and obj/ left out) are one compilation that also references the library, so every
// rule registers its callbacks as in a consumer; the rules run one at a time (not concurrently, so that one rule's
// time is not another's wait) with the compiler's execution-time telemetry.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: <analyzers.dll> [--runs N] <source folder>...");
    return 2;
}

string analyzerPath = Path.GetFullPath(args[0]);
int runs = 5;
var folders = new List<string>();
for (int i = 1; i < args.Length; i++)
{
    if (args[i] == "--runs")
    {
        runs = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
    }
    else
    {
        folders.Add(args[i]);
    }
}

ImmutableArray<DiagnosticAnalyzer> analyzers = [.. Assembly.LoadFrom(analyzerPath).GetTypes()
    .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
    .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
    .OrderBy(a => a.GetType().Name, StringComparer.Ordinal)];

MetadataReference[] references =
[
    .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p)),
    MetadataReference.CreateFromFile(typeof(Kz.Assembly.Domain.AssemblyDataSet).Assembly.Location),
    MetadataReference.CreateFromFile(typeof(NodaTime.LocalDate).Assembly.Location),
];
var parse = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: ["NET", "NETCOREAPP", "NET8_0_OR_GREATER"]);
List<CSharpCompilation> compilations = [.. folders.Select(folder => CSharpCompilation.Create(
    Path.GetFileName(Path.GetFullPath(folder).TrimEnd('/')),
    Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
        .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
        .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, f)),
    references,
    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true)))];
Console.WriteLine($"{analyzers.Length} analyzers from {analyzerPath}");
Console.WriteLine($"{compilations.Sum(c => c.SyntaxTrees.Length)} files, {compilations.Sum(c => c.SyntaxTrees.Sum(t => t.GetText().Lines.Count))} lines in {compilations.Count} compilations");

var seconds = analyzers.ToDictionary(a => a.GetType().Name, _ => new List<double>());
var wall = new List<double>();
var crashes = 0;
for (int run = 0; run <= runs; run++)
{
    var summed = analyzers.ToDictionary(a => a.GetType().Name, _ => TimeSpan.Zero);
    var clock = Stopwatch.StartNew();
    foreach (CSharpCompilation compilation in compilations)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), (exception, _, _) => Interlocked.Increment(ref crashes), concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        CompilationWithAnalyzers analyzed = compilation.WithAnalyzers(analyzers, options);
        _ = analyzed.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        foreach (DiagnosticAnalyzer analyzer in analyzers)
        {
            summed[analyzer.GetType().Name] += analyzed.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime;
        }
    }

    // The first run warms the JIT and the compilations' binding caches; it is not counted.
    if (run > 0)
    {
        wall.Add(clock.Elapsed.TotalSeconds);
        foreach (KeyValuePair<string, TimeSpan> rule in summed)
        {
            seconds[rule.Key].Add(rule.Value.TotalSeconds);
        }
    }
}

static double Median(List<double> values)
{
    double[] sorted = [.. values.Order()];
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}

Console.WriteLine($"runs: {runs} (after one warm-up); analyzer exceptions: {crashes}");
Console.WriteLine("| rule | median s | min s | max s |");
Console.WriteLine("|---|---:|---:|---:|");
foreach (KeyValuePair<string, List<double>> rule in seconds.OrderByDescending(r => Median(r.Value)))
{
    Console.WriteLine($"| {rule.Key} | {Median(rule.Value):F3} | {rule.Value.Min():F3} | {rule.Value.Max():F3} |");
}

Console.WriteLine($"| **sum of medians** | **{seconds.Values.Sum(Median):F3}** | | |");
Console.WriteLine($"wall time per run (all compilations, binding included): median {Median(wall):F2} s");
return 0;
