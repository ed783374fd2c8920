using NodaTime;
using NodaTime.Text;

namespace Kz.Assembly.Domain.Periods;

/// <summary>
/// The one check of dates and runs of dates, shared by every factory that stores a date: ISO calendar first (NodaTime
/// cannot compare dates of two calendars, and a Hebrew-calendar "2040" would pass a year check as 1722 BC), then the
/// domain's years.
/// </summary>
internal static class DomainDates
{
    internal static bool IsDomainYear(int year) => year is >= DomainCalendar.MinYear and <= DomainCalendar.MaxYear;

    internal static bool IsIso(LocalDate date) => date.Calendar == CalendarSystem.Iso;

    /// <summary>Writes an ISO date as yyyy-MM-dd, and a date of another calendar by its fields and calendar, never throwing.</summary>
    internal static string Iso(LocalDate date) =>
        IsIso(date) ? LocalDatePattern.Iso.Format(date) : $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2} ({date.Calendar.Id} calendar)";

    /// <summary>Rejects a date of another calendar; the message names the value and says how to convert it.</summary>
    internal static ValidationError? ValidateCalendar(LocalDate date, string paramName, string what) =>
        IsIso(date)
            ? null
            : ValidationError.Invalid(
                paramName,
                $"{what} {Iso(date)} is not in the ISO calendar: the domain stores ISO dates only. Convert it first with date.WithCalendar(CalendarSystem.Iso).");

    /// <summary>Rejects a date of another calendar or outside the domain's years; <paramref name="what"/> names it in the message ("Start", "Opening date").</summary>
    internal static ValidationError? ValidateDate(LocalDate date, string paramName, string what) =>
        ValidateCalendar(date, paramName, what)
        ?? (IsDomainYear(date.Year)
            ? null
            : ValidationError.OutOfRange(paramName, date, $"{what} {Iso(date)} is outside the domain's years {DomainCalendar.MinYear}..{DomainCalendar.MaxYear}."));

    /// <summary>Checks an optional date as <see cref="ValidateDate"/> does; null passes.</summary>
    internal static ValidationError? ValidateOptionalDate(LocalDate? date, string paramName, string what) =>
        date is { } day ? ValidateDate(day, paramName, what) : null;

    /// <summary>Rejects a run of days outside the domain's years or ending before it starts; <paramref name="noun"/> is "period" or "term".</summary>
    internal static ValidationError? ValidateRange(LocalDate start, LocalDate end, string startName, string endName, string noun)
    {
        string capitalised = char.ToUpperInvariant(noun[0]) + noun[1..];
        return ValidateDate(start, startName, capitalised + " start")
            ?? ValidateDate(end, endName, capitalised + " end")
            ?? (end < start
                ? ValidationError.OutOfRange(endName, end, $"{capitalised} end {Iso(end)} precedes its start {Iso(start)}: a {noun} cannot end before it starts.")
                : null);
    }

    /// <summary>Checks a term whose end may still be open (a member still serving): the start, and the end when given.</summary>
    internal static ValidationError? ValidateOpenRange(LocalDate start, LocalDate? end, string startName, string endName, string noun) =>
        end is { } last
            ? ValidateRange(start, last, startName, endName, noun)
            : ValidateDate(start, startName, char.ToUpperInvariant(noun[0]) + noun[1..] + " start");
}
