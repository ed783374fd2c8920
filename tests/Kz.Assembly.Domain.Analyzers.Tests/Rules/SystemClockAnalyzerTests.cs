using System.Threading.Tasks;
using Kz.Assembly.Domain.Analyzers.Rules;
using Kz.Assembly.Domain.CodeFixes.Rules;

namespace Kz.Assembly.Domain.Analyzers.Tests.Rules;

public class SystemClockAnalyzerTests
{
    [Fact]
    public Task With_no_usable_clock_in_scope_no_fix_is_offered()
    {
        // A new parameter would change a signature (callers, an operator, an interface); an instance field cannot be
        // read from a static method. The diagnostic stays, with no fix.
        const string Code = """
            using Kz.Assembly.Domain.Periods;
            using NodaTime;

            class C
            {
                private readonly IClock clock = SystemClock.Instance;

                static LocalDate StaticToday() => KazakhstanTime.Today({|ASM0006:SystemClock.Instance|});

                public static implicit operator LocalDate(C c) => KazakhstanTime.Today({|ASM0006:SystemClock.Instance|});

                static LocalDate NoClock() => KazakhstanTime.Today({|ASM0006:SystemClock.Instance|});
            }
            """;
        return Verify<SystemClockAnalyzer, SystemClockFixer>.FixAsync(Code, Code);
    }

    [Fact]
    public Task A_usable_clock_in_scope_is_read_instead() =>
        Verify<SystemClockAnalyzer, SystemClockFixer>.FixAsync(
            """
            using Kz.Assembly.Domain.Periods;
            using NodaTime;

            class C
            {
                private readonly IClock clock = SystemClock.Instance;

                LocalDate Today() => KazakhstanTime.Today({|ASM0006:SystemClock.Instance|});
            }
            """,
            """
            using Kz.Assembly.Domain.Periods;
            using NodaTime;

            class C
            {
                private readonly IClock clock = SystemClock.Instance;

                LocalDate Today() => KazakhstanTime.Today(clock);
            }
            """);

    [Fact]
    public Task The_composition_root_is_left_alone() =>
        Verify<SystemClockAnalyzer>.AnalyzerAsync("""
            using System;
            using Kz.Assembly.Domain.Periods;
            using NodaTime;

            static class Program
            {
                private static readonly IClock Shared = SystemClock.Instance;

                static void Main()
                {
                    IClock clock = SystemClock.Instance;
                    var services = new System.Collections.Generic.Dictionary<Type, object> { [typeof(IClock)] = SystemClock.Instance };
                    Console.WriteLine(KazakhstanTime.Today(clock));
                    Console.WriteLine(KazakhstanTime.Today({|ASM0006:SystemClock.Instance|}));
                    Console.WriteLine({|ASM0006:SystemClock.Instance|}.GetCurrentInstant());
                }
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
