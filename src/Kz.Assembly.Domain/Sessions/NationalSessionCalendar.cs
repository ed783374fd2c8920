using NodaTime;

namespace Kz.Assembly.Domain.Sessions;

/// <summary>
/// The days some sessions of the national Assembly were held, as public reports give them, and what they bound: the
/// sessions are numbered in the order held, so the N-th met no earlier than the last known session numbered N or less
/// and no later than the first known one numbered N or more. A regional assembly numbers its own sessions, and news
/// call it by the national name often enough («Zhambyl region has held the XIX session of the Assembly of People of
/// Kazakhstan», 2016) that the number and the date are what tell the two apart: the national XIX met in 2012.
/// </summary>
internal static class NationalSessionCalendar
{
    // Reports name a session by its own day or weeks later, and a session may slip from the day announced.
    private static readonly Period Slack = Period.FromDays(90);

    // I: the founding session. XIX, XXVIII, XXXIV: the reader's corpus (docs/reading.md). XXII: «22 сессия АНК
    // 23.04.2015» («Мәңгілік Ел: одна страна – одна судьба»). XXVII: Kazinform, 26 April 2019, on the session
    // «scheduled for April 29». XXI: Tengrinews, 18 April 2014, «начала свою работу XXI сессия». XXIV: e-history.kz,
    // «26 April 2016 was held XXIV session». XXV: Kazinform on the decree convening it «on April 26, 2017». XXXI:
    // Kazinform, 4 April 2022, «will take place April 29». XXXII: the Astana Times, 27 March 2023, on the decree
    // convening it «on April 26-27» (the plenary on the 27th).
    private static readonly (int Number, LocalDate Held)[] Known =
    [
        (1, new LocalDate(1995, 3, 24)),
        (19, new LocalDate(2012, 4, 27)),
        (21, new LocalDate(2014, 4, 18)),
        (22, new LocalDate(2015, 4, 23)),
        (24, new LocalDate(2016, 4, 26)),
        (25, new LocalDate(2017, 4, 26)),
        (27, new LocalDate(2019, 4, 29)),
        (28, new LocalDate(2021, 1, 11)),
        (31, new LocalDate(2022, 4, 29)),
        (32, new LocalDate(2023, 4, 27)),
        (34, new LocalDate(2025, 4, 24)),
    ];

    /// <summary>Tells whether the national Assembly's session numbered <paramref name="number"/> can have been held on
    /// <paramref name="date"/>, within the known sessions' bounds and a slack of 90 days either side.</summary>
    internal static bool CouldBeHeldOn(int number, LocalDate date)
    {
        LocalDate? earliest = null, latest = null;
        foreach ((int known, LocalDate held) in Known)
        {
            if (known <= number)
            {
                earliest = held;
            }

            if (known >= number && latest is null)
            {
                latest = held;
            }
        }

        return (earliest is null || date >= earliest.Value - Slack) && (latest is null || date <= latest.Value + Slack);
    }

    /// <summary>Tells whether the national Assembly's session numbered <paramref name="number"/> is known to have met
    /// within a week of <paramref name="date"/>.</summary>
    internal static bool MetWithinAWeekOf(int number, LocalDate date)
    {
        foreach ((int known, LocalDate held) in Known)
        {
            if (known == number && Period.Between(held, date, PeriodUnits.Days).Days is >= -7 and <= 7)
            {
                return true;
            }
        }

        return false;
    }
}
