using System.Composition;
using System.Globalization;
using Kz.Assembly.Domain.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kz.Assembly.Domain.CodeFixes.Rules;

/// <summary>
/// ASM0004: replaces <c>default(T)</c> / <c>new T()</c> with the type's <c>Create</c> factory called with the smallest
/// valid values (<c>SessionNumber.Create(1)</c>), when every parameter of that factory declares its range.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NoDefaultFixer)), Shared]
public sealed class NoDefaultFixer : DomainFixer
{
    public NoDefaultFixer()
        : base(RuleIdentifiers.DefaultDomainValue)
    {
    }

    private protected override ProposedFix? Propose(FixSite site)
    {
        SemanticModel model = site.Model;
        if (site.Node is not ExpressionSyntax expression
            || model.GetTypeInfo(expression, site.CancellationToken).ConvertedType is not INamedTypeSymbol type
            || DomainSymbols.Create(model.Compilation)?.ValidRange is not { } validRange
            || FactoryCall(type, validRange, type.ToMinimalDisplayString(model, expression.SpanStart)) is not { } call)
        {
            return null;
        }

        return site.Replace($"Use {type.Name}.Create", expression, SyntaxFactory.ParseExpression(call).WithTriviaFrom(expression));
    }

    private static string? FactoryCall(INamedTypeSymbol type, INamedTypeSymbol validRange, string typeName)
    {
        foreach (ISymbol member in type.GetMembers("Create"))
        {
            if (member is not IMethodSymbol { IsStatic: true } method || !SymbolEqualityComparer.Default.Equals(method.ReturnType, type))
            {
                continue;
            }

            var arguments = new string[method.Parameters.Length];
            for (int i = 0; i < arguments.Length; i++)
            {
                if (DomainSymbols.Find(method.Parameters[i], validRange) is not { } range || AttributeArgument.Number(range, 0, 2) is not { } minimum)
                {
                    arguments = null!;
                    break;
                }

                arguments[i] = minimum.ToString(CultureInfo.InvariantCulture);
            }

            if (arguments is not null)
            {
                // The name as it binds where the fix goes: imported, aliased (Num) or fully qualified.
                return typeName + ".Create(" + string.Join(", ", arguments) + ")";
            }
        }

        return null;
    }
}
