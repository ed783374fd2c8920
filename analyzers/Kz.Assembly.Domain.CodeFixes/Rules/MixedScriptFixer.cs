using System.Composition;
using Kz.Assembly.Domain.Analyzers;
using Kz.Assembly.Domain.Analyzers.Rules;
using Microsoft.CodeAnalysis;
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

    private protected override ProposedFix? Propose(FixSite site)
    {
        if (site.Node is not LiteralExpressionSyntax { Token.Value: string text } literal)
        {
            return null;
        }

        bool roman = site.Diagnostic.Properties.TryGetValue(MixedScriptAnalyzer.KindProperty, out string? kind) && kind == "Roman";
        string fixedText = roman ? RomanNumeralGrammar.ToLatinLetters(text) : LookAlikeLetters.ToSingleScript(text);
        if (string.Equals(fixedText, text, System.StringComparison.Ordinal))
        {
            return null; // no look-alike to swap (a letter with no twin in the other script): a fix would change nothing
        }

        return site.Replace(
            roman ? "Write the numeral in Latin letters" : "Write each word in one script",
            literal,
            SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(fixedText)).WithTriviaFrom(literal));
    }
}
