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
/// ASM0006: reads the time from an <c>IClock</c> instead: one already in scope, or a new <c>clock</c> parameter of the
/// enclosing method. <c>SystemClock.Instance</c> becomes <c>clock</c>; <c>DateTime.Now</c> becomes the clock's instant
/// in <c>KazakhstanTime.Zone</c>.
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

        string? clockInScope = ClockInScope(model, access, context.CancellationToken);
        BaseMethodDeclarationSyntax? method = access.FirstAncestorOrSelf<BaseMethodDeclarationSyntax>();
        if (clockInScope is null && method is null)
        {
            return;
        }

        string clock = clockInScope ?? "clock";
        string replacement = (model.GetSymbolInfo(access, context.CancellationToken).Symbol?.ContainingType?.Name, access.Name.Identifier.Text) switch
        {
            ("SystemClock", _) => clock,
            ("DateTime", "UtcNow") => $"{clock}.GetCurrentInstant().ToDateTimeUtc()",
            ("DateTime", "Today") => $"{clock}.GetCurrentInstant().InZone({Zone}).Date.ToDateTimeUnspecified()",
            ("DateTime", _) => $"{clock}.GetCurrentInstant().InZone({Zone}).ToDateTimeUnspecified()",
            ("DateTimeOffset", "UtcNow") => $"{clock}.GetCurrentInstant().ToDateTimeOffset()",
            _ => $"{clock}.GetCurrentInstant().InZone({Zone}).ToDateTimeOffset()",
        };

        context.RegisterCodeFix(
            CodeAction.Create(
                clockInScope is null ? "Take an IClock parameter" : $"Read the time from '{clockInScope}'",
                _ => Task.FromResult(context.Document.WithSyntaxRoot(Fix(root, access, method, replacement, addParameter: clockInScope is null))),
                nameof(SystemClockFixer)),
            diagnostic);
    }

    private static SyntaxNode Fix(SyntaxNode root, MemberAccessExpressionSyntax access, BaseMethodDeclarationSyntax? method, string replacement, bool addParameter)
    {
        ExpressionSyntax expression = SyntaxFactory.ParseExpression(replacement).WithTriviaFrom(access).WithAdditionalAnnotations(Simplifier.Annotation);
        if (!addParameter || method is null)
        {
            return root.ReplaceNode(access, expression);
        }

        BaseMethodDeclarationSyntax updated = method.ReplaceNode(access, expression);
        ParameterSyntax parameter = SyntaxFactory.Parameter(SyntaxFactory.Identifier("clock"))
            .WithType(SyntaxFactory.ParseTypeName("global::NodaTime.IClock").WithAdditionalAnnotations(Simplifier.Annotation).WithTrailingTrivia(SyntaxFactory.Space));
        return root.ReplaceNode(method, updated.AddParameterListParameters(parameter));
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
