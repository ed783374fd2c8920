using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Analyzers;
using Kz.Assembly.Domain.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
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

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        Diagnostic diagnostic = context.Diagnostics[0];
        SyntaxNode? node = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        (SyntaxNode Old, ExpressionSyntax New)? change = node switch
        {
            InvocationExpressionSyntax invocation => (invocation, invocation.WithArgumentList(SyntaxFactory.ParseArgumentList("(null, " + InvariantCulture + ")"))),
            InterpolationSyntax { Parent: InterpolatedStringExpressionSyntax text } => (text, SyntaxFactory.ParseExpression("string.Create(" + CurrentCulture + ", " + text.WithoutTrivia().ToFullString() + ")").WithTriviaFrom(text)),
            _ => null,
        };
        if (root is null || change is not { } edit || await InExpressionTreeAsync(context, edit.Old).ConfigureAwait(false))
        {
            return;
        }

        await RegisterIfItCompilesAsync(
            context,
            "Pass the culture explicitly",
            context.Document.WithSyntaxRoot(root.ReplaceNode(edit.Old, edit.New.WithAdditionalAnnotations(Simplifier.Annotation))),
            nameof(CultureFreeFormattingFixer)).ConfigureAwait(false);
    }

    /// <summary>An expression tree cannot hold <c>string.Create</c> with a handler, nor a call with an optional-argument
    /// overload: there the fix would not compile, so it is not offered.</summary>
    private static async Task<bool> InExpressionTreeAsync(CodeFixContext context, SyntaxNode node)
    {
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (LambdaExpressionSyntax lambda in node.AncestorsAndSelf().OfType<LambdaExpressionSyntax>())
        {
            if (model?.GetTypeInfo(lambda, context.CancellationToken).ConvertedType is INamedTypeSymbol { Name: "Expression", ContainingNamespace: { Name: "Expressions", ContainingNamespace.Name: "Linq" } })
            {
                return true;
            }
        }

        return false;
    }
}
