using System.Composition;
using System.Globalization;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
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

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        Diagnostic diagnostic = context.Diagnostics[0];
        if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression
            || model?.GetTypeInfo(expression, context.CancellationToken).ConvertedType is not INamedTypeSymbol type
            || DomainSymbols.Create(model.Compilation)?.ValidRange is not { } validRange
            || FactoryCall(type, validRange, type.ToMinimalDisplayString(model, expression.SpanStart)) is not { } call)
        {
            return;
        }

        await RegisterIfItCompilesAsync(
            context,
            $"Use {type.Name}.Create",
            context.Document.WithSyntaxRoot(root.ReplaceNode(expression, SyntaxFactory.ParseExpression(call).WithTriviaFrom(expression))),
            nameof(NoDefaultFixer)).ConfigureAwait(false);
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
