using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Kz.Assembly.Domain.Notation;

namespace Kz.Assembly.Domain.Analyzers.Rules;

/// <summary>ASM0002: a constant string passed to a [RomanNumeral] parameter that is not a canonical numeral of 1..3999.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RomanNumeralAnalyzer : DomainAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.InvalidRomanNumeral,
        title: "Invalid Roman numeral literal",
        messageFormat: "\"{0}\" is not a canonical Roman numeral of 1..3999, so {1} always rejects it",
        category: RuleIdentifiers.DomainCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Only canonical numerals parse (IV, not IIII; XCIX, not IC); a constant that is not one always throws.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.InvalidRomanNumeral));

    public RomanNumeralAnalyzer()
        : base(Rule)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, DomainSymbols symbols)
    {
        INamedTypeSymbol? roman = symbols.RomanNumeral;
        if (roman is null)
        {
            return;
        }

        start.RegisterOperationAction(c => Analyze(c, roman), OperationKind.Argument);
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol roman)
    {
        var argument = (IArgumentOperation)context.Operation;
        if (argument.Parameter is not { } parameter
            || argument.Value.ConstantValue is not { HasValue: true, Value: string text }
            || DomainSymbols.Find(parameter, roman) is not { } attribute
            || RomanNumeralGrammar.IsValid(text, out _)
            || (AllowsDigits(attribute) && RomanNumeralGrammar.IsValidDigits(text, out _)))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, argument.Value.Syntax.GetLocation(), text, parameter.ContainingSymbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)));
    }

    /// <summary>Whether the attribute says the parameter takes ASCII digits too (<c>[RomanNumeral(AllowsDigits = true)]</c>).</summary>
    private static bool AllowsDigits(AttributeData attribute)
    {
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == "AllowsDigits" && named.Value.Kind == TypedConstantKind.Primitive && named.Value.Value is true)
            {
                return true;
            }
        }

        return false;
    }
}
