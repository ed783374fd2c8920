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
}
