using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
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

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        Diagnostic diagnostic = context.Diagnostics[0];
        if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not MemberAccessExpressionSyntax access || model is null)
        {
            return;
        }

        // Only a clock already in scope: adding a parameter would change a signature (breaking its callers, an
        // interface implementation, an operator or a static lambda), so without one no fix is offered.
        if (ClockInScope(model, access, context.CancellationToken) is not { } clock)
        {
            return;
        }

        string replacement = (model.GetSymbolInfo(access, context.CancellationToken).Symbol?.ContainingType?.Name, access.Name.Identifier.Text) switch
        {
            ("SystemClock", _) => clock,
            ("DateTime", "UtcNow") => $"{clock}.GetCurrentInstant().ToDateTimeUtc()",
            ("DateTime", "Today") => $"{clock}.GetCurrentInstant().InZone({Zone}).Date.ToDateTimeUnspecified()",
            ("DateTime", _) => $"{clock}.GetCurrentInstant().InZone({Zone}).ToDateTimeUnspecified()",
            ("DateTimeOffset", "UtcNow") => $"{clock}.GetCurrentInstant().ToDateTimeOffset()",
            _ => $"{clock}.GetCurrentInstant().InZone({Zone}).ToDateTimeOffset()",
        };

        await RegisterIfItCompilesAsync(
            context,
            $"Read the time from '{clock}'",
            context.Document.WithSyntaxRoot(root.ReplaceNode(access, SyntaxFactory.ParseExpression(replacement).WithTriviaFrom(access).WithAdditionalAnnotations(Simplifier.Annotation))),
            nameof(SystemClockFixer)).ConfigureAwait(false);
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
