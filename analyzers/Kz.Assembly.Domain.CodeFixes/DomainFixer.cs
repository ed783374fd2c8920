using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Kz.Assembly.Domain.CodeFixes;

/// <summary>The shared part of every fixer: the one rule it fixes, and Fix All by batch (each fix edits one node).</summary>
public abstract class DomainFixer : CodeFixProvider
{
    private readonly ImmutableArray<string> ids;

    private protected DomainFixer(string ruleId) => ids = ImmutableArray.Create(ruleId);

    /// <inheritdoc/>
    public sealed override ImmutableArray<string> FixableDiagnosticIds => ids;

    /// <inheritdoc/>
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;
}
