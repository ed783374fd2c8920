using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Sessions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Kz.Assembly.Domain.Analyzers.Tests;

/// <summary>
/// An IDE runs the rules on every keystroke and offers fixes on half-typed code. Every prefix of each corpus file (cut
/// at each token's end) and every one-token deletion of it goes through every analyzer, and every fixer is asked for
/// its fixes and each fix is computed; none may throw (AD0001 in an editor).
/// </summary>
/// <remarks>
/// Kept within a minute by four choices. The analyzers run on the span an edit can change, from the member the edit
/// falls in to the end of the file (and once on the whole, unedited file). Every variant is one tree added to a
/// compilation of the empty project, so the references are bound once, not once per variant. A fixer is judged by
/// compiling its result (a full binding per fix) while consecutive variants mostly repeat the same diagnostic in code
/// that has not changed, so each fixer runs once per <em>situation</em>: the rule, the diagnostic's place, and every
/// token a fixer reads (the usings, the type's header, fields and properties, and its own member up to the end of the
/// statement it is in). And the test runs in a collection of its own, after the other test classes, so that it has
/// the machine's cores to itself rather than sharing them with the fixes-compile test.
/// </remarks>
[Collection(nameof(TypingTests))]
public class TypingTests
{
    public static TheoryData<string> CorpusFiles => new(Corpus.TypingFileNames);

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task Every_prefix_and_one_token_deletion_leaves_every_rule_and_fixer_standing(string file)
    {
        string text = Corpus.Read(file);
        List<(string Text, int Edit)> variants = Variants(text);
        Assert.True(variants.Count > 50, $"{file}: only {variants.Count} variants");

        Project project = Corpus.NewProject("Typing");

        var failures = new ConcurrentBag<string>();
        Compilation empty = (await project.GetCompilationAsync())!;
        _ = empty.GetDiagnostics(); // binds the references once, for every variant's compilation to share
        var situationsFixed = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(variants, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (edited, cancellation) =>
        {
            string variant = edited.Text;
            try
            {
                SyntaxTree tree = CSharpSyntaxTree.ParseText(variant, (CSharpParseOptions)project.ParseOptions!, "Typed.cs", cancellationToken: cancellation);
                Compilation compilation = empty.AddSyntaxTrees(tree);
                var exceptions = new ConcurrentBag<Exception>();
                var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), (exception, _, _) => exceptions.Add(exception), concurrentAnalysis: false, logAnalyzerExecutionTime: false);
                ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(AllAnalyzers.Analyzers, options)
                    .GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), EditedSpan(tree, edited.Edit), cancellation);
                foreach (Exception exception in exceptions)
                {
                    failures.Add($"analyzer: {exception.GetType().Name} {exception.Message}\n--- on ---\n{variant}");
                }

                foreach (Diagnostic diagnostic in diagnostics.Where(d => d.Id == "AD0001"))
                {
                    failures.Add($"AD0001: {diagnostic.GetMessage()}\n--- on ---\n{variant}");
                }

                SyntaxNode root = await compilation.SyntaxTrees.Single().GetRootAsync(cancellation);
                Document? document = null;
                foreach (Diagnostic diagnostic in diagnostics.Where(d => d.Id.StartsWith("ASM", StringComparison.Ordinal) && situationsFixed.TryAdd(Situation(d, root), true)))
                {
                    document ??= project.AddDocument("Typed.cs", SourceText.From(variant));
                    await RunFixers(document, diagnostic, failures, variant, cancellation);
                }
            }
            catch (Exception exception)
            {
                failures.Add($"harness: {exception}\n--- on ---\n{variant}");
            }
        });

        Assert.True(failures.IsEmpty, $"{failures.Count} failure(s) in {variants.Count} variants of {file}; first:\n{failures.FirstOrDefault()}");
    }

    /// <summary>Each prefix ending at a token, and the text without each token, with where the edit is; and the whole
    /// file, analysed whole (edit at 0).</summary>
    private static List<(string Text, int Edit)> Variants(string text)
    {
        SyntaxNode root = CSharpSyntaxTree.ParseText(text).GetRoot();
        var variants = new List<(string Text, int Edit)> { (text, 0) };
        foreach (SyntaxToken token in root.DescendantTokens())
        {
            if (token.Span.Length == 0)
            {
                continue;
            }

            variants.Add((text[..token.Span.End], token.SpanStart));
            variants.Add((text.Remove(token.SpanStart, token.Span.Length), token.SpanStart));
        }

        return variants;
    }

    /// <summary>
    /// What an edit can change: from the start of the member it falls in to the end of the file (a deleted brace
    /// reparses everything after it). Code before that member is the same code as in the variants before, each of
    /// which analysed it as it was typed, so the analyzers run on this span (every syntax node, operation and symbol in
    /// it, bound against the whole compilation) rather than on the whole file again.
    /// </summary>
    private static TextSpan EditedSpan(SyntaxTree tree, int edit)
    {
        SyntaxNode root = tree.GetRoot();
        int at = Math.Min(edit, Math.Max(0, root.FullSpan.End - 1));
        SyntaxNode? member = root.FullSpan.Length == 0 ? null : root.FindToken(at).Parent?.AncestorsAndSelf()
            .LastOrDefault(n => n is MemberDeclarationSyntax and not BaseNamespaceDeclarationSyntax and not BaseTypeDeclarationSyntax);
        int start = edit == 0 ? 0 : member?.FullSpan.Start ?? 0;
        return TextSpan.FromBounds(start, root.FullSpan.End);
    }

    /// <summary>The rule, the diagnostic's place in its member, and the tokens a fixer may read (see remarks).</summary>
    private static string Situation(Diagnostic diagnostic, SyntaxNode root)
    {
        TextSpan span = diagnostic.Location.SourceSpan;
        SyntaxNode node = root.FindNode(span, getInnermostNodeForTie: true);
        SyntaxNode? member = node.AncestorsAndSelf().OfType<MemberDeclarationSyntax>()
            .FirstOrDefault(m => m is not BaseTypeDeclarationSyntax);
        SyntaxNode scope = member?.Parent ?? root;
        var key = new System.Text.StringBuilder(diagnostic.Id).Append(' ').Append(span.Start - scope.SpanStart).Append(' ').Append(span.Length);
        IEnumerable<SyntaxToken> usings = root is CompilationUnitSyntax unit
            ? unit.Usings.SelectMany(u => u.DescendantTokens())
            : [];
        // Within its own member a fixer reads the statement it fixes and what precedes it (parameters, locals, an
        // injected clock), not the code still being typed after it.
        int end = node.AncestorsAndSelf().OfType<StatementSyntax>().FirstOrDefault()?.Span.End
            ?? member?.Span.End ?? root.Span.End;
        bool Read(SyntaxToken token) => member is null || !member.Span.Contains(token.Span) || token.Span.End <= end;

        // Of the type's other members a fixer reads the fields and properties (an injected clock), not methods.
        bool Descend(SyntaxNode n) => member is null || n.Span.Contains(member.Span) || member.Span.Contains(n.Span) || n switch
        {
            BlockSyntax or ArrowExpressionClauseSyntax => false,
            BaseMethodDeclarationSyntax or BaseTypeDeclarationSyntax => false,
            _ => true,
        };
        foreach (SyntaxToken token in usings.Concat(scope.DescendantTokens(Descend).Where(Read)))
        {
            key.Append(' ').Append(token.Text);
        }

        return key.ToString();
    }

    private static async Task RunFixers(Document document, Diagnostic diagnostic, ConcurrentBag<string> failures, string variant, CancellationToken cancellation)
    {
        foreach (CodeFixProvider fixer in AllAnalyzers.FixersOf(diagnostic))
        {
            try
            {
                foreach (CodeAction action in await AllAnalyzers.OfferedAsync(fixer, document, diagnostic, cancellation))
                {
                    _ = await action.GetOperationsAsync(cancellation);
                }
            }
            catch (Exception exception)
            {
                failures.Add($"fixer {fixer.GetType().Name} on {diagnostic.Id}: {exception.GetType().Name} {exception.Message}\n--- on ---\n{variant}");
            }
        }
    }
}

/// <summary>The typing test's own collection, run once the parallel ones are done (see <see cref="TypingTests"/>).</summary>
[CollectionDefinition(nameof(TypingTests), DisableParallelization = true)]
public sealed class TypingTestsRunAlone;
