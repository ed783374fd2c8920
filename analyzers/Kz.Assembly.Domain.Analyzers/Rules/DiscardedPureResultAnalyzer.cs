using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kz.Assembly.Domain.Analyzers.Rules;

/// <summary>ASM0007: the result of a [Pure] method (such as <c>summary.Add(x)</c> on an immutable value) is discarded.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DiscardedPureResultAnalyzer : DomainAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.DiscardedPureResult,
        title: "Result of a pure method is discarded",
        messageFormat: "{0} returns a new value and changes nothing; its result is discarded",
        category: RuleIdentifiers.DomainCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Domain values are immutable: Add, WithDissolution and their kind return a new value. Calling one as a statement does nothing.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.DiscardedPureResult));

    public DiscardedPureResultAnalyzer()
        : base(Rule)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, DomainSymbols symbols)
    {
        if (symbols.Pure is not { } pure)
        {
            return;
        }

        start.RegisterOperationAction(c => Analyze(c, pure), OperationKind.ExpressionStatement);
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol pure)
    {
        var statement = (IExpressionStatementOperation)context.Operation;

        // history?.Add(s); discards the result just the same: look through the conditional access.
        IOperation discarded = statement.Operation;
        while (discarded is IConditionalAccessOperation conditional)
        {
            discarded = conditional.WhenNotNull;
        }

        if (discarded is not IInvocationOperation invocation
            || invocation.TargetMethod.ReturnsVoid
            || (DomainSymbols.Find(invocation.TargetMethod.OriginalDefinition, pure) is null && !ReturnsNewImmutable(invocation)))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, statement.Operation.Syntax.GetLocation(), invocation.TargetMethod.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)));
    }

    /// <summary>
    /// A method of a System.Collections.Immutable collection that returns a collection of its own type
    /// (<c>items.Add(x)</c>, <c>items.SetItem(0, x)</c>): the runtime's [Pure] on them is compiled away, so they are
    /// recognised by type.
    /// </summary>
    private static bool ReturnsNewImmutable(IInvocationOperation invocation) =>
        invocation.Instance?.Type is INamedTypeSymbol { ContainingNamespace: { Name: "Immutable", ContainingNamespace: { Name: "Collections", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } } type
        && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ReturnType.OriginalDefinition, type.OriginalDefinition);
}
