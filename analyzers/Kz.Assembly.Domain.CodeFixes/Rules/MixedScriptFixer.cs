using System.Composition;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Analyzers;
using Kz.Assembly.Domain.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Kz.Assembly.Domain.Notation;

namespace Kz.Assembly.Domain.CodeFixes.Rules;

/// <summary>ASM0003: rewrites the literal in one script (a Roman numeral in Latin; each mixed word in its majority script).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MixedScriptFixer)), Shared]
public sealed class MixedScriptFixer : DomainFixer
{
    public MixedScriptFixer()
        : base(RuleIdentifiers.MixedScript)
    {
    }

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        Diagnostic diagnostic = context.Diagnostics[0];
        if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax { Token.Value: string text } literal)
        {
            return;
        }

        bool roman = diagnostic.Properties.TryGetValue(MixedScriptAnalyzer.KindProperty, out string? kind) && kind == "Roman";
        string fixedText = roman ? RomanNumeralGrammar.ToLatinLetters(text) : LookAlikeLetters.ToSingleScript(text);
        if (string.Equals(fixedText, text, System.StringComparison.Ordinal))
        {
            return; // no look-alike to swap (a letter with no twin in the other script): a fix would change nothing
        }

        await RegisterIfItCompilesAsync(
            context,
            roman ? "Write the numeral in Latin letters" : "Write each word in one script",
            context.Document.WithSyntaxRoot(root.ReplaceNode(literal, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(fixedText)).WithTriviaFrom(literal))),
            nameof(MixedScriptFixer)).ConfigureAwait(false);
    }
}
