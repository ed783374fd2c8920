using System.Composition;
using System.Linq;
using System.Threading;
using Kz.Assembly.Domain.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace Kz.Assembly.Domain.CodeFixes.Rules;

/// <summary>
/// ASM0006: reads the time from an <c>IClock</c> already in scope instead (a parameter, a local, a field or a property,
/// usable where the call is): <c>SystemClock.Instance</c> becomes <c>clock</c>; <c>DateTime.Now</c> becomes the clock's
/// instant in <c>KazakhstanTime.Zone</c>. With no clock in scope no fix is offered: taking a new parameter would change
/// a signature and break its callers.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SystemClockFixer)), Shared]
public sealed class SystemClockFixer : DomainFixer
{
    private const string Zone = "Kz.Assembly.Domain.Periods.KazakhstanTime.Zone";

    public SystemClockFixer()
        : base(RuleIdentifiers.SystemClock)
    {
    }

    private protected override ProposedFix? Propose(FixSite site)
    {
        SemanticModel model = site.Model;
        if (site.Node is not MemberAccessExpressionSyntax access)
        {
            return null;
        }

        // Only a clock already in scope: adding a parameter would change a signature (breaking its callers, an
        // interface implementation, an operator or a static lambda), so without one no fix is offered.
        if (ClockInScope(model, access, site.CancellationToken) is not { } clock)
        {
            return null;
        }

        string replacement = (model.GetSymbolInfo(access, site.CancellationToken).Symbol?.ContainingType?.Name, access.Name.Identifier.Text) switch
        {
            ("SystemClock", _) => clock,
            ("DateTime", "UtcNow") => $"{clock}.GetCurrentInstant().ToDateTimeUtc()",
            ("DateTime", "Today") => $"{clock}.GetCurrentInstant().InZone({Zone}).Date.ToDateTimeUnspecified()",
            ("DateTime", _) => $"{clock}.GetCurrentInstant().InZone({Zone}).ToDateTimeUnspecified()",
            ("DateTimeOffset", "UtcNow") => $"{clock}.GetCurrentInstant().ToDateTimeOffset()",
            _ => $"{clock}.GetCurrentInstant().InZone({Zone}).ToDateTimeOffset()",
        };

        return site.Replace($"Read the time from '{clock}'", access, SyntaxFactory.ParseExpression(replacement).WithTriviaFrom(access).WithAdditionalAnnotations(Simplifier.Annotation));
    }

    private static string? ClockInScope(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
    {
        INamedTypeSymbol? clockType = model.Compilation.GetTypeByMetadataName("NodaTime.IClock");
        return model.LookupSymbols(node.SpanStart)
            .FirstOrDefault(symbol => symbol switch
            {
                ILocalSymbol local => SymbolEqualityComparer.Default.Equals(local.Type, clockType),
                IParameterSymbol parameter => SymbolEqualityComparer.Default.Equals(parameter.Type, clockType),
                IFieldSymbol field => SymbolEqualityComparer.Default.Equals(field.Type, clockType),
                IPropertySymbol property => SymbolEqualityComparer.Default.Equals(property.Type, clockType),
                _ => false,
            })?.Name;
    }
}
