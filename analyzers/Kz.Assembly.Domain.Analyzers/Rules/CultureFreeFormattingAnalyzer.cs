using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kz.Assembly.Domain.Analyzers.Rules;

/// <summary>ASM0009: a [Localized] domain value formatted without a culture, in <c>$"{value}"</c> or <c>value.ToString()</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CultureFreeFormattingAnalyzer : DomainAnalyzer
{
    /// <summary>The property the fixer reads: "Interpolation" or "ToString".</summary>
    public const string KindProperty = "Kind";

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.CultureFreeFormatting,
        title: "Localized domain value formatted without a culture",
        messageFormat: "{0} is localized text; pass the culture it is for",
        category: RuleIdentifiers.LocalizationCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "Regions, bodies, names and projects have Kazakh, Russian and English text; formatting one without a culture gives English or the thread's culture by accident.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.CultureFreeFormatting));

    public CultureFreeFormattingAnalyzer()
        : base(Rule)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, DomainSymbols symbols)
    {
        if (symbols.Localized is not { } localized)
        {
            return;
        }

        start.RegisterOperationAction(c => AnalyzeInterpolation(c, localized, symbols.FormatProvider), OperationKind.Interpolation);
        start.RegisterOperationAction(c => AnalyzeHandlerHole(c, localized, symbols.FormatProvider), OperationKind.InterpolatedStringAppendFormatted);
        start.RegisterOperationAction(c => AnalyzeToString(c, localized), OperationKind.Invocation);
    }

    private static void AnalyzeInterpolation(OperationAnalysisContext context, INamedTypeSymbol localized, INamedTypeSymbol? formatProvider)
    {
        var hole = (IInterpolationOperation)context.Operation;
        if (hole.Expression.Type is not { } type || DomainSymbols.Find(type, localized) is null || IsCultureFree(hole.FormatString) || HasProvider(hole, formatProvider)
            || BrokenCode.Contains(hole))
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(KindProperty, "Interpolation");
        context.ReportDiagnostic(Diagnostic.Create(Rule, hole.Syntax.GetLocation(), properties, type.Name));
    }

    /// <summary>A hole of an interpolated string handler (<c>sb.Append($"{region}")</c>), which the compiler lowers
    /// to AppendFormatted calls instead of interpolations.</summary>
    private static void AnalyzeHandlerHole(OperationAnalysisContext context, INamedTypeSymbol localized, INamedTypeSymbol? formatProvider)
    {
        var append = (IInterpolatedStringAppendOperation)context.Operation;
        if (append.AppendCall is not IInvocationOperation { Arguments.Length: > 0 } call)
        {
            return;
        }

        IOperation value = ConstantValues.Unwrap(call.Arguments[0].Value);
        IOperation? format = null;
        foreach (IArgumentOperation argument in call.Arguments)
        {
            if (argument.Parameter?.Name == "format")
            {
                format = argument.Value;
            }
        }

        if (value.Type is not { } type || DomainSymbols.Find(type, localized) is null || IsCultureFree(format) || HasProvider(append, formatProvider)
            || BrokenCode.Contains(append))
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(KindProperty, "Handler");
        context.ReportDiagnostic(Diagnostic.Create(Rule, append.Syntax.GetLocation(), properties, type.Name));
    }

    /// <summary>The "C" format writes a code (<c>$"{region:C}"</c> is <c>KZ-61</c> in every language): nothing to localise.</summary>
    private static bool IsCultureFree(IOperation? format) =>
        format?.ConstantValue is { HasValue: true, Value: "C" };

    private static void AnalyzeToString(OperationAnalysisContext context, INamedTypeSymbol localized)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod is not { Name: "ToString", Parameters.Length: 0 }
            || invocation.Instance?.Type is not { } type
            || DomainSymbols.Find(type, localized) is null
            || BrokenCode.Contains(invocation))
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(KindProperty, "ToString");
        context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), properties, type.Name));
    }

    /// <summary>Whether the interpolated string is formatted with a provider (string.Create(provider, $"…"), FormattableString, IFormattable).</summary>
    private static bool HasProvider(IOperation hole, INamedTypeSymbol? formatProvider)
    {
        IOperation? text = hole.Parent;
        while (text is not null and not IInterpolatedStringOperation)
        {
            text = text.Parent;
        }

        for (IOperation? current = text?.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IConversionOperation { Type.Name: "FormattableString" or "IFormattable" }:
                    return true;
                case IInterpolatedStringHandlerCreationOperation:
                    continue;
                case IArgumentOperation { Parent: IInvocationOperation invocation }:
                    foreach (IParameterSymbol parameter in invocation.TargetMethod.Parameters)
                    {
                        if (SymbolEqualityComparer.Default.Equals(parameter.Type, formatProvider))
                        {
                            return true;
                        }
                    }

                    return false;
                case IConversionOperation:
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }
}
