using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kz.Assembly.Domain.Analyzers;

/// <summary>
/// The shared start of every rule: concurrent execution, generated code skipped, and the domain's symbols resolved
/// once per compilation. A compilation that does not see the annotations gets no callbacks at all, so the package costs
/// nothing in projects that do not use the domain.
/// </summary>
public abstract class DomainAnalyzer : DiagnosticAnalyzer
{
    private readonly DiagnosticDescriptor rule;

    private protected DomainAnalyzer(DiagnosticDescriptor rule) => this.rule = rule;

    /// <inheritdoc/>
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(rule);

    /// <inheritdoc/>
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (DomainSymbols.Create(start.Compilation) is { } symbols)
            {
                OnCompilationStart(start, symbols);
            }
        });
    }

    /// <summary>Registers the rule's callbacks for a compilation that sees the domain's annotations.</summary>
    private protected abstract void OnCompilationStart(CompilationStartAnalysisContext context, DomainSymbols symbols);
}
