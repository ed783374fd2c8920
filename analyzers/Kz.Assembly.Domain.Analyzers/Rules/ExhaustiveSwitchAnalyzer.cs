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
        IOperation value;
        var handled = new HashSet<object>();
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
                            case ISingleValueCaseClauseOperation { Value.ConstantValue: { HasValue: true, Value: { } constant } }:
                                handled.Add(constant);
                                break;
                            case IPatternCaseClauseOperation { Guard: null, Pattern: var pattern }:
                                if (!Collect(pattern, handled))
                                {
                                    return;
                                }

                                break;
                        }
                    }
                }

                break;
            case ISwitchExpressionOperation expression:
                value = expression.Value;
                foreach (ISwitchExpressionArmOperation arm in expression.Arms)
                {
                    if (arm.Guard is null && !Collect(arm.Pattern, handled))
                    {
                        return;
                    }
                }

                break;
            default:
                return;
        }

        if (value.Type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType
            || (!DomainSymbols.IsDomain(enumType) && DomainSymbols.Find(enumType, symbols.Exhaustive) is null))
        {
            return;
        }

        var missing = new StringBuilder();
        foreach (ISymbol member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: { } constant } field && !handled.Contains(constant))
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

    /// <summary>Adds the constants a pattern handles; returns false when it handles everything (discard, var, type pattern).</summary>
    private static bool Collect(IPatternOperation pattern, HashSet<object> handled)
    {
        switch (pattern)
        {
            case IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: { } constant } }:
                handled.Add(constant);
                return true;
            case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } or:
                return Collect(or.LeftPattern, handled) && Collect(or.RightPattern, handled);
            case IDiscardPatternOperation or IDeclarationPatternOperation or ITypePatternOperation:
                return false;
            default:
                return true;
        }
    }
}
