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
}
