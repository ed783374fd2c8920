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
        if (statement.Operation is not IInvocationOperation invocation
            || invocation.TargetMethod.ReturnsVoid
            || DomainSymbols.Find(invocation.TargetMethod.OriginalDefinition, pure) is null)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), invocation.TargetMethod.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)));
    }
}
