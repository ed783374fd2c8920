using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Kz.Assembly.Domain.Notation;

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
            || argument.Value.Syntax is not (CollectionExpressionSyntax or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax
                or BaseObjectCreationExpressionSyntax { Initializer: not null }))
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

    /// <summary>The elements of an array initializer, a collection initializer (<c>new List&lt;Session&gt; { … }</c>)
    /// or a collection expression (Roslyn 4.8 has no operation for the last).</summary>
    private static List<IOperation>? Elements(IArgumentOperation argument)
    {
        IOperation value = ConstantValues.Unwrap(argument.Value);
        if (value is IArrayCreationOperation { Initializer: { } initializer })
        {
            return new List<IOperation>(initializer.ElementValues);
        }

        if (value is IObjectCreationOperation { Initializer: IObjectOrCollectionInitializerOperation { Initializers: var added } })
        {
            // Each element is one Add call with one argument; anything else (a nested initializer, Add(a, b)) proves nothing.
            var elements = new List<IOperation>(added.Length);
            foreach (IOperation add in added)
            {
                if (add is not IInvocationOperation { Arguments: { Length: 1 } arguments })
                {
                    return null;
                }

                elements.Add(arguments[0].Value);
            }

            return elements;
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

    /// <summary>The number in <c>Session.Create(body, SessionNumber.Create(27), …)</c> or <c>…Parse("XXVII")</c>: an
    /// argument of a [NoDefault] type made from one constant, a number or a numeral as SessionNumber.Parse reads it.</summary>
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
                && DomainSymbols.Find(type, symbols.NoDefault) is not null)
            {
                IOperation constant = factory.Arguments[0].Value;
                if (ConstantValues.TryGetInteger(constant, out decimal number))
                {
                    return number;
                }

                if (constant.ConstantValue is { HasValue: true, Value: string text } && NumberOfText(text) is { } read)
                {
                    return read;
                }
            }
        }

        return null;
    }

    /// <summary>Digits (<c>12</c>) or a Roman numeral in either script (<c>XII</c>, <c>ХІІ</c>), optionally followed
    /// by its digits in brackets (<c>XXXIV (34)</c>), as SessionNumber.Parse reads them.</summary>
    private static decimal? NumberOfText(string text)
    {
        string numeral = text.Trim();
        int bracket = numeral.IndexOf('(');
        if (bracket > 0)
        {
            numeral = numeral.Substring(0, bracket).TrimEnd();
        }

        if (RomanNumeralGrammar.IsValidDigits(numeral, out int digits))
        {
            return digits;
        }

        return RomanNumeralGrammar.IsValid(numeral, out int value) ? value : null;
    }

    /// <summary>
    /// The constant start and end of a term: its last two date parameters, in the order the method declares them
    /// (named arguments may come in any order), the end open (a member still serving) where it is null or left out.
    /// </summary>
    private static ((int, int, int) Start, (int, int, int) End)? TermOf(IOperation element, DomainSymbols symbols)
    {
        ImmutableArray<IArgumentOperation> arguments = ConstantValues.Unwrap(element) switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => ImmutableArray<IArgumentOperation>.Empty,
        };
        var dates = new SortedList<int, (int, int, int)?>();
        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Parameter is not { } parameter || !IsDate(parameter.Type, symbols.LocalDate))
            {
                continue;
            }

            if (ConstantValues.TryGetDate(argument.Value, symbols.LocalDate, out var date))
            {
                dates[parameter.Ordinal] = date;
            }
            else if (IsNull(argument.Value))
            {
                dates[parameter.Ordinal] = null;
            }
            else
            {
                return null; // A date that is not constant: nothing can be proved.
            }
        }

        if (dates.Count < 2 || dates.Values[dates.Count - 2] is not { } start)
        {
            return null;
        }

        return (start, dates.Values[dates.Count - 1] ?? OpenEnd);
    }

    private static readonly (int, int, int) OpenEnd = (9999, 12, 31);

    private static bool IsDate(ITypeSymbol type, INamedTypeSymbol? localDate) =>
        localDate is not null
        && (SymbolEqualityComparer.Default.Equals(type, localDate)
            || (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                && SymbolEqualityComparer.Default.Equals(nullable.TypeArguments[0], localDate)));

    private static bool IsNull(IOperation value) =>
        ConstantValues.Unwrap(value) is { ConstantValue: { HasValue: true, Value: null } } or IDefaultValueOperation;
}
