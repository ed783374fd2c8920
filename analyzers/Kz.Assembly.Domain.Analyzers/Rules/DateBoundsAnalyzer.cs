using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kz.Assembly.Domain.Analyzers.Rules;

/// <summary>
/// ASM0005: a constant date before a parameter's [NotBefore] bound (1995-03-01, the APK's founding), or a constant
/// period whose end ([NotBeforeParameter]) precedes its start.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DateBoundsAnalyzer : DomainAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.DateBeforeBound,
        title: "Constant date before the domain allows",
        messageFormat: "{0}",
        category: RuleIdentifiers.DomainCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Nothing in the domain predates the body it belongs to (the APK was founded on 1995-03-01), and no period ends before it starts.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.DateBeforeBound));

    public DateBoundsAnalyzer()
        : base(Rule)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, DomainSymbols symbols)
    {
        if (symbols.LocalDate is null || (symbols.NotBefore is null && symbols.NotBeforeParameter is null))
        {
            return;
        }

        start.RegisterOperationAction(c => Analyze(c, symbols), OperationKind.Argument);
    }

    private static void Analyze(OperationAnalysisContext context, DomainSymbols symbols)
    {
        var argument = (IArgumentOperation)context.Operation;
        if (argument.Parameter is not { } parameter || !ConstantValues.TryGetDate(argument.Value, symbols.LocalDate, out var date))
        {
            return;
        }

        if (DomainSymbols.Find(parameter, symbols.NotBefore) is { } notBefore
            && AttributeArgument.Number(notBefore, 0, 3) is { } year and >= 1 and <= 9999
            && AttributeArgument.Number(notBefore, 1, 3) is { } month and >= 1 and <= 12
            && AttributeArgument.Number(notBefore, 2, 3) is { } day and >= 1 and <= 31)
        {
            var bound = ((int)year, (int)month, (int)day);
            if (ConstantValues.Compare(date, bound) < 0)
            {
                Report(context, argument, $"{ConstantValues.Iso(date)} is before {ConstantValues.Iso(bound)}, the earliest date parameter '{parameter.Name}' accepts");
                return;
            }
        }

        if (DomainSymbols.Find(parameter, symbols.NotBeforeParameter) is { } notBeforeParameter
            && AttributeArgument.Text(notBeforeParameter, 0, 1) is { } startName
            && ConstantValues.SiblingArgument(argument, startName) is { } start
            && ConstantValues.TryGetDate(start.Value, symbols.LocalDate, out var startDate)
            && ConstantValues.Compare(date, startDate) < 0)
        {
            Report(context, argument, $"The end {ConstantValues.Iso(date)} precedes the start {ConstantValues.Iso(startDate)}: a period cannot end before it starts");
        }
    }

    private static void Report(OperationAnalysisContext context, IArgumentOperation argument, string message) =>
        context.ReportDiagnostic(Diagnostic.Create(Rule, argument.Value.Syntax.GetLocation(), message));
}
