using System;
using Kz.Assembly.Domain.Periods;
using NodaTime;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Store;

/// <summary>A reporting period stored as a <c>daterange</c> and its kind, and read back through the period's factories.</summary>
internal static class StoredPeriod
{
    /// <summary>Rebuilds a period, refusing a range that is not what its kind says (a "quarter" of five months).</summary>
    internal static ReportingPeriod Read(ReportingPeriodKind kind, DateInterval days)
    {
        ReportingPeriod period = kind switch
        {
            ReportingPeriodKind.CalendarYear => ReportingPeriod.CalendarYear(days.Start.Year),
            ReportingPeriodKind.Quarter => ReportingPeriod.Quarter(days.Start.Year, ((days.Start.Month - 1) / 3) + 1),
            ReportingPeriodKind.Month => ReportingPeriod.Month(days.Start.Year, days.Start.Month),
            ReportingPeriodKind.YearToDate => ReportingPeriod.YearToDate(days.End),
            ReportingPeriodKind.Custom => ReportingPeriod.Custom(days.Start, days.End),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{(int)kind} is not a defined ReportingPeriodKind."),
        };
        return period.Interval.Equals(days)
            ? period
            : throw new ArgumentException($"The stored days {days} are not a {kind} period (that would be {period.Interval}).", nameof(days));
    }
}
