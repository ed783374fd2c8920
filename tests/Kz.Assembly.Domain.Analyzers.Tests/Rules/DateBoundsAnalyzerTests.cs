using System.Threading.Tasks;
using Kz.Assembly.Domain.Analyzers.Rules;

namespace Kz.Assembly.Domain.Analyzers.Tests.Rules;

public class DateBoundsAnalyzerTests
{
    [Fact]
    public Task Flags_a_session_dated_1990_and_a_period_ending_before_it_starts() =>
        Verify<DateBoundsAnalyzer>.AnalyzerAsync("""
            using Kz.Assembly.Domain.Periods;
            using Kz.Assembly.Domain.Samples;
            using Kz.Assembly.Domain.Sessions;
            using NodaTime;

            class C
            {
                void M()
                {
                    Session.Create(TurkistanArticle2025.Apk, SessionNumber.Create(1), {|ASM0005:new LocalDate(1990, 5, 1)|});
                    ReportingPeriod.Custom(new LocalDate(2025, 5, 1), {|ASM0005:new LocalDate(2025, 4, 30)|});
                    ReportingPeriod.Custom(new LocalDate(2025, 5, 1), {|ASM0005:new LocalDate(day: 1, month: 1, year: 2025)|});
                }
            }
            """);

    [Fact]
    public Task Dates_on_or_after_the_bound_and_non_constant_dates_are_fine() =>
        Verify<DateBoundsAnalyzer>.AnalyzerAsync("""
            using Kz.Assembly.Domain.Periods;
            using Kz.Assembly.Domain.Samples;
            using Kz.Assembly.Domain.Sessions;
            using NodaTime;

            class C
            {
                void M(LocalDate day, int year)
                {
                    Session.Create(TurkistanArticle2025.Apk, SessionNumber.Create(1), new LocalDate(1995, 3, 1));
                    Session.Create(TurkistanArticle2025.Apk, SessionNumber.Create(1), day);
                    Session.Create(TurkistanArticle2025.Apk, SessionNumber.Create(1), new LocalDate(year, 1, 1));
                    ReportingPeriod.Custom(new LocalDate(2025, 5, 1), new LocalDate(2025, 5, 1));
                    var unrelated = new LocalDate(1990, 1, 1);
                }
            }
            """);
}
