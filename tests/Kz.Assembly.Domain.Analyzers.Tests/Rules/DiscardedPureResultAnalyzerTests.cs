using System.Threading.Tasks;
using Kz.Assembly.Domain.Analyzers.Rules;
using Kz.Assembly.Domain.CodeFixes.Rules;

namespace Kz.Assembly.Domain.Analyzers.Tests.Rules;

public class DiscardedPureResultAnalyzerTests
{
    [Fact]
    public Task The_discarded_sum_is_assigned_back() =>
        Verify<DiscardedPureResultAnalyzer, DiscardedPureResultFixer>.FixAsync(
            """
            using Kz.Assembly.Domain.Metrics;

            class C
            {
                QualifiedCount M(QualifiedCount total, QualifiedCount x)
                {
                    {|ASM0007:total.Add(x)|};
                    return total;
                }
            }
            """,
            """
            using Kz.Assembly.Domain.Metrics;

            class C
            {
                QualifiedCount M(QualifiedCount total, QualifiedCount x)
                {
                    total = total.Add(x);
                    return total;
                }
            }
            """);

    [Fact]
    public Task Used_results_and_impure_methods_are_fine() =>
        Verify<DiscardedPureResultAnalyzer, DiscardedPureResultFixer>.AnalyzerAsync("""
            using System.Collections.Generic;
            using Kz.Assembly.Domain.Metrics;

            class C
            {
                void M(QualifiedCount total, List<int> list)
                {
                    var sum = total.Add(total);
                    list.Add(1);
                    _ = total.TryAdd(total, out _);
                }
            }
            """);

    [Fact]
    public Task A_pure_result_discarded_behind_a_null_conditional_is_flagged_without_a_fix() =>
        Verify<DiscardedPureResultAnalyzer, DiscardedPureResultFixer>.AnalyzerAsync("""
            using System.Collections.Immutable;
            using Kz.Assembly.Domain.Metrics;
            using Kz.Assembly.Domain.Sessions;

            class C
            {
                SessionHistory? history;

                void M(Session s, QualifiedCount? total, ImmutableArray<int>? numbers)
                {
                    {|ASM0007:history?.Add(s)|};
                    {|ASM0007:total?.Add(QualifiedCount.About(5))|};
                    {|ASM0007:numbers?.Add(1)|};
                    var kept = history?.Add(s);
                }
            }
            """);
}
