using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Sessions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Kz.Assembly.Domain.Analyzers.Tests;

/// <summary>
/// Runs an analyzer (and fixer) over test code that references the real library and NodaTime, against .NET 10
/// reference assemblies, with C# 12 (the language of the pinned Roslyn 4.8).
/// </summary>
internal static class Verify<TAnalyzer, TFixer>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TFixer : CodeFixProvider, new()
{
    /// <summary>
    /// No reference-assembly package: the registry here does not serve Microsoft.NETCore.App.Ref 10.0.0, so the test
    /// compilations reference the running .NET 10 runtime's own assemblies instead (the trusted platform assemblies).
    /// </summary>
    public static readonly ReferenceAssemblies RuntimeAssemblies = new ReferenceAssemblies("net10.0").WithAssemblies([]);

    internal static readonly MetadataReference[] PlatformReferences =
        [.. ((string)System.AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(path => MetadataReference.CreateFromFile(path))];

    public static DiagnosticResult Diagnostic(string id) => new(id, DiagnosticSeverity.Error);

    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>Runs the analyzer over code that does not compile (half-typed), checking its diagnostics only.</summary>
    public static Task AnalyzerOnBrokenCodeAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source, CompilerDiagnostics = CompilerDiagnostics.None };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    public static Task FixAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    private sealed class Test : CSharpCodeFixTest<TAnalyzer, TFixer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = RuntimeAssemblies;
            TestState.AdditionalReferences.AddRange(PlatformReferences);
            TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(SessionNumber).Assembly.Location));
            TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Kz.Assembly.Domain.Samples.TurkistanArticle2025).Assembly.Location));
            TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(NodaTime.LocalDate).Assembly.Location));
        }

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.CSharp12);
    }
}

/// <summary>For rules without a fixer.</summary>
internal static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        Verify<TAnalyzer, EmptyCodeFixProvider>.AnalyzerAsync(source, expected);
}
