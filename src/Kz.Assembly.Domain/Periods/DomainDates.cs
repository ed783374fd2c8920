using NodaTime;
using NodaTime.Text;

namespace Kz.Assembly.Domain.Periods;

/// <summary>The one check of dates and runs of dates against the domain's years, shared by periods, terms and facilities.</summary>
internal static class DomainDates
{
    internal static bool IsDomainYear(int year) => year is >= DomainCalendar.MinYear and <= DomainCalendar.MaxYear;

    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Rejects a date outside the domain's years; <paramref name="what"/> names it in the message ("Start", "Opening date").</summary>
    internal static ValidationError? ValidateDate(LocalDate date, string paramName, string what) =>
        IsDomainYear(date.Year)
            ? null
            : ValidationError.OutOfRange(paramName, date, $"{what} {Iso(date)} is outside the domain's years {DomainCalendar.MinYear}..{DomainCalendar.MaxYear}.");

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
}
