using System.Threading;
using Microsoft.CodeAnalysis;

namespace Kz.Assembly.Domain.CodeFixes;

/// <summary>One diagnostic to fix, with what every fixer looks up first.</summary>
internal sealed class FixSite
{
    internal FixSite(Document document, SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        Document = document;
        Root = root;
        Model = model;
        Diagnostic = diagnostic;
        CancellationToken = cancellationToken;
        Node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
    }

    public Document Document { get; }

    public SyntaxNode Root { get; }

    public SemanticModel Model { get; }

    public Diagnostic Diagnostic { get; }

    /// <summary>The innermost node the diagnostic's span covers.</summary>
    public SyntaxNode Node { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>A fix that puts <paramref name="replacement"/> where <paramref name="old"/> was.</summary>
    public ProposedFix Replace(string title, SyntaxNode old, SyntaxNode replacement) =>
        new(title, Document.WithSyntaxRoot(Root.ReplaceNode(old, replacement)));
}

/// <summary>What a fixer proposes: its title and the document it would leave.</summary>
internal sealed class ProposedFix
{
    internal ProposedFix(string title, Document changed)
    {
        Title = title;
        Changed = changed;
    }

    public string Title { get; }

    public Document Changed { get; }
}
