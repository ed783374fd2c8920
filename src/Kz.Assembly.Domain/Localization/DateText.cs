using System;
using System.Globalization;
using Kz.Assembly.Domain.Localization.Profiles;
using NodaTime;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// Dates in every registered language from the library's own month names (never the OS's culture data):
/// kk <c>2025 жылғы 24 сәуір</c>, ru <c>24 апреля 2025 года</c>, en <c>24 April 2025</c>, and Kazakh dates with a case
/// ending (<c>24 сәуірде</c>).
/// </summary>
public static class DateText
{
    /// <summary>Writes a date with its year: kk <c>2025 жылғы 24 сәуір</c>, ru <c>24 апреля 2025 года</c>, en <c>24 April 2025</c>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="cultureName">A culture name, resolved by <see cref="LanguageProfiles.Resolve(string?)"/>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar (its month 13, or an
    /// Islamic year, would be written as a Gregorian date): convert it with <c>WithCalendar(CalendarSystem.Iso)</c>.</exception>
    public static string Format(LocalDate date, string? cultureName)
    {
        RequireIso(date, nameof(date));
        return LanguageProfiles.Write(cultureName, date, static (language, d) => language.FullDate(d));
    }

    /// <summary>
    /// Writes a Kazakh date whose month takes a case ending: <c>24 сәуірде</c> (locative, "on 24 April"), or with the
    /// year <c>2025 жылғы 24 сәуірде</c>.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <param name="grammaticalCase">The case of the month word.</param>
    /// <param name="includeYear">Whether to write the year first.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grammaticalCase"/> is undefined.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static string FormatKazakh(LocalDate date, KazakhCase grammaticalCase, bool includeYear = false)
    {
        RequireIso(date, nameof(date));
        string dayAndMonth = string.Create(CultureInfo.InvariantCulture, $"{date.Day} {KazakhGrammar.Inflect(KazakhProfile.Months[date.Month - 1], grammaticalCase)}");
        return includeYear ? string.Create(CultureInfo.InvariantCulture, $"{date.Year} жылғы {dayAndMonth}") : dayAndMonth;
    }

    private static void RequireIso(LocalDate date, string paramName)
    {
        if (Periods.DomainDates.ValidateCalendar(date, paramName, "The date") is { } error)
        {
            Preconditions.Throw(error);
        }
    }

    /// <summary>Gets a month's name: kk <c>сәуір</c>, ru <c>апрель</c> (nominative), en <c>April</c>.</summary>
    /// <param name="month">The month, 1..12.</param>
    /// <param name="cultureName">A culture name, resolved by <see cref="LanguageProfiles.Resolve(string?)"/>.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is outside 1..12.</exception>
    public static string MonthName([Annotations.ValidRange(1, 12)] int month, string? cultureName)
    {
        Preconditions.CheckArgumentRange(nameof(month), month, 1, 12);
        return LanguageProfiles.Write(cultureName, month, static (language, m) => language.MonthName(m));
    }
}
