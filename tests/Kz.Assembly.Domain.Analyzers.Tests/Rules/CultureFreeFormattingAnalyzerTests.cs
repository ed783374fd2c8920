using System.Threading.Tasks;
using Kz.Assembly.Domain.Analyzers.Rules;
using Kz.Assembly.Domain.CodeFixes.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Kz.Assembly.Domain.Analyzers.Tests.Rules;

public class CultureFreeFormattingAnalyzerTests
{
    [Fact]
    public Task ToString_gets_the_invariant_culture_it_already_wrote_in_explicitly() =>
        Verify<CultureFreeFormattingAnalyzer, CultureFreeFormattingFixer>.FixAsync(
            """
            using Kz.Assembly.Domain.Geography;

            class C
            {
                string M(Region region) => {|#0:region.ToString()|};
            }
            """,
            """
            using Kz.Assembly.Domain.Geography;

            class C
            {
                string M(Region region) => region.ToString(null, System.Globalization.CultureInfo.InvariantCulture);
            }
            """,
            new DiagnosticResult(CultureFreeFormattingAnalyzer.Rule).WithLocation(0).WithArguments("Region"));

    [Fact]
    public Task An_interpolated_string_is_created_with_the_current_culture() =>
        Verify<CultureFreeFormattingAnalyzer, CultureFreeFormattingFixer>.FixAsync(
            """
            using Kz.Assembly.Domain.Bodies;

            class C
            {
                string M(AssemblyBody body) => $"Body: {|#0:{body}|}";
            }
            """,
            """
            using Kz.Assembly.Domain.Bodies;

            class C
            {
                string M(AssemblyBody body) => string.Create(System.Globalization.CultureInfo.CurrentCulture, $"Body: {body}");
            }
            """,
            new DiagnosticResult(CultureFreeFormattingAnalyzer.Rule).WithLocation(0).WithArguments("AssemblyBody"));

    [Fact]
    public Task Formatting_with_a_culture_and_unlocalized_values_is_fine() =>
        Verify<CultureFreeFormattingAnalyzer, CultureFreeFormattingFixer>.AnalyzerAsync("""
            using System;
            using System.Globalization;
            using Kz.Assembly.Domain.Geography;
            using Kz.Assembly.Domain.Metrics;

            class C
            {
                string A(Region r) => string.Create(CultureInfo.InvariantCulture, $"{r}");
                string B(Region r) => r.ToString("C", CultureInfo.InvariantCulture);
                string D(QualifiedCount q) => string.Create(CultureInfo.CurrentCulture, $"{q}");
                string F(long n) => $"{n}";
                FormattableString E(Region r) => $"{r}";
            }
            """);

    [Fact]
    public Task Counts_periods_sessions_and_anniversaries_have_text_in_every_language_too() =>
        Verify<CultureFreeFormattingAnalyzer, CultureFreeFormattingFixer>.FixAsync(
            """
            using Kz.Assembly.Domain.Metrics;
            using Kz.Assembly.Domain.Periods;

            class C
            {
                string M(QualifiedCount count, ReportingPeriod period) => $"{|#0:{count}|} ({|#1:{period}|})";
            }
            """,
            """
            using Kz.Assembly.Domain.Metrics;
            using Kz.Assembly.Domain.Periods;

            class C
            {
                string M(QualifiedCount count, ReportingPeriod period) => string.Create(System.Globalization.CultureInfo.CurrentCulture, $"{count} ({period})");
            }
            """,
            new DiagnosticResult(CultureFreeFormattingAnalyzer.Rule).WithLocation(0).WithArguments("QualifiedCount"),
            new DiagnosticResult(CultureFreeFormattingAnalyzer.Rule).WithLocation(1).WithArguments("ReportingPeriod"));

    /// <summary>Inside an expression that does not compile the editor shows the compiler's error alone; the same
    /// expression is reported once it compiles.</summary>
    [Fact]
    public Task Nothing_is_reported_inside_an_expression_that_does_not_compile() =>
        Verify<CultureFreeFormattingAnalyzer, CultureFreeFormattingFixer>.AnalyzerOnBrokenCodeAsync("""
            using Kz.Assembly.Domain.Geography;

            class C
            {
                void M(Region region)
                {
                    Missing($"{region}");
                    string a = $"{region}" + ;
                    string b = region.ToString().Nope();
                    int max = System.Math.Max(region.ToString(), 1);
                    string fine = {|ASM0009:region.ToString()|};
                }
            }
            """);
}
