using System.Threading.Tasks;
using Kz.Assembly.Domain.Analyzers.Rules;

namespace Kz.Assembly.Domain.Analyzers.Tests.Rules;

public class ValidRangeAnalyzerTests
{
    [Fact]
    public Task Flags_session_number_0_a_negative_count_and_year_3000() =>
        Verify<ValidRangeAnalyzer>.AnalyzerAsync("""
            using Kz.Assembly.Domain.Metrics;
            using Kz.Assembly.Domain.Periods;
            using Kz.Assembly.Domain.Sessions;

            class C
            {
                void M()
                {
                    var number = SessionNumber.Create({|ASM0001:0|});
                    var count = QualifiedCount.Exactly({|ASM0001:-5|});
                    var year = ReportingPeriod.CalendarYear({|ASM0001:3000|});
                }
            }
            """);

    [Fact]
    public Task Ignores_constants_in_range_non_constants_and_look_alike_user_types() =>
        Verify<ValidRangeAnalyzer>.AnalyzerAsync("""
            using Kz.Assembly.Domain.Sessions;

            namespace App
            {
                class SessionNumber { public static SessionNumber Create(int value) => new(); }

                class C
                {
                    void M(int n)
                    {
                        var a = Kz.Assembly.Domain.Sessions.SessionNumber.Create(27);
                        var b = Kz.Assembly.Domain.Sessions.SessionNumber.Create(n);
                        var c = SessionNumber.Create(0);
                    }
                }
            }
            """);

    [Fact]
    public Task A_projects_own_copy_of_the_attribute_neither_crashes_nor_silences_the_librarys() =>
        Verify<ValidRangeAnalyzer>.AnalyzerAsync("""
            using Kz.Assembly.Domain.Sessions;

            namespace Kz.Assembly.Domain.Annotations
            {
                [System.AttributeUsage(System.AttributeTargets.Parameter)]
                public sealed class ValidRangeAttribute : System.Attribute
                {
                    public ValidRangeAttribute(int maximum) { }
                }
            }

            namespace App
            {
                using Kz.Assembly.Domain.Annotations;

                static class C
                {
                    static int Percent([ValidRange(100)] int value) => value;

                    static void M()
                    {
                        Percent(50);
                        Percent(150); // a copy of another shape declares no range the rule can read
                        SessionNumber.Create({|ASM0001:0|});
                    }
                }
            }
            """);

    [Fact]
    public Task Half_typed_and_wrongly_typed_attribute_arguments_are_read_as_no_range() =>
        Verify<ValidRangeAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>.AnalyzerOnBrokenCodeAsync("""
            using Kz.Assembly.Domain.Annotations;

            static class C
            {
                static int A([ValidRange(1, )] int value) => value;
                static int B([ValidRange] int value) => value;
                static int D([ValidRange(1, "x")] int value) => value;
                static int E([ValidRange(1, 2, 3)] int value) => value;

                static void M()
                {
                    A(0); B(0); D(0); E(0);
                }
            }
            """);
}
