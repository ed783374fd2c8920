using System.Composition;
using Kz.Assembly.Domain.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kz.Assembly.Domain.CodeFixes.Rules;

/// <summary>ASM0007: assigns the result back to the variable it was called on (<c>summary = summary.Add(x);</c>).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DiscardedPureResultFixer)), Shared]
public sealed class DiscardedPureResultFixer : DomainFixer
{
    public DiscardedPureResultFixer()
        : base(RuleIdentifiers.DiscardedPureResult)
    {
    }

    private protected override ProposedFix? Propose(FixSite site)
    {
        SemanticModel model = site.Model;
        if (site.Node is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: var receiver } } invocation
            || invocation.Parent is not ExpressionStatementSyntax statement
            || model.GetSymbolInfo(receiver, site.CancellationToken).Symbol is not (ILocalSymbol or IParameterSymbol or IFieldSymbol { IsReadOnly: false } or IPropertySymbol { IsReadOnly: false })
            || !SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(receiver, site.CancellationToken).Type, model.GetTypeInfo(invocation, site.CancellationToken).Type))
        {
            return null;
        }

        ExpressionStatementSyntax assignment = statement.WithExpression(
            SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, receiver.WithoutTrivia(), invocation.WithoutLeadingTrivia()));
        return site.Replace($"Assign the result to '{receiver}'", statement, assignment.WithTriviaFrom(statement));
    }
}
