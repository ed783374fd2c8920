using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kz.Assembly.Domain.Analyzers.Rules;

/// <summary>ASM0008: a switch over a domain enum that misses members and has no default.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExhaustiveSwitchAnalyzer : DomainAnalyzer
{
    /// <summary>The property the fixer reads: the missing member names, comma-separated.</summary>
    public const string MissingProperty = "Missing";

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.NonExhaustiveSwitch,
        title: "Switch over a domain enum misses members",
        messageFormat: "The switch over {0} handles neither {1} nor a default",
        category: RuleIdentifiers.DomainCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Domain enums grow (a new activity kind, a new member category); a switch that lists members and has no default silently skips the new one.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.NonExhaustiveSwitch));

    public ExhaustiveSwitchAnalyzer()
        : base(Rule)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, DomainSymbols symbols)
    {
        start.RegisterOperationAction(c => Analyze(c, symbols), OperationKind.Switch, OperationKind.SwitchExpression);
    }

    private static void Analyze(OperationAnalysisContext context, DomainSymbols symbols)
    {
        // Every unguarded pattern that decides a case; a default clause ends the question.
        IOperation value;
        var patterns = new List<IOperation>();
        switch (context.Operation)
        {
            case ISwitchOperation statement:
                value = statement.Value;
                foreach (ISwitchCaseOperation section in statement.Cases)
                {
                    foreach (ICaseClauseOperation clause in section.Clauses)
                    {
                        switch (clause)
                        {
                            case IDefaultCaseClauseOperation:
                                return;
                            case ISingleValueCaseClauseOperation single:
                                patterns.Add(single.Value);
                                break;
                            case IPatternCaseClauseOperation { Guard: null, Pattern: var pattern }:
                                patterns.Add(pattern);
                                break;
                        }
                    }
                }

                break;
            case ISwitchExpressionOperation expression:
                value = expression.Value;
                foreach (ISwitchExpressionArmOperation arm in expression.Arms)
                {
                    if (arm.Guard is null)
                    {
                        patterns.Add(arm.Pattern);
                    }
                }

                break;
            default:
                return;
        }

        // A nullable domain enum (AssemblyActivityKind? kind) is switched over its members just the same; its null is
        // the compiler's concern, not this rule's.
        ITypeSymbol? switched = value.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : value.Type;
        if (switched is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType
            || (!DomainSymbols.IsDomain(enumType) && DomainSymbols.Find(enumType, symbols.Exhaustive) is null))
        {
            return;
        }

        // A member is handled when some pattern matches its value: constants, relational, not, and, or, discards and
        // type patterns are evaluated as the compiler would; a pattern the rule cannot read counts as matching, so the
        // rule stays silent rather than guess.
        var missing = new StringBuilder();
        foreach (ISymbol member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: { } constant } field && !patterns.Exists(p => Matches(p, constant)))
            {
                missing.Append(missing.Length == 0 ? string.Empty : ", ").Append(field.Name);
            }
        }

        if (missing.Length == 0)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(MissingProperty, missing.ToString());
        SyntaxToken keyword = context.Operation.Syntax switch
        {
            Microsoft.CodeAnalysis.CSharp.Syntax.SwitchExpressionSyntax expression => expression.SwitchKeyword,
            Microsoft.CodeAnalysis.CSharp.Syntax.SwitchStatementSyntax statement => statement.SwitchKeyword,
            var other => other.GetFirstToken(),
        };
        context.ReportDiagnostic(Diagnostic.Create(Rule, keyword.GetLocation(), properties, enumType.Name, missing.ToString()));
    }

    /// <summary>Whether a case label or pattern matches an enum member's value.</summary>
    private static bool Matches(IOperation pattern, object member) => pattern switch
    {
        IConstantPatternOperation constant => Matches(constant.Value, member),
        IRelationalPatternOperation relational => Number(relational.Value) is { } bound && ConstantValues.AsInteger(member) is { } value && relational.OperatorKind switch
        {
            BinaryOperatorKind.LessThan => value < bound,
            BinaryOperatorKind.LessThanOrEqual => value <= bound,
            BinaryOperatorKind.GreaterThan => value > bound,
            BinaryOperatorKind.GreaterThanOrEqual => value >= bound,
            _ => true,
        },
        INegatedPatternOperation negated => !Matches(negated.Pattern, member),
        IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } or => Matches(or.LeftPattern, member) || Matches(or.RightPattern, member),
        IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And } and => Matches(and.LeftPattern, member) && Matches(and.RightPattern, member),
        IPatternOperation => true, // discard, var, declaration, type, or a pattern the rule cannot read
        _ => pattern.ConstantValue switch
        {
            { HasValue: true, Value: null } => false, // case null: matches no member
            { HasValue: true, Value: { } constant } => ConstantValues.AsInteger(constant) == ConstantValues.AsInteger(member),
            _ => true,
        },
    };

    private static decimal? Number(IOperation operation) =>
        ConstantValues.TryGetInteger(operation, out decimal value) ? value : null;
}
