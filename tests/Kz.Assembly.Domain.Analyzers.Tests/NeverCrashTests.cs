using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Sessions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kz.Assembly.Domain.Analyzers.Tests;

/// <summary>The analyzers never throw (AD0001): not on broken code, not on public code nobody here wrote.</summary>
public class NeverCrashTests
{
    private static async Task<List<Exception>> RunAllAnalyzers(IEnumerable<SyntaxTree> trees)
    {
        var compilation = CSharpCompilation.Create(
            "Corpus",
            trees,
            [.. Verify<Kz.Assembly.Domain.Analyzers.Rules.ValidRangeAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>.PlatformReferences, MetadataReference.CreateFromFile(typeof(SessionNumber).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(AllAnalyzers.Analyzers, options).GetAnalyzerDiagnosticsAsync();
        exceptions.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => new InvalidOperationException(d.ToString())));
        return exceptions;
    }

    [Fact]
    public async Task Broken_code_does_not_crash_any_analyzer()
    {
        string[] broken =
        [
            "using Kz.Assembly.Domain.Sessions; class C { void M() { SessionNumber.Create( } }",
            "using Kz.Assembly.Domain.Localization; class C { int M() => RomanNumeral.Parse(\"XX\" + ); }",
            "using Kz.Assembly.Domain.Representation; class C { int M(Chamber c) { switch (c) { case : } } }",
            "using NodaTime; class C { object M() => new LocalDate(1990, , ); object N() => default(; }",
            "using Kz.Assembly.Domain.Sessions; class C { void M() { SessionHistory.Create(null, [Session.Create(,), ,]); } }",
            "class C { string M(Kz.Assembly.Domain.Geography.Region r) => $\"{r\" + r.ToString(; }",
            "using System; class C { void M() { var x = DateTime.Now. ; Kz.Assembly.Domain.Periods.KazakhstanTime.Today(NodaTime.SystemClock.Instance }",
            "[Kz.Assembly.Domain.Annotations.ValidRange(\"a\")] class C { void M([Kz.Assembly.Domain.Annotations.NotBefore(1)] NodaTime.LocalDate d) { } void N() => M(new NodaTime.LocalDate(1, 1, 1)); }",
        ];
        Assert.Empty(await RunAllAnalyzers(broken.Select(text => CSharpSyntaxTree.ParseText(text))));
    }

    [Fact]
    public async Task Public_polyfill_sources_do_not_crash_any_analyzer()
    {
        var trees = new List<SyntaxTree>();
        string polySharp = Metadata("PolySharpPath");
        string generator = Directory.GetFiles(polySharp, "PolySharp.SourceGenerators.dll", SearchOption.AllDirectories).First();
        System.Reflection.Assembly polyfills = System.Reflection.Assembly.LoadFile(generator);
        foreach (string name in polyfills.GetManifestResourceNames().Where(n => n.EndsWith(".cs", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(polyfills.GetManifestResourceStream(name)!);
            trees.Add(CSharpSyntaxTree.ParseText(reader.ReadToEnd(), path: name));
        }

        string nullable = Metadata("NullablePath");
        foreach (string file in Directory.GetFiles(nullable, "*.cs", SearchOption.AllDirectories).GroupBy(Path.GetFileName).Select(g => g.First()))
        {
            trees.Add(CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file));
        }

        Assert.True(trees.Count > 40, $"only {trees.Count} files found");
        Assert.Empty(await RunAllAnalyzers(trees));
    }

    private static string Metadata(string key) =>
        typeof(NeverCrashTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
