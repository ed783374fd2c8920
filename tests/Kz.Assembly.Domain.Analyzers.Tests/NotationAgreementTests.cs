using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Analyzers.Rules;
using Kz.Assembly.Domain.Localization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kz.Assembly.Domain.Analyzers.Tests;

/// <summary>
/// The analyzers and the library read Roman numerals from one source (src/Kz.Assembly.Domain/Notation). Proven the way
/// a user meets it: every numeral of 1..3999, in Latin, small letters, Cyrillic look-alikes and mixed scripts, plus
/// forms that are not numerals, passed as constants to <c>RomanNumeral.Parse</c>: ASM0002 reports exactly the texts
/// that <c>RomanNumeral.TryParse</c> refuses, and ASM0003 exactly the valid ones that mix scripts.
/// </summary>
public class NotationAgreementTests
{
    private const int StatementsPerMethod = 1000;

    [Fact]
    public async Task ASM0002_and_ASM0003_agree_with_the_library_on_every_numeral_and_its_look_alike_forms()
    {
        List<string> texts = Forms();
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(texts);

        var flaggedInvalid = Lines(diagnostics, "ASM0002");
        var flaggedMixed = Lines(diagnostics, "ASM0003");
        var disagreements = new List<string>();
        for (int i = 0; i < texts.Count; i++)
        {
            bool valid = RomanNumeral.TryParse(texts[i], out _);
            bool mixed = valid && texts[i].Any(IsLatin) && texts[i].Any(IsCyrillic);
            if (flaggedInvalid.Contains(i) == valid)
            {
                disagreements.Add($"'{texts[i]}': the library says {(valid ? "valid" : "invalid")}, ASM0002 {(valid ? "flags it" : "is silent")}");
            }

            if (flaggedMixed.Contains(i) != mixed)
            {
                disagreements.Add($"'{texts[i]}': mixed {mixed}, ASM0003 {(mixed ? "is silent" : "flags it")}");
            }
        }

        Assert.Empty(disagreements.Take(20));
        Assert.True(texts.Count > 4 * RomanNumeral.MaxValue, $"only {texts.Count} forms were tried");
        Assert.True(flaggedInvalid.Count > 100, "the invalid forms must be flagged: the test would pass with no analyzer at all");
        Assert.True(flaggedMixed.Count > 1000, "the mixed forms must be flagged");
    }

    /// <summary>Each numeral in four scripts and the near misses around it.</summary>
    private static List<string> Forms()
    {
        var forms = new List<string>();
        for (int value = RomanNumeral.MinValue; value <= RomanNumeral.MaxValue; value++)
        {
            string latin = RomanNumeral.ToRoman(value);
            string cyrillic = ToCyrillic(latin);
            forms.Add(latin);
            forms.Add(latin.ToLowerInvariant());
            forms.Add(cyrillic);
            forms.Add(cyrillic[..1] + latin[1..]);                         // mixed: ХXIV
            forms.Add($"{cyrillic} ({value})");                             // its value in brackets
            forms.Add($"{latin} ({value + 1})");                            // brackets that disagree
            forms.Add(latin + "I");                                         // one letter too many: often not canonical
            if (value % 97 == 0)
            {
                forms.Add(latin.Replace("IV", "IIII", StringComparison.Ordinal)); // not canonical
                forms.Add(latin + "\0");
                forms.Add(" " + latin + " ");
            }
        }

        forms.AddRange(["", " ", "0", "MMMM", "IIII", "VX", "IC", "ⅻ", "Ⅻ", "ↁ", "XII (12\0)", "XII ()", "XIIA", "ХІІ", "Хii", "ѴІ", "(12)"]);
        return forms;
    }

    private static string ToCyrillic(string latin)
    {
        var result = new StringBuilder(latin.Length);
        foreach (char c in latin)
        {
            result.Append(c switch { 'X' => 'Х', 'I' => 'І', 'C' => 'С', 'M' => 'М', 'V' => 'Ѵ', _ => c });
        }

        return result.ToString();
    }

    private static bool IsLatin(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(List<string> texts)
    {
        var source = new StringBuilder("using Kz.Assembly.Domain.Localization;\ninternal static class Numerals\n{\n");
        for (int i = 0; i < texts.Count; i++)
        {
            if (i % StatementsPerMethod == 0)
            {
                source.Append(i == 0 ? string.Empty : "    }\n").Append("    public static void M").Append(i / StatementsPerMethod).Append("()\n    {\n");
            }

            // One statement a line, ending in the index of its text, which Lines reads back.
            source.Append("        RomanNumeral.Parse(").Append(SymbolDisplay.FormatLiteral(texts[i], quote: true)).Append("); // #").Append(i).Append('\n');
        }

        source.Append("    }\n}\n");
        Project project = Corpus.NewProject("Numerals").AddDocument("Numerals.cs", source.ToString()).Project;
        Compilation compilation = (await project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return await compilation
            .WithAnalyzers([new RomanNumeralAnalyzer(), new MixedScriptAnalyzer()])
            .GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>The indexes of the texts a rule flagged, read from the end of the line each diagnostic is on.</summary>
    private static HashSet<int> Lines(ImmutableArray<Diagnostic> diagnostics, string id) =>
        [.. diagnostics.Where(d => d.Id == id).Select(d =>
        {
            string line = d.Location.SourceTree!.GetText().Lines[d.Location.GetLineSpan().StartLinePosition.Line].ToString();
            return int.Parse(line[(line.LastIndexOf('#') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        })];
}
