using System;
using NodaTime;

namespace Kz.Assembly.Domain.Periods;

/// <summary>
/// "Now" and "today" in Kazakhstan, always read from an injected <see cref="IClock"/> in the tzdb zone
/// <c>Asia/Almaty</c>. The whole country has used UTC+5 since 2024-03-01 (tzdb 2024a); reading the zone rather than
/// a fixed offset keeps dates before that change right too (UTC+6 in Almaty then).
/// </summary>
public static class KazakhstanTime
{
    /// <summary>Gets the time zone the library reads "today" in: tzdb <c>Asia/Almaty</c>.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Asia/Almaty"];

    /// <summary>Gets the current date in Kazakhstan.</summary>
    /// <param name="clock">The clock to read; inject <c>SystemClock.Instance</c> at the application's edge only.</param>
    /// <returns>Today's date in <c>Asia/Almaty</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static LocalDate Today(IClock clock) => Now(clock).Date;

    /// <summary>Gets the current date and time in Kazakhstan.</summary>
    /// <param name="clock">The clock to read.</param>
    /// <returns>The current instant in <c>Asia/Almaty</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static ZonedDateTime Now(IClock clock)
    {
        Preconditions.CheckNotNull(clock, nameof(clock));
        return clock.GetCurrentInstant().InZone(Zone);
    }

    /// <summary>Gets the year-to-date period as of today in Kazakhstan.</summary>
    /// <param name="clock">The clock to read.</param>
    /// <returns>1 January of this year through today.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Today lies outside the domain's years.</exception>
    public static ReportingPeriod YearToDate(IClock clock) => ReportingPeriod.YearToDate(Today(clock));
}
