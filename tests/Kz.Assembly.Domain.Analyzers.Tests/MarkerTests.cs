using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Kz.Assembly.Domain.Analyzers.Tests;

/// <summary>
/// Precision and recall on the corpus: each line that must be flagged says so with a <c>// want ASM0001</c> comment
/// (several ids separated by spaces), and the rules must report exactly those: no false positive, no false negative.
/// </summary>
public class MarkerTests
{

    public static TheoryData<string> CorpusFiles => new(Corpus.FileNames);

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task The_rules_report_exactly_the_wanted_diagnostics(string file)
    {
        string text = Corpus.Read(file);
        Document document = Corpus.NewProject("Markers").AddDocument("Code.cs", SourceText.From(text));
        Compilation compilation = (await document.Project.GetCompilationAsync())!;
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(AllAnalyzers.Analyzers).GetAnalyzerDiagnosticsAsync();

        var found = diagnostics.Where(d => d.Id.StartsWith("ASM", StringComparison.Ordinal))
            .Select(d => $"{d.Id} line {d.Location.GetLineSpan().StartLinePosition.Line + 1}")
            .Order(StringComparer.Ordinal).ToList();
        List<string> wanted = Corpus.Wanted(text);
        wanted.Sort(StringComparer.Ordinal);
        var falsePositives = found.Except(wanted).ToList();
        var falseNegatives = wanted.Except(found).ToList();
        Assert.True(falsePositives.Count == 0 && falseNegatives.Count == 0, $"{file}: false positives [{string.Join(", ", falsePositives)}], false negatives [{string.Join(", ", falseNegatives)}]");
    }
}
