using System.Composition;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
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

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        Diagnostic diagnostic = context.Diagnostics[0];
        if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: var receiver } } invocation
            || invocation.Parent is not ExpressionStatementSyntax statement
            || model is null
            || model.GetSymbolInfo(receiver, context.CancellationToken).Symbol is not (ILocalSymbol or IParameterSymbol or IFieldSymbol { IsReadOnly: false } or IPropertySymbol { IsReadOnly: false })
            || !SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(receiver, context.CancellationToken).Type, model.GetTypeInfo(invocation, context.CancellationToken).Type))
        {
            return;
        }

        ExpressionStatementSyntax assignment = statement.WithExpression(
            SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, receiver.WithoutTrivia(), invocation.WithoutLeadingTrivia()));
        await RegisterIfItCompilesAsync(
            context,
            $"Assign the result to '{receiver}'",
            context.Document.WithSyntaxRoot(root.ReplaceNode(statement, assignment.WithTriviaFrom(statement))),
            nameof(DiscardedPureResultFixer)).ConfigureAwait(false);
    }
}
