using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Kz.Assembly.Domain.Analyzers;

/// <summary>
/// Whether an operation stands in an expression that does not compile yet: inside an operation the compiler could not
/// bind (an unknown method, a wrong argument count), or in a statement with a syntax error (half-typed). A rule about
/// style waits until the code compiles, so the editor shows the compiler's error alone.
/// </summary>
internal static class BrokenCode
{
    public static bool Contains(IOperation operation)
    {
        for (IOperation? current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IInvalidOperation)
            {
                return true;
            }
        }

        foreach (SyntaxNode node in operation.Syntax.AncestorsAndSelf())
        {
            if (node is StatementSyntax or MemberDeclarationSyntax or ArrowExpressionClauseSyntax or EqualsValueClauseSyntax)
            {
                return node.ContainsDiagnostics;
            }
        }

        return false;
    }
}
