using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kz.Assembly.Domain.Analyzers.Rules;

/// <summary>ASM0004: <c>default(T)</c>, <c>default</c> or <c>new T()</c> of a value type marked [NoDefault].</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NoDefaultAnalyzer : DomainAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.DefaultDomainValue,
        title: "Default instance of a domain value with no valid default",
        messageFormat: "The default {0} is not a valid value; create one with its factory",
        category: RuleIdentifiers.DomainCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A value type marked [NoDefault] has no meaningful zero value (a session numbered 0); every domain factory rejects it.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.DefaultDomainValue));

    public NoDefaultAnalyzer()
        : base(Rule)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, DomainSymbols symbols)
    {
        INamedTypeSymbol? noDefault = symbols.NoDefault;
        if (noDefault is null)
        {
            return;
        }

        start.RegisterOperationAction(c => Analyze(c, noDefault), OperationKind.DefaultValue, OperationKind.ObjectCreation);
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol noDefault)
    {
        IOperation operation = context.Operation;
        ITypeSymbol? type = operation switch
        {
            IDefaultValueOperation defaultValue => defaultValue.Type,
            // new SessionNumber() and new SessionNumber() { }: an empty initializer sets nothing either.
            IObjectCreationOperation { Arguments.Length: 0, Type.IsValueType: true } creation
                when creation.Initializer is null || creation.Initializer.Initializers.IsEmpty => creation.Type,
            _ => null,
        };
        if (type is null || DomainSymbols.Find(type, noDefault) is null)
        {
            return;
        }

        // Parameter defaults (void M(SessionNumber n = default)) are checked where the method is called, not declared;
        // but a primary constructor's (record R(SessionNumber Number = default)) becomes a property that every
        // new R(), deserializer and with-expression fills with the invalid value, so it is flagged where it is written.
        if (operation.Syntax.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.EqualsValueClauseSyntax { Parent: Microsoft.CodeAnalysis.CSharp.Syntax.ParameterSyntax { Parent.Parent: not Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax } })
        {
            return;
        }

        // Comparing with default is how code asks "is this the invalid default?": n == default, n != default,
        // n.Equals(default). Nothing invalid is made or passed on there.
        IOperation? parent = operation.Parent;
        while (parent is IConversionOperation { IsImplicit: true })
        {
            parent = parent.Parent;
        }

        if (parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals }
            || parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: nameof(object.Equals) } })
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, operation.Syntax.GetLocation(), type.Name));
    }
}
