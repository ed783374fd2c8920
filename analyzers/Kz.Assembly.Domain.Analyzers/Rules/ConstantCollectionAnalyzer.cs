using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kz.Assembly.Domain.Analyzers.Rules;

/// <summary>
/// ASM0010: a constant collection that a domain factory will reject: sessions of one body with a repeated number
/// ([UniqueSessionNumbers]), or more terms overlapping on one day than [MaxConcurrentTerms] allows (a sixth Senate seat).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConstantCollectionAnalyzer : DomainAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.ConstantCollection,
        title: "Constant collection breaks a domain rule",
        messageFormat: "{0}",
        category: RuleIdentifiers.DomainCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A session history cannot hold one number twice, and no more than five Senate deputies serve on the Assembly Council's recommendation at once.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.ConstantCollection));

    public ConstantCollectionAnalyzer()
        : base(Rule)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, DomainSymbols symbols)
    {
        if (symbols.UniqueSessionNumbers is null && symbols.MaxConcurrentTerms is null)
        {
            return;
        }

        start.RegisterOperationAction(c => Analyze(c, symbols), OperationKind.Argument);
    }

    private static void Analyze(OperationAnalysisContext context, DomainSymbols symbols)
    {
        var argument = (IArgumentOperation)context.Operation;

        // Cheapest test first: only a written-out collection can be checked, so other arguments never cost an attribute lookup.
        if (argument.Parameter is not { } parameter
            || argument.Value.Syntax is not (CollectionExpressionSyntax or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax))
        {
            return;
        }

        bool unique = DomainSymbols.Find(parameter, symbols.UniqueSessionNumbers) is not null;
        AttributeData? concurrent = DomainSymbols.Find(parameter, symbols.MaxConcurrentTerms);
        if (!unique && concurrent is null)
        {
            return;
        }

        List<IOperation>? elements = Elements(argument);
        if (elements is null)
        {
            return;
        }

        if (unique)
        {
            ReportRepeatedNumber(context, elements, symbols);
        }

        if (concurrent is not null && AttributeArgument.Number(concurrent, 0, 1) is { } maximum)
        {
            ReportOverlap(context, argument, elements, symbols, (int)maximum);
        }
    }

    private static void ReportRepeatedNumber(OperationAnalysisContext context, List<IOperation> elements, DomainSymbols symbols)
    {
        var seen = new HashSet<decimal>();
        foreach (IOperation element in elements)
        {
            if (SessionNumberOf(element, symbols) is { } number && !seen.Add(number))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, element.Syntax.GetLocation(), $"Session number {number} appears twice in one body's sessions"));
            }
        }
    }

    private static void ReportOverlap(OperationAnalysisContext context, IArgumentOperation argument, List<IOperation> elements, DomainSymbols symbols, int maximum)
    {
        if (elements.Count <= maximum)
        {
            return;
        }

        var terms = new List<((int, int, int) Start, (int, int, int) End)>(elements.Count);
        foreach (IOperation element in elements)
        {
            if (TermOf(element, symbols) is not { } term)
            {
                return; // Not every term is constant: nothing can be proved.
            }

            terms.Add(term);
        }

        int busiest = 0;
        foreach (var candidate in terms)
        {
            int serving = 0;
            foreach (var other in terms)
            {
                serving += ConstantValues.Compare(other.Start, candidate.Start) <= 0 && ConstantValues.Compare(other.End, candidate.Start) >= 0 ? 1 : 0;
            }

            busiest = serving > busiest ? serving : busiest;
        }

        if (busiest > maximum)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, argument.Value.Syntax.GetLocation(), $"{busiest} terms overlap on one day, but at most {maximum} may"));
        }
    }

    /// <summary>The elements of an array initializer or collection expression (Roslyn 4.8 has no operation for the latter).</summary>
    private static List<IOperation>? Elements(IArgumentOperation argument)
    {
        IOperation value = ConstantValues.Unwrap(argument.Value);
        if (value is IArrayCreationOperation { Initializer: { } initializer })
        {
            return new List<IOperation>(initializer.ElementValues);
        }

        if (argument.Value.Syntax is CollectionExpressionSyntax collection && argument.SemanticModel is { } model)
        {
            var elements = new List<IOperation>(collection.Elements.Count);
            foreach (CollectionElementSyntax element in collection.Elements)
            {
                if (element is not ExpressionElementSyntax expression || model.GetOperation(expression.Expression) is not { } operation)
                {
                    return null;
                }

                elements.Add(operation);
            }

            return elements;
        }

        return null;
    }

    /// <summary>The constant in <c>Session.Create(body, SessionNumber.Create(27), …)</c>: an argument of a [NoDefault] type made from one constant.</summary>
    private static decimal? SessionNumberOf(IOperation element, DomainSymbols symbols)
    {
        if (ConstantValues.Unwrap(element) is not IInvocationOperation creation)
        {
            return null;
        }

        foreach (IArgumentOperation argument in creation.Arguments)
        {
            if (ConstantValues.Unwrap(argument.Value) is IInvocationOperation { Arguments.Length: 1 } factory
                && factory.Type is { } type
                && DomainSymbols.Find(type, symbols.NoDefault) is not null
                && ConstantValues.TryGetInteger(factory.Arguments[0].Value, out decimal number))
            {
                return number;
            }
        }

        return null;
    }

    /// <summary>The constant start and end of a term: the last two constant dates among an element's arguments.</summary>
    private static ((int, int, int) Start, (int, int, int) End)? TermOf(IOperation element, DomainSymbols symbols)
    {
        ImmutableArray<IArgumentOperation> arguments = ConstantValues.Unwrap(element) switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => ImmutableArray<IArgumentOperation>.Empty,
        };
        (int, int, int)? start = null, end = null;
        foreach (IArgumentOperation argument in arguments)
        {
            if (ConstantValues.TryGetDate(argument.Value, symbols.LocalDate, out var date))
            {
                (start, end) = (end, date);
            }
        }

        return start is { } s && end is { } e ? (s, e) : null;
    }
}
