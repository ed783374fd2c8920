using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Kz.Assembly.Domain.Notation;

namespace Kz.Assembly.Domain.Analyzers.Rules;

/// <summary>
/// ASM0003: a constant Roman numeral that mixes Latin letters with Cyrillic look-alikes, or a domain name whose word
/// mixes Latin and Cyrillic letters («Мың бaла» with a Latin a).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MixedScriptAnalyzer : DomainAnalyzer
{
    /// <summary>The property the fixer reads: "Roman" or "Name".</summary>
    public const string KindProperty = "Kind";

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.MixedScript,
        title: "Literal mixes Latin and Cyrillic look-alike letters",
        messageFormat: "\"{0}\" mixes Latin and Cyrillic letters that look alike; write it in one script",
        category: RuleIdentifiers.DomainCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Look-alike letters from two scripts make text that reads the same but compares, sorts and searches differently.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.MixedScript));

    public MixedScriptAnalyzer()
        : base(Rule)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, DomainSymbols symbols)
    {
        if (symbols.RomanNumeral is null && symbols.SingleScript is null)
        {
            return;
        }

        start.RegisterOperationAction(c => Analyze(c, symbols), OperationKind.Argument);
    }

    private static void Analyze(OperationAnalysisContext context, DomainSymbols symbols)
    {
        var argument = (IArgumentOperation)context.Operation;
        if (argument.Parameter is not { } parameter || argument.Value.ConstantValue is not { HasValue: true, Value: string text })
        {
            return;
        }

        string? kind = DomainSymbols.Find(parameter, symbols.RomanNumeral) is not null && RomanNumeralGrammar.IsMixed(text) ? "Roman"
            : DomainSymbols.Find(parameter, symbols.SingleScript) is not null && LookAlikeLetters.HasMixedWord(text) ? "Name"
            : null;
        if (kind is null)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(KindProperty, kind);
        context.ReportDiagnostic(Diagnostic.Create(Rule, argument.Value.Syntax.GetLocation(), properties, text));
    }
}
