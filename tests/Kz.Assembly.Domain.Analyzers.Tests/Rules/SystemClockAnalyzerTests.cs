using System.Threading.Tasks;
using Kz.Assembly.Domain.Analyzers.Rules;
using Kz.Assembly.Domain.CodeFixes.Rules;

namespace Kz.Assembly.Domain.Analyzers.Tests.Rules;

public class SystemClockAnalyzerTests
{
    [Fact]
    public Task SystemClock_Instance_becomes_a_clock_parameter() =>
        Verify<SystemClockAnalyzer, SystemClockFixer>.FixAsync(
            """
            using Kz.Assembly.Domain.Periods;
            using NodaTime;

            class C
            {
                LocalDate Today() => KazakhstanTime.Today({|ASM0006:SystemClock.Instance|});
            }
            """,
            """
            using Kz.Assembly.Domain.Periods;
            using NodaTime;

            class C
            {
                LocalDate Today(IClock clock) => KazakhstanTime.Today(clock);
            }
            """);

    [Fact]
    public Task DateTime_Now_reads_the_clock_already_in_scope() =>
        Verify<SystemClockAnalyzer, SystemClockFixer>.FixAsync(
            """
            using System;
            using NodaTime;

            class C
            {
                private readonly IClock time;

                C(IClock time) => this.time = time;

                LocalDate Today() => LocalDate.FromDateTime({|ASM0006:DateTime.Now|});
            }
            """,
            """
            using System;
            using NodaTime;

            class C
            {
                private readonly IClock time;

                C(IClock time) => this.time = time;

                LocalDate Today() => LocalDate.FromDateTime(time.GetCurrentInstant().InZone(Kz.Assembly.Domain.Periods.KazakhstanTime.Zone).ToDateTimeUnspecified());
            }
            """);

    [Fact]
    public Task The_clock_outside_domain_time_is_not_flagged() =>
        Verify<SystemClockAnalyzer, SystemClockFixer>.AnalyzerAsync("""
            using System;

            class C
            {
                string Stamp() => DateTime.UtcNow.ToString("O");

                TimeSpan Elapsed(DateTime start) => DateTime.UtcNow - start;
            }
            """);
}
