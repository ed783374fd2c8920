using System.Composition;
using System.Linq;
using Kz.Assembly.Domain.Analyzers;
using Kz.Assembly.Domain.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace Kz.Assembly.Domain.CodeFixes.Rules;

/// <summary>
/// ASM0008: adds the missing members: one section of case labels ending in <c>break;</c> for a switch statement,
/// arms that throw <c>NotSupportedException</c> for a switch expression (as Roslyn's own "add missing cases" does).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ExhaustiveSwitchFixer)), Shared]
public sealed class ExhaustiveSwitchFixer : DomainFixer
{
    private static readonly string[] Separator = [", "];

    public ExhaustiveSwitchFixer()
        : base(RuleIdentifiers.NonExhaustiveSwitch)
    {
    }

    private protected override ProposedFix? Propose(FixSite site)
    {
        SemanticModel model = site.Model;
        if (!site.Diagnostic.Properties.TryGetValue(ExhaustiveSwitchAnalyzer.MissingProperty, out string? missingList) || missingList is null)
        {
            return null;
        }

        SyntaxNode? node = site.Root.FindToken(site.Diagnostic.Location.SourceSpan.Start).Parent;
        SyntaxNode? target = node?.AncestorsAndSelf().FirstOrDefault(n => n is SwitchStatementSyntax or SwitchExpressionSyntax);
        ExpressionSyntax? governing = target switch
        {
            SwitchStatementSyntax statement => statement.Expression,
            SwitchExpressionSyntax expression => expression.GoverningExpression,
            _ => null,
        };
        if (governing is null || model.GetTypeInfo(governing, site.CancellationToken).Type is not { } switchedType)
        {
            return null;
        }

        // Over a nullable enum the cases name the enum's members (AssemblyActivityKind.Event, not AssemblyActivityKind?.Event).
        ITypeSymbol enumType = switchedType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : switchedType;

        string typeName = enumType.ToMinimalDisplayString(model, governing.SpanStart);
        // A member named like a keyword is written escaped (Keyword.@class), as the compiler needs it.
        string[] missing = [.. missingList.Split(Separator, System.StringSplitOptions.RemoveEmptyEntries)
            .Select(m => SyntaxFacts.GetKeywordKind(m) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(m) != SyntaxKind.None ? "@" + m : m)];
        SyntaxNode replacement = target switch
        {
            SwitchStatementSyntax statement => statement.AddSections(SyntaxFactory.SwitchSection(
                SyntaxFactory.List<SwitchLabelSyntax>(missing.Select(m => SyntaxFactory.CaseSwitchLabel(SyntaxFactory.ParseExpression(typeName + "." + m)))),
                SyntaxFactory.SingletonList<StatementSyntax>(SyntaxFactory.BreakStatement()))),
            SwitchExpressionSyntax expression => expression.AddArms(missing.Select(m => SyntaxFactory.SwitchExpressionArm(
                SyntaxFactory.ConstantPattern(SyntaxFactory.ParseExpression(typeName + "." + m)),
                SyntaxFactory.ParseExpression("throw new System.NotSupportedException()"))).ToArray()),
            _ => target!,
        };

        return site.Replace("Add the missing cases", target!, replacement.WithAdditionalAnnotations(Formatter.Annotation));
    }
}
