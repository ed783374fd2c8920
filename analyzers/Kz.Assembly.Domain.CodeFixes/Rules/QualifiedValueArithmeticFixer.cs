using System.Composition;
using Kz.Assembly.Domain.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kz.Assembly.Domain.CodeFixes.Rules;

/// <summary>
/// ASM0011: adds qualified counts as counts. <c>counts.Sum(c =&gt; c.Value)</c> becomes <c>QualifiedCount.Sum(counts)</c>,
/// <c>items.Sum(i =&gt; i.Count.Value)</c> becomes <c>QualifiedCount.Sum(items.Select(i =&gt; i.Count))</c>, and
/// <c>a.Value + b.Value</c> becomes <c>a.Add(b)</c>. Offered only where the sum is of non-nullable counts (an unknown
/// count has no sum to give) and where the result compiles: the total is then a QualifiedCount, not a number.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(QualifiedValueArithmeticFixer)), Shared]
public sealed class QualifiedValueArithmeticFixer : DomainFixer
{
    private const string QualifiedCount = "Kz.Assembly.Domain.Metrics.QualifiedCount";

    public QualifiedValueArithmeticFixer()
        : base(RuleIdentifiers.QualifiedValueArithmetic)
    {
    }

    private protected override ProposedFix? Propose(FixSite site)
    {
        SemanticModel model = site.Model;
        if (site.Node is not ExpressionSyntax node || model.Compilation.GetTypeByMetadataName(QualifiedCount) is not { } countType)
        {
            return null;
        }

        string count = countType.ToMinimalDisplayString(model, node.SpanStart);
        ExpressionSyntax? replacement = node switch
        {
            InvocationExpressionSyntax sum => SumOfCounts(sum, model, countType, count),
            BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add
                when CountOf(add.Left, model, countType) is { } left && CountOf(add.Right, model, countType) is { } right =>
                SyntaxFactory.ParseExpression($"{left}.Add({right})"),
            _ => null,
        };
        return replacement is null ? null : site.Replace("Add the counts with their qualifiers", node, replacement.WithTriviaFrom(node));
    }

    /// <summary><c>source.Sum(x =&gt; e.Value)</c> or <c>source.Select(x =&gt; e.Value).Sum()</c> → <c>QualifiedCount.Sum(…)</c>.</summary>
    private static ExpressionSyntax? SumOfCounts(InvocationExpressionSyntax sum, SemanticModel model, INamedTypeSymbol countType, string count)
    {
        if (sum.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Sum", Expression: var receiver })
        {
            return null;
        }

        (ExpressionSyntax source, ExpressionSyntax? selector) = sum.ArgumentList.Arguments.Count switch
        {
            1 => (receiver, sum.ArgumentList.Arguments[0].Expression),
            0 when receiver is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Select", Expression: var selected }, ArgumentList.Arguments.Count: 1 } select =>
                (selected, select.ArgumentList.Arguments[0].Expression),
            _ => (receiver, null),
        };
        if (selector is not LambdaExpressionSyntax { Body: ExpressionSyntax body } lambda || Parameter(lambda) is not { } parameter
            || CountOf(body, model, countType) is not { } counted)
        {
            return null;
        }

        string counts = counted is IdentifierNameSyntax { Identifier.ValueText: var name } && name == parameter
            ? source.ToString()
            : $"{source}.Select({parameter} => {counted})";
        return SyntaxFactory.ParseExpression($"{count}.Sum({counts})");
    }

    private static string? Parameter(LambdaExpressionSyntax lambda) => lambda switch
    {
        SimpleLambdaExpressionSyntax simple => simple.Parameter.Identifier.ValueText,
        ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 1 } parenthesized => parenthesized.ParameterList.Parameters[0].Identifier.ValueText,
        _ => null,
    };

    /// <summary>For <c>e.Value</c> where <c>e</c> is a (non-nullable) QualifiedCount, <c>e</c>; else null.</summary>
    private static ExpressionSyntax? CountOf(ExpressionSyntax expression, SemanticModel model, INamedTypeSymbol countType) =>
        expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value", Expression: var counted }
        && SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(counted).Type, countType)
            ? counted
            : null;
}
