using System;
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
/// A fix is offered only where its result compiles: every fix every fixer offers on every diagnostic of the corpus is
/// applied, and the document it gives may hold no error the original did not. Some fixes are expected, some not
/// (init-only properties, in parameters, foreach variables, expression trees).
/// </summary>
public class FixesCompileTests
{
    public static TheoryData<string> CorpusFiles => new(Corpus.FileNames);

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task Every_offered_fix_compiles(string file)
    {
        (Document document, ImmutableArray<Diagnostic> diagnostics) = await Analyze(Corpus.Read(file));
        var before = await ErrorsAsync(document);
        foreach ((Diagnostic diagnostic, CodeAction action) in await Fixes(document, diagnostics))
        {
            Document changed = await Apply(document, action);
            var after = await ErrorsAsync(changed);
            var added = after.Except(before).ToList();
            Assert.True(added.Count == 0, $"{file}: the fix '{action.Title}' for {diagnostic.Id} at {diagnostic.Location.GetLineSpan().StartLinePosition} adds: {string.Join("; ", added)}");
        }
    }

    [Fact]
    public async Task Fixes_are_offered_where_they_compile_and_withheld_where_they_would_not()
    {
        (Document document, ImmutableArray<Diagnostic> diagnostics) = await Analyze(Corpus.Read("FixTargets.cs.txt"));
        var fixes = await Fixes(document, diagnostics);
        int[] fixedLines = [.. fixes.Select(f => Line(f.Diagnostic))];

        Assert.DoesNotContain(Line(document, "Sum.Add(more);"), fixedLines);                         // init-only property
        Assert.DoesNotContain(Line(document, "more.Add(QualifiedCount.Exactly(1));"), fixedLines);  // in parameter
        Assert.DoesNotContain(Line(document, "count.Add(QualifiedCount.Exactly(1));"), fixedLines); // foreach variable
        Assert.DoesNotContain(Line(document, "Items.Add(1);"), fixedLines);                         // init-only property
        Assert.DoesNotContain(Line(document, "region => $\"{region}\""), fixedLines);               // expression tree
        Assert.Contains(Line(document, "Text(Region region) =>"), fixedLines);                       // an ordinary string

        (Diagnostic _, CodeAction keywordFix) = fixes.Single(f => f.Diagnostic.Id == "ASM0008");
        string switched = (await (await Apply(document, keywordFix)).GetTextAsync()).ToString();
        Assert.Contains("Keyword.@class", switched, StringComparison.Ordinal);
        Assert.Contains("Keyword.@event", switched, StringComparison.Ordinal);

        (Diagnostic _, CodeAction aliasFix) = fixes.Single(f => f.Diagnostic.Id == "ASM0004");
        Assert.Empty((await ErrorsAsync(await Apply(document, aliasFix))).Except(await ErrorsAsync(document)));

        (Diagnostic _, CodeAction clockFix) = fixes.Single(f => f.Diagnostic.Id == "ASM0006");
        Assert.Contains("KazakhstanTime.Today(clock)", (await (await Apply(document, clockFix)).GetTextAsync()).ToString(), StringComparison.Ordinal);
    }

    private const string ThreeMixedNumerals = """
        using Kz.Assembly.Domain.Localization;

        internal static class Numerals
        {
            public static int Sum() => RomanNumeral.Parse("ХХХІV") + RomanNumeral.Parse("XXVIІ") + RomanNumeral.Parse("ХIV");
        }
        """;

    [Fact]
    public async Task A_context_carrying_several_diagnostics_gets_a_fix_for_each_of_its_rule_not_only_the_first()
    {
        (Document document, ImmutableArray<Diagnostic> diagnostics) = await Analyze(ThreeMixedNumerals);
        Diagnostic mixed = diagnostics.First(d => d.Id == "ASM0003");

        // An IDE hands a fixer every diagnostic on one span at once: here the rule's twice, and another rule's first.
        var foreign = Diagnostic.Create(new DiagnosticDescriptor("ASM0002", "other", "other", "Domain", DiagnosticSeverity.Error, true), mixed.Location);
        var again = Diagnostic.Create(mixed.Descriptor, mixed.Location, mixed.Properties);
        var offered = new List<ImmutableArray<Diagnostic>>();
        CodeFixProvider fixer = AllAnalyzers.FixersOf(mixed).Single();
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, mixed.Location.SourceSpan, [foreign, mixed, again], (_, fixes) => offered.Add(fixes), CancellationToken.None));

        Assert.Equal(2, offered.Count);
        Assert.Same(mixed, offered[0].Single());
        Assert.Same(again, offered[1].Single());
    }

    [Fact]
    public async Task Fix_all_in_a_document_fixes_every_diagnostic_of_the_rule()
    {
        (Document document, ImmutableArray<Diagnostic> diagnostics) = await Analyze(ThreeMixedNumerals);
        ImmutableArray<Diagnostic> mixed = [.. diagnostics.Where(d => d.Id == "ASM0003")];
        CodeFixProvider fixer = AllAnalyzers.FixersOf(mixed[0]).Single();
        CodeAction first = (await AllAnalyzers.OfferedAsync(fixer, document, mixed[0], CancellationToken.None)).Single();

        var context = new FixAllContext(document, fixer, FixAllScope.Document, first.EquivalenceKey, ["ASM0003"], new KnownDiagnostics(mixed), CancellationToken.None);
        CodeAction fixAll = (await fixer.GetFixAllProvider()!.GetFixAsync(context))!;
        Document changed = await Apply(document, fixAll);

        string text = (await changed.GetTextAsync()).ToString();
        Assert.Contains("RomanNumeral.Parse(\"XXXIV\") + RomanNumeral.Parse(\"XXVII\") + RomanNumeral.Parse(\"XIV\")", text, StringComparison.Ordinal);
        (_, ImmutableArray<Diagnostic> after) = await Analyze(text);
        Assert.DoesNotContain(after, d => d.Id == "ASM0003");
    }

    /// <summary>The diagnostics Fix All is asked to fix, as an IDE hands them over.</summary>
    private sealed class KnownDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>([]);

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line;

    private static int Line(Document document, string text)
    {
        SourceText source = document.GetTextAsync().Result;
        return source.Lines.First(l => l.ToString().Contains(text, StringComparison.Ordinal)).LineNumber;
    }

    private static async Task<(Document Document, ImmutableArray<Diagnostic> Diagnostics)> Analyze(string text)
    {
        Project project = Corpus.NewProject("Fixes");
        Document document = project.AddDocument("Code.cs", SourceText.From(text));
        Compilation compilation = (await document.Project.GetCompilationAsync())!;
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(AllAnalyzers.Analyzers).GetAnalyzerDiagnosticsAsync();
        return (document, [.. diagnostics.Where(d => d.Id.StartsWith("ASM", StringComparison.Ordinal))]);
    }

    private static async Task<List<(Diagnostic Diagnostic, CodeAction Action)>> Fixes(Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var fixes = new List<(Diagnostic, CodeAction)>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            foreach (CodeFixProvider fixer in AllAnalyzers.FixersOf(diagnostic))
            {
                fixes.AddRange((await AllAnalyzers.OfferedAsync(fixer, document, diagnostic, CancellationToken.None)).Select(action => (diagnostic, action)));
            }
        }

        return fixes;
    }

    private static async Task<Document> Apply(Document document, CodeAction action)
    {
        ApplyChangesOperation operation = (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
        return operation.ChangedSolution.GetDocument(document.Id)!;
    }

    private static async Task<List<string>> ErrorsAsync(Document document)
    {
        SemanticModel model = (await document.GetSemanticModelAsync())!;
        return [.. model.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))];
    }
}
