using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Analyzers;
using Kz.Assembly.Domain.CodeFixes.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
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

    /// <summary>The fixers that fix a diagnostic's rule.</summary>
    public static IEnumerable<CodeFixProvider> FixersOf(Diagnostic diagnostic) =>
        Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id));

    /// <summary>The fixes one fixer offers for a diagnostic, as an IDE's light bulb asks for them.</summary>
    public static async Task<List<CodeAction>> OfferedAsync(CodeFixProvider fixer, Document document, Diagnostic diagnostic, CancellationToken cancellation)
    {
        var actions = new List<CodeAction>();
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellation));
        return actions;
    }
}
