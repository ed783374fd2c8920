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
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Kz.Assembly.Domain.Analyzers.Tests;

/// <summary>
/// An IDE runs the rules on every keystroke and offers fixes on half-typed code. Every prefix of each corpus file (cut
/// at each token's end) and every one-token deletion of it goes through every analyzer, and every fixer is asked for
/// its fixes and each fix is computed; none may throw (AD0001 in an editor).
/// </summary>
public class TypingTests
{
    public static TheoryData<string> CorpusFiles => new(Corpus.TypingFileNames);

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task Every_prefix_and_one_token_deletion_leaves_every_rule_and_fixer_standing(string file)
    {
        string text = Corpus.Read(file);
        List<string> variants = Variants(text);
        Assert.True(variants.Count > 50, $"{file}: only {variants.Count} variants");

        Project project = Corpus.NewProject("Typing");

        var failures = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(variants, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (variant, cancellation) =>
        {
            try
            {
                Document document = project.AddDocument("Typed.cs", SourceText.From(variant));
                Compilation compilation = (await document.Project.GetCompilationAsync(cancellation))!;
                var exceptions = new ConcurrentBag<Exception>();
                var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), (exception, _, _) => exceptions.Add(exception), concurrentAnalysis: false, logAnalyzerExecutionTime: false);
                ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(AllAnalyzers.Analyzers, options).GetAnalyzerDiagnosticsAsync(cancellation);
                foreach (Exception exception in exceptions)
                {
                    failures.Add($"analyzer: {exception.GetType().Name} {exception.Message}\n--- on ---\n{variant}");
                }

                foreach (Diagnostic diagnostic in diagnostics.Where(d => d.Id == "AD0001"))
                {
                    failures.Add($"AD0001: {diagnostic.GetMessage()}\n--- on ---\n{variant}");
                }

                foreach (Diagnostic diagnostic in diagnostics.Where(d => d.Id.StartsWith("ASM", StringComparison.Ordinal)))
                {
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

    /// <summary>Each prefix ending at a token, and the text without each token.</summary>
    private static List<string> Variants(string text)
    {
        SyntaxNode root = CSharpSyntaxTree.ParseText(text).GetRoot();
        var variants = new List<string>();
        foreach (SyntaxToken token in root.DescendantTokens())
        {
            if (token.Span.Length == 0)
            {
                continue;
            }

            variants.Add(text[..token.Span.End]);
            variants.Add(text.Remove(token.SpanStart, token.Span.Length));
        }

        return variants;
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
