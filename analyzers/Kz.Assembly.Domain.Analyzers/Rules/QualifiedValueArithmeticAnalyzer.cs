using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kz.Assembly.Domain.Analyzers.Rules;

/// <summary>
/// ASM0011: numbers of qualified counts added up by hand. <c>counts.Sum(c =&gt; c.Value)</c> turns «about 39 thousand»
/// plus «more than 2 thousand» into an exact 41 000, and <c>?? 0</c> turns unknown attendance into zero; the members
/// marked [QualifiedValue] (QualifiedCount.Value, a table's raw count column) are only half a figure.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class QualifiedValueArithmeticAnalyzer : DomainAnalyzer
{
    /// <summary>The property the fixer reads: how the figure was added up (Sum, Binary).</summary>
    public const string ShapeProperty = "Shape";

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.QualifiedValueArithmetic,
        title: "Qualified counts added up without their qualifiers",
        messageFormat: "{0} adds up {1} alone: the qualifier (about, more than) and unknown figures are lost; use QualifiedCount.Sum or Add",
        category: RuleIdentifiers.DomainCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A qualified count is a number and how exactly it is stated. Summing the numbers alone states an approximate or lower-bound total as exact, and a '?? 0' counts unknown attendance as nobody.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.QualifiedValueArithmetic));

    public QualifiedValueArithmeticAnalyzer()
        : base(Rule)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, DomainSymbols symbols)
    {
        if (symbols.QualifiedValue is not { } qualifiedValue)
        {
            return;
        }

        start.RegisterOperationAction(c => AnalyzeBinary(c, qualifiedValue), OperationKind.Binary, OperationKind.CompoundAssignment);
        start.RegisterOperationAction(c => AnalyzeAggregation(c, qualifiedValue), OperationKind.Invocation);
    }

    /// <summary><c>a.Value + b.Value</c>, <c>total += c.Value</c>.</summary>
    private static void AnalyzeBinary(OperationAnalysisContext context, INamedTypeSymbol qualifiedValue)
    {
        (BinaryOperatorKind kind, IOperation left, IOperation right) = context.Operation switch
        {
            IBinaryOperation binary => (binary.OperatorKind, binary.LeftOperand, binary.RightOperand),
            ICompoundAssignmentOperation compound => (compound.OperatorKind, compound.Target, compound.Value),
            _ => (BinaryOperatorKind.None, context.Operation, context.Operation),
        };
        if (kind != BinaryOperatorKind.Add || BrokenCode.Contains(context.Operation))
        {
            return;
        }

        // A sum of figures: two half-figures (a.Value + b.Value), or one added to a running total (total += c.Value,
        // (sum, c) => sum + c.Value). Not c.Value + 1 (the next number, its qualifier kept by hand) nor a figure added
        // to some other number (number.Value + count.Value), which is arithmetic, not a total.
        IPropertySymbol? member = (HalfFigure(left, qualifiedValue), HalfFigure(right, qualifiedValue)) switch
        {
            ({ } both, { }) => both,
            ({ } one, null) when IsRunningTotal(right, context.Operation) => one,
            (null, { } one) when IsRunningTotal(left, context.Operation) => one,
            _ => null,
        };
        if (member is null)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(ShapeProperty, "Binary");
        context.ReportDiagnostic(Diagnostic.Create(Rule, context.Operation.Syntax.GetLocation(), properties, "This addition", Name(member)));
    }

    /// <summary><c>counts.Sum(c =&gt; c.Value)</c>, <c>rows.Average(r =&gt; r.Participants ?? 0)</c>,
    /// <c>counts.Select(c =&gt; c.Value).Sum()</c>, in LINQ to objects and to a database alike.</summary>
    private static void AnalyzeAggregation(OperationAnalysisContext context, INamedTypeSymbol qualifiedValue)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod;
        if (method.Name is not ("Sum" or "Average") || !IsLinq(method.ContainingType) || invocation.Arguments.IsEmpty)
        {
            return;
        }

        IPropertySymbol? member = null;
        if (invocation.Arguments.Length >= 2)
        {
            member = SelectedHalfFigure(invocation.Arguments[1].Value, qualifiedValue);
        }
        else if (Query(invocation.Arguments[0].Value) is IInvocationOperation { TargetMethod.Name: "Select", Arguments.Length: 2 } select
            && IsLinq(select.TargetMethod.ContainingType))
        {
            member = SelectedHalfFigure(select.Arguments[1].Value, qualifiedValue);
        }

        if (member is null || BrokenCode.Contains(invocation))
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(ShapeProperty, "Sum");
        context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), properties, method.Name, Name(member)));
    }

    /// <summary>The source of a parameterless Sum: an invocation, or a query expression (<c>(from a in … select a.X.Value).Sum()</c>).</summary>
    private static IOperation Query(IOperation source)
    {
        IOperation value = ConstantValues.Unwrap(source);
        while (value is ITranslatedQueryOperation query)
        {
            value = query.Operation;
        }

        return value;
    }

    /// <summary>The [QualifiedValue] member a selector lambda returns, through <c>?.</c>, <c>?? 0</c> and conversions.</summary>
    private static IPropertySymbol? SelectedHalfFigure(IOperation selector, INamedTypeSymbol qualifiedValue)
    {
        IOperation lambda = ConstantValues.Unwrap(selector);
        while (lambda is IDelegateCreationOperation creation)
        {
            lambda = creation.Target;
        }

        // An expression-bodied lambda is a body of one return (netstandard2.0 has no Index for a list pattern here).
        return lambda is IAnonymousFunctionOperation { Body.Operations: { Length: 1 } operations }
            && operations[0] is IReturnOperation { ReturnedValue: { } returned }
                ? HalfFigure(returned, qualifiedValue)
                : null;
    }

    /// <summary>The [QualifiedValue] member an operand is, looking through conversions, <c>?? 0</c> and <c>?.</c>.</summary>
    private static IPropertySymbol? HalfFigure(IOperation operand, INamedTypeSymbol qualifiedValue)
    {
        IOperation value = operand;
        while (true)
        {
            switch (value)
            {
                case IConversionOperation conversion:
                    value = conversion.Operand;
                    continue;
                case ICoalesceOperation coalesce:
                    value = coalesce.Value;
                    continue;
                case IConditionalAccessOperation conditional:
                    value = conditional.WhenNotNull;
                    continue;
                case IConditionalOperation { WhenFalse: { } whenFalse } choice:
                    // a.Participants.HasValue ? a.Participants.Value.Value : 0
                    return HalfFigure(choice.WhenTrue, qualifiedValue) ?? HalfFigure(whenFalse, qualifiedValue);
                case IPropertyReferenceOperation { Property: var property } when DomainSymbols.Find(property.OriginalDefinition, qualifiedValue) is not null:
                    return property;
                default:
                    return null;
            }
        }
    }

    /// <summary>The other side of an addition is a running total: the target of <c>+=</c>, or a local or parameter.</summary>
    private static bool IsRunningTotal(IOperation other, IOperation addition) =>
        addition is ICompoundAssignmentOperation
        || ConstantValues.Unwrap(other) is ILocalReferenceOperation or IParameterReferenceOperation;

    private static bool IsLinq(INamedTypeSymbol? type) =>
        type is { Name: "Enumerable" or "Queryable", ContainingNamespace: { Name: "Linq", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };

    private static string Name(IPropertySymbol member) => member.ContainingType.Name + "." + member.Name;
}
