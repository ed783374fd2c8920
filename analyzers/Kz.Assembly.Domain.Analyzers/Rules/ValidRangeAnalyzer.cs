using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kz.Assembly.Domain.Analyzers.Rules;

/// <summary>ASM0001: a constant argument outside the [ValidRange] of a domain factory's parameter.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ValidRangeAnalyzer : DomainAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.ConstantOutOfRange,
        title: "Constant argument outside the declared range",
        messageFormat: "{0} is outside the range {1}..{2} that parameter '{3}' of {4} accepts",
        category: RuleIdentifiers.DomainCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A domain factory declares the range it accepts with [ValidRange]; a constant outside it always throws at run time.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.ConstantOutOfRange));

    public ValidRangeAnalyzer()
        : base(Rule)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, DomainSymbols symbols)
    {
        INamedTypeSymbol? validRange = symbols.ValidRange;
        if (validRange is null)
        {
            return;
        }

        start.RegisterOperationAction(c => Analyze(c, validRange), OperationKind.Argument);
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol validRange)
    {
        var argument = (IArgumentOperation)context.Operation;
        // Cheapest test first: most arguments are not integer constants, and then the parameter's attributes are never read.
        if (!ConstantValues.TryGetInteger(argument.Value, out decimal value)
            || argument.Parameter is not { } parameter
            || DomainSymbols.Find(parameter, validRange) is not { } range
            || AttributeArgument.Number(range, 0, 2) is not { } minimum
            || AttributeArgument.Number(range, 1, 2) is not { } maximum
            || (value >= minimum && value <= maximum))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            argument.Value.Syntax.GetLocation(),
            value.ToString(CultureInfo.InvariantCulture),
            minimum.ToString(CultureInfo.InvariantCulture),
            maximum.ToString(CultureInfo.InvariantCulture),
            parameter.Name,
            parameter.ContainingSymbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)));
    }
}
