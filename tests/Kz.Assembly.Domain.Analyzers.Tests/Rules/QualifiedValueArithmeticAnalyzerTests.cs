using System.Threading.Tasks;
using Kz.Assembly.Domain.Analyzers.Rules;
using Kz.Assembly.Domain.CodeFixes.Rules;

namespace Kz.Assembly.Domain.Analyzers.Tests.Rules;

/// <summary>ASM0011: a team summed figures by hand and turned «about 39 thousand» plus «more than 2 thousand» into
/// an exact 41 000, and unknown attendance into zero.</summary>
public class QualifiedValueArithmeticAnalyzerTests
{
    [Fact]
    public Task A_LINQ_sum_of_values_becomes_a_sum_of_counts() =>
        Verify<QualifiedValueArithmeticAnalyzer, QualifiedValueArithmeticFixer>.FixAsync(
            """
            using System.Collections.Generic;
            using System.Linq;
            using Kz.Assembly.Domain.Metrics;

            class C
            {
                object Total(List<QualifiedCount> counts) => {|ASM0011:counts.Sum(c => c.Value)|};

                object Tallies(List<ActivityTally> tallies) => {|ASM0011:tallies.Sum(t => t.Count.Value)|};

                object Selected(QualifiedCount[] counts) => {|ASM0011:counts.Select(c => c.Value).Sum()|};

                object Two(QualifiedCount a, QualifiedCount b) => {|ASM0011:a.Value + b.Value|};
            }
            """,
            """
            using System.Collections.Generic;
            using System.Linq;
            using Kz.Assembly.Domain.Metrics;

            class C
            {
                object Total(List<QualifiedCount> counts) => QualifiedCount.Sum(counts);

                object Tallies(List<ActivityTally> tallies) => QualifiedCount.Sum(tallies.Select(t => t.Count));

                object Selected(QualifiedCount[] counts) => QualifiedCount.Sum(counts);

                object Two(QualifiedCount a, QualifiedCount b) => a.Add(b);
            }
            """);

    [Fact]
    public Task Unknowns_made_zero_and_raw_columns_are_flagged_without_a_fix_that_would_not_compile() =>
        Verify<QualifiedValueArithmeticAnalyzer, QualifiedValueArithmeticFixer>.AnalyzerAsync("""
            using System.Collections.Generic;
            using System.Linq;
            using Kz.Assembly.Domain;
            using Kz.Assembly.Domain.Activities;
            using Kz.Assembly.Domain.Metrics;

            class C
            {
                long People(AssemblyDataSet data) => {|ASM0011:data.Activities.Sum(a => a.Participants?.Value ?? 0)|};

                double Mean(IQueryable<QualifiedCount> counts) => {|ASM0011:counts.Average(c => c.Value)|};

                long ByHand(IEnumerable<QualifiedCount> counts)
                {
                    long total = 0;
                    foreach (QualifiedCount count in counts)
                    {
                        {|ASM0011:total += count.Value|};
                    }

                    return total;
                }

                long Exact(QualifiedCount a, QualifiedCount b) => {|ASM0011:a.Value + b.Value|};
            }
            """);

    [Fact]
    public Task Sums_of_counts_other_numbers_and_one_figure_with_a_constant_are_fine() =>
        Verify<QualifiedValueArithmeticAnalyzer, QualifiedValueArithmeticFixer>.AnalyzerAsync("""
            using System.Collections.Generic;
            using System.Linq;
            using Kz.Assembly.Domain.Metrics;

            class C
            {
                QualifiedCount Total(List<QualifiedCount> counts) => QualifiedCount.Sum(counts);

                QualifiedCount Two(QualifiedCount a, QualifiedCount b) => a + b;

                int Numbers(List<int> numbers) => numbers.Sum(n => n) + numbers.Count;

                QualifiedCount Next(QualifiedCount c) => QualifiedCount.Create(c.Value + 1, c.Qualifier);

                long Largest(List<QualifiedCount> counts) => counts.Max(c => c.Value);

                class Value { public long Sum(System.Func<int, long> f) => f(1); }

                long Own(Value v) => v.Sum(x => x);
            }
            """);
}
