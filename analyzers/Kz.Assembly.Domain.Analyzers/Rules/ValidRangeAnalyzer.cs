using System;
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

        INamedTypeSymbol? validRangeWhen = symbols.ValidRangeWhen;
        start.RegisterOperationAction(c => Analyze(c, validRange, validRangeWhen), OperationKind.Argument);
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol validRange, INamedTypeSymbol? validRangeWhen)
    {
        var argument = (IArgumentOperation)context.Operation;
        // Cheapest test first: most arguments are not integer constants, and then the parameter's attributes are never read.
        if (!ConstantValues.TryGetInteger(argument.Value, out decimal value) || argument.Parameter is not { } parameter)
        {
            return;
        }

        if (DomainSymbols.Find(parameter, validRange) is { } range
            && AttributeArgument.Number(range, 0, 2) is { } minimum
            && AttributeArgument.Number(range, 1, 2) is { } maximum
            && (value < minimum || value > maximum))
        {
            Report(context, argument, value, minimum, maximum, parameter, condition: null);
            return;
        }

        // A narrower range while another argument has a given value: [ValidRangeWhen("chamber", Chamber.Senate, 0, 5)].
        foreach (AttributeData when in DomainSymbols.FindAll(parameter, validRangeWhen))
        {
            if (AttributeArgument.Text(when, 0, 4) is { } other
                && when.ConstructorArguments[1] is { Kind: TypedConstantKind.Enum or TypedConstantKind.Primitive, Value: { } required }
                && AttributeArgument.Number(when, 2, 4) is { } low
                && AttributeArgument.Number(when, 3, 4) is { } high
                && (value < low || value > high)
                && ConstantValues.SiblingArgument(argument, other) is { } sibling
                && ConstantValues.Unwrap(sibling.Value).ConstantValue is { HasValue: true, Value: { } actual }
                && Equals(Convert.ToDecimal(actual, CultureInfo.InvariantCulture), Convert.ToDecimal(required, CultureInfo.InvariantCulture)))
            {
                Report(context, argument, value, low, high, parameter, condition: $" when {other} is {ConstantValues.Unwrap(sibling.Value).Syntax}");
                return;
            }
        }
    }

    private static void Report(OperationAnalysisContext context, IArgumentOperation argument, decimal value, decimal minimum, decimal maximum, IParameterSymbol parameter, string? condition) =>
        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            argument.Value.Syntax.GetLocation(),
            value.ToString(CultureInfo.InvariantCulture),
            minimum.ToString(CultureInfo.InvariantCulture),
            maximum.ToString(CultureInfo.InvariantCulture),
            parameter.Name + condition,
            parameter.ContainingSymbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)));
}
