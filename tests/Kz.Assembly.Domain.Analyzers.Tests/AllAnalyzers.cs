using System;
using System.Collections.Immutable;
using System.Linq;
using Kz.Assembly.Domain.Analyzers;
using Kz.Assembly.Domain.CodeFixes.Rules;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kz.Assembly.Domain.Analyzers.Tests;

/// <summary>Every analyzer and fixer the package ships, found by reflection so a new rule cannot be forgotten.</summary>
internal static class AllAnalyzers
{
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = [.. typeof(RuleIdentifiers).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];

    public static ImmutableArray<CodeFixProvider> Fixers { get; } = [.. typeof(MixedScriptFixer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)];
}
