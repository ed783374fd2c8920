using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Kz.Assembly.Domain.CodeFixes;

/// <summary>
/// The shared part of every fixer: the one rule it fixes, the set-up (root, model, the node of each diagnostic), Fix All
/// by batch (each fix edits one node), and the rule that a fix is offered only where its result compiles with no error
/// the code did not already have. A fixer only says what its fix is (<see cref="Propose"/>).
/// </summary>
public abstract class DomainFixer : CodeFixProvider
{
    private readonly ImmutableArray<string> ids;

    private protected DomainFixer(string ruleId) => ids = ImmutableArray.Create(ruleId);

    /// <inheritdoc/>
    public sealed override ImmutableArray<string> FixableDiagnosticIds => ids;

    /// <inheritdoc/>
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <summary>
    /// Looks up what every fixer needs once (the syntax root and the semantic model) and asks the fixer for a fix to
    /// each of the context's diagnostics of its rule, not only the first: a light bulb may carry several on one span,
    /// and Fix All (a batch of single-diagnostic contexts, merged) reaches every one of them.
    /// </summary>
    /// <param name="context">The document and the diagnostics to fix.</param>
    /// <returns>A task that completes when every fix that compiles is registered.</returns>
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (!ids.Contains(diagnostic.Id) || !root.FullSpan.Contains(diagnostic.Location.SourceSpan))
            {
                continue;
            }

            var site = new FixSite(context.Document, root, model, diagnostic, context.CancellationToken);
            if (Propose(site) is { } fix)
            {
                await RegisterIfItCompilesAsync(context, diagnostic, fix).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The fix for one diagnostic of the rule, or null where the rule's fix does not apply.</summary>
    private protected abstract ProposedFix? Propose(FixSite site);

    /// <summary>
    /// Offers a fix whose changed document binds with no new error. A fix can only be judged by the compiler: an
    /// assignment to an init-only property, a name that does not exist in a static method, a keyword as an enum member,
    /// a call an expression tree cannot hold, all look fine as syntax. The document is bound once more, which an IDE
    /// does anyway to show the preview.
    /// </summary>
    private async Task RegisterIfItCompilesAsync(CodeFixContext context, Diagnostic diagnostic, ProposedFix fix)
    {
        if (await AddsErrorsAsync(context.Document, fix.Changed, context.CancellationToken).ConfigureAwait(false))
        {
            return;
        }

        Document changed = fix.Changed;
        context.RegisterCodeFix(CodeAction.Create(fix.Title, _ => Task.FromResult(changed), GetType().Name), diagnostic);
    }

    /// <summary>
    /// The errors of each document a fix starts from, bound once however many fixes are judged against it: a light bulb
    /// over a file with many diagnostics, or Fix All, asks for one fix per diagnostic. Documents are immutable
    /// snapshots, so an entry never goes stale, and the table lets go of it with the document.
    /// </summary>
    private static readonly ConditionalWeakTable<Document, Dictionary<string, int>> ErrorsBefore = new();

    private static async Task<bool> AddsErrorsAsync(Document before, Document after, CancellationToken cancellationToken)
    {
        if (!ErrorsBefore.TryGetValue(before, out Dictionary<string, int>? old))
        {
            Dictionary<string, int> bound = await ErrorsAsync(before, cancellationToken).ConfigureAwait(false);
            old = ErrorsBefore.GetValue(before, _ => bound);
        }

        foreach (KeyValuePair<string, int> error in await ErrorsAsync(after, cancellationToken).ConfigureAwait(false))
        {
            if (!old.TryGetValue(error.Key, out int count) || error.Value > count)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The document's errors as a multiset of id and message (positions move when text changes).</summary>
    private static async Task<Dictionary<string, int>> ErrorsAsync(Document document, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, int>();
        if (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
        {
            return errors;
        }

        foreach (Diagnostic diagnostic in model.GetDiagnostics(cancellationToken: cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            string key = diagnostic.Id + " " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            errors[key] = errors.TryGetValue(key, out int count) ? count + 1 : 1;
        }

        return errors;
    }
}
