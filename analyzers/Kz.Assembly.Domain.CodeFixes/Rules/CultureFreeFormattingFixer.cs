using System.Composition;
using System.Linq;
using Kz.Assembly.Domain.Analyzers;
using Kz.Assembly.Domain.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace Kz.Assembly.Domain.CodeFixes.Rules;

/// <summary>
/// ASM0009: makes the culture explicit without changing the text (the formatting contract, docs/formatting.md):
/// <c>value.ToString()</c> is the invariant form, so it becomes <c>value.ToString(null, CultureInfo.InvariantCulture)</c>;
/// an interpolation without a provider formats with the current culture, so it becomes
/// <c>string.Create(CultureInfo.CurrentCulture, $"…")</c>. The explicit culture is the place to put a report's own.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CultureFreeFormattingFixer)), Shared]
public sealed class CultureFreeFormattingFixer : DomainFixer
{
    private const string CurrentCulture = "System.Globalization.CultureInfo.CurrentCulture";
    private const string InvariantCulture = "System.Globalization.CultureInfo.InvariantCulture";

    public CultureFreeFormattingFixer()
        : base(RuleIdentifiers.CultureFreeFormatting)
    {
    }

    private protected override ProposedFix? Propose(FixSite site)
    {
        (SyntaxNode Old, ExpressionSyntax New)? change = site.Node switch
        {
            InvocationExpressionSyntax invocation => (invocation, invocation.WithArgumentList(SyntaxFactory.ParseArgumentList("(null, " + InvariantCulture + ")"))),
            InterpolationSyntax { Parent: InterpolatedStringExpressionSyntax text } => (text, SyntaxFactory.ParseExpression("string.Create(" + CurrentCulture + ", " + text.WithoutTrivia().ToFullString() + ")").WithTriviaFrom(text)),
            _ => null,
        };
        if (change is not { } edit || InExpressionTree(site, edit.Old))
        {
            return null;
        }

        return site.Replace("Pass the culture explicitly", edit.Old, edit.New.WithAdditionalAnnotations(Simplifier.Annotation));
    }

    /// <summary>An expression tree cannot hold <c>string.Create</c> with a handler, nor a call with an optional-argument
    /// overload: there the fix would not compile, so it is not offered.</summary>
    private static bool InExpressionTree(FixSite site, SyntaxNode node)
    {
        foreach (LambdaExpressionSyntax lambda in node.AncestorsAndSelf().OfType<LambdaExpressionSyntax>())
        {
            if (site.Model.GetTypeInfo(lambda, site.CancellationToken).ConvertedType is INamedTypeSymbol { Name: "Expression", ContainingNamespace: { Name: "Expressions", ContainingNamespace.Name: "Linq" } })
            {
                return true;
            }
        }

        return false;
    }
}
