using Kz.Assembly.Domain.Periods;
using NodaTime;
using NodaTime.Testing;

namespace Kz.Assembly.Domain.Tests.Periods;

/// <summary>
/// Kazakhstan moved to a single UTC+5 zone on 2024-03-01 (tzdb 2024a): Almaty was UTC+6 before. "Today" must come
/// from the tzdb zone, so the same UTC instant near midnight gives different dates on each side of the change.
/// </summary>
public class KazakhstanTimeTests
{
    private static LocalDate TodayAt(int year, int month, int day, int hour, int minute) =>
        KazakhstanTime.Today(new FakeClock(Instant.FromUtc(year, month, day, hour, minute)));

    [Fact]
    public void Before_the_change_Almaty_midnight_was_18_00_UTC()
    {
        Assert.Equal(new LocalDate(2023, 2, 28), TodayAt(2023, 2, 28, 17, 59));
        Assert.Equal(new LocalDate(2023, 3, 1), TodayAt(2023, 2, 28, 18, 30));
        Assert.Equal(Offset.FromHours(6), KazakhstanTime.Zone.GetUtcOffset(Instant.FromUtc(2024, 2, 29, 17, 59)));
    }

    [Fact]
    public void After_the_change_Almaty_midnight_is_19_00_UTC()
    {
        Assert.Equal(new LocalDate(2024, 2, 29), TodayAt(2024, 2, 29, 18, 30));
        Assert.Equal(new LocalDate(2025, 4, 23), TodayAt(2025, 4, 23, 18, 59));
        Assert.Equal(new LocalDate(2025, 4, 24), TodayAt(2025, 4, 23, 19, 0));
        Assert.Equal(Offset.FromHours(5), KazakhstanTime.Zone.GetUtcOffset(Instant.FromUtc(2024, 3, 1, 12, 0)));
    }

    [Fact]
    public void Year_to_date_comes_from_the_injected_clock()
    {
        ReportingPeriod ytd = KazakhstanTime.YearToDate(new FakeClock(Instant.FromUtc(2025, 12, 31, 19, 30)));
        Assert.Equal(ReportingPeriod.YearToDate(new LocalDate(2026, 1, 1)), ytd);
    }

    [Fact]
    public void A_null_clock_is_rejected() =>
        Assert.Throws<System.ArgumentNullException>(() => KazakhstanTime.Today(null!));
}
