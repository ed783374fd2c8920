using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kz.Assembly.Domain.Analyzers.Rules;

/// <summary>
/// ASM0006: the machine's clock (<c>DateTime.Now/UtcNow/Today</c>, <c>DateTimeOffset.Now/UtcNow</c>,
/// <c>SystemClock.Instance</c>) flowing into domain or NodaTime time, where an injected <c>IClock</c> belongs.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SystemClockAnalyzer : DomainAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.SystemClock,
        title: "Machine clock flows into domain time",
        messageFormat: "{0} reads the machine's clock; take an IClock and read \"today\" through it (KazakhstanTime.Today(clock))",
        category: RuleIdentifiers.DomainCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Domain time must come from an injected NodaTime IClock read in Asia/Almaty, so it is testable and right on any server's time zone.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.SystemClock));

    public SystemClockAnalyzer()
        : base(Rule)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, DomainSymbols symbols)
    {
        INamedTypeSymbol? dateTime = start.Compilation.GetSpecialType(SpecialType.System_DateTime);
        INamedTypeSymbol? dateTimeOffset = start.Compilation.GetTypeByMetadataName("System.DateTimeOffset");
        start.RegisterOperationAction(c => Analyze(c, symbols.SystemClock, dateTime, dateTimeOffset), OperationKind.PropertyReference);
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol? systemClock, INamedTypeSymbol? dateTime, INamedTypeSymbol? dateTimeOffset)
    {
        var reference = (IPropertyReferenceOperation)context.Operation;
        IPropertySymbol property = reference.Property;
        if (!property.IsStatic)
        {
            return;
        }

        INamedTypeSymbol type = property.ContainingType;
        bool isSystemClock = SymbolEqualityComparer.Default.Equals(type, systemClock) && property.Name == "Instance";
        bool isClock =
            (SymbolEqualityComparer.Default.Equals(type, dateTime) && property.Name is "Now" or "UtcNow" or "Today")
            || (SymbolEqualityComparer.Default.Equals(type, dateTimeOffset) && property.Name is "Now" or "UtcNow")
            || isSystemClock;
        if (!isClock || !FlowsIntoDomainTime(reference, isSystemClock))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, reference.Syntax.GetLocation(), type.Name + "." + property.Name));
    }

    /// <summary>
    /// Whether an enclosing call or creation targets a domain or NodaTime type (walks up to the statement). A variable
    /// declared of a domain or NodaTime type counts too, except for <c>SystemClock.Instance</c>: <c>IClock clock =
    /// SystemClock.Instance;</c> is the composition root, the one line where NodaTime says the system clock belongs.
    /// </summary>
    private static bool FlowsIntoDomainTime(IOperation operation, bool isSystemClock, bool throughLocal = true)
    {
        for (IOperation? current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IInvocationOperation invocation when DomainSymbols.IsDomainOrNodaTime(invocation.TargetMethod.ContainingType):
                case IObjectCreationOperation creation when DomainSymbols.IsDomainOrNodaTime(creation.Type):
                    return true;
                case IVariableDeclaratorOperation declarator when !isSystemClock && DomainSymbols.IsDomainOrNodaTime(declarator.Symbol.Type):
                    return true;
                case IVariableDeclaratorOperation declarator when !isSystemClock && throughLocal:
                    // var now = DateTime.Now; … LocalDate.FromDateTime(now): one step of flow through a local.
                    return ReadIntoDomainTime(declarator);
                case IBlockOperation or IMethodBodyOperation or ILocalFunctionOperation or IAnonymousFunctionOperation:
                    return false;
            }
        }

        return false;
    }

    /// <summary>Whether a local declared from the machine's clock is read, later in the same body, where the value
    /// flows into domain time.</summary>
    private static bool ReadIntoDomainTime(IVariableDeclaratorOperation declarator)
    {
        IOperation root = declarator;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        foreach (IOperation use in root.Descendants())
        {
            if (use is ILocalReferenceOperation reference
                && SymbolEqualityComparer.Default.Equals(reference.Local, declarator.Symbol)
                && FlowsIntoDomainTime(reference, isSystemClock: false, throughLocal: false))
            {
                return true;
            }
        }

        return false;
    }
}
