using System;
using Kz.Assembly.Domain.Periods;
using NodaTime;

namespace Kz.Assembly.Domain.Aggregation;

/// <summary>
/// The ledger's compact dates: a day is stored as a <see cref="ushort"/> counting from 1995-01-01, which covers the
/// domain's years 1995..2100. Tables map each day to its month, quarter and year index once, so a query buckets a
/// record with one array read.
/// </summary>
internal static class LedgerCalendar
{
    internal static readonly LocalDate FirstDay = new(DomainCalendar.MinYear, 1, 1);
    internal static readonly LocalDate LastDay = new(DomainCalendar.MaxYear, 12, 31);
    internal static readonly int FirstDayNumber = FirstDay.ToDateOnly().DayNumber;
    internal static readonly int DayCount = LastDay.ToDateOnly().DayNumber - FirstDayNumber + 1;
    internal const int YearCount = DomainCalendar.MaxYear - DomainCalendar.MinYear + 1;

    /// <summary>Month index (years since 1995 × 12 + month − 1) of every day.</summary>
    internal static readonly ushort[] MonthOfDay = Build(d => (d.Year - DomainCalendar.MinYear) * 12 + d.Month - 1);

    /// <summary>Quarter index of every day.</summary>
    internal static readonly ushort[] QuarterOfDay = Build(d => (d.Year - DomainCalendar.MinYear) * 4 + (d.Month - 1) / 3);

    /// <summary>Year index of every day.</summary>
    internal static readonly ushort[] YearOfDay = Build(d => d.Year - DomainCalendar.MinYear);

    /// <summary>Day of the month (1..31) of every day.</summary>
    internal static readonly ushort[] DayOfMonth = Build(d => d.Day);

    /// <summary>The number of months the ledger's years hold.</summary>
    internal const int MonthCount = YearCount * 12;

    /// <summary>The ledger day of the first day of a month index.</summary>
    internal static int FirstDayOfMonth(int month) =>
        (int)ToDay(new LocalDate(DomainCalendar.MinYear + (month / 12), (month % 12) + 1, 1));

    /// <summary>The number of days of a month index.</summary>
    internal static int DaysInMonth(int month) =>
        CalendarSystem.Iso.GetDaysInMonth(DomainCalendar.MinYear + (month / 12), (month % 12) + 1);

    internal static bool IsInRange(LocalDate date) => date >= FirstDay && date <= LastDay;

    internal static ushort ToDay(LocalDate date) => (ushort)(date.ToDateOnly().DayNumber - FirstDayNumber);

    internal static LocalDate FromDay(int day) => FirstDay.PlusDays(day);

    private static ushort[] Build(Func<LocalDate, int> index)
    {
        var table = new ushort[DayCount];
        LocalDate date = FirstDay;
        for (int day = 0; day < table.Length; day++, date = date.PlusDays(1))
        {
            table[day] = (ushort)index(date);
        }

        return table;
    }
}
