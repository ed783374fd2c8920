using System;
using System.Globalization;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// Reporting periods as the adverbial phrase a sentence opens with: kk <c>Жыл басынан бері</c> / ru <c>С начала
/// года</c> / en <c>Since the start of the year</c>; <c>2025 жылы</c> / <c>В 2025 году</c> / <c>In 2025</c>; and so on.
/// </summary>
public static class PeriodText
{
    /// <summary>Writes the phrase for a period, capitalised to open a sentence.</summary>
    /// <param name="period">The period.</param>
    /// <param name="cultureName">kk, ru or en (others get English).</param>
    /// <returns>The phrase.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public static string Format(ReportingPeriod period, string? cultureName)
    {
        Preconditions.CheckNotNull(period, nameof(period));
        if (Languages.IsKazakhLatin(cultureName))
        {
            return KazakhTransliteration.ToLatin(Format(period, "kk"));
        }

        Language language = Languages.FromCultureName(cultureName);
        int year = period.Year;
        int quarter = (period.Start.Month + 2) / 3;
        string month = DateText.MonthName(period.Start.Month, language.CultureName());
        return (period.Kind, language) switch
        {
            (ReportingPeriodKind.YearToDate, Language.Kazakh) => "Жыл басынан бері",
            (ReportingPeriodKind.YearToDate, Language.Russian) => "С начала года",
            (ReportingPeriodKind.YearToDate, _) => "Since the start of the year",
            (ReportingPeriodKind.CalendarYear, Language.Kazakh) => Invariant($"{year} жылы"),
            (ReportingPeriodKind.CalendarYear, Language.Russian) => Invariant($"В {year} году"),
            (ReportingPeriodKind.CalendarYear, _) => Invariant($"In {year}"),
            (ReportingPeriodKind.Quarter, Language.Kazakh) => Invariant($"{year} жылғы {RomanNumeral.ToRoman(quarter)} тоқсанда"),
            (ReportingPeriodKind.Quarter, Language.Russian) => Invariant($"В {RomanNumeral.ToRoman(quarter)} квартале {year} года"),
            (ReportingPeriodKind.Quarter, _) => Invariant($"In Q{quarter} {year}"),
            (ReportingPeriodKind.Month, Language.Kazakh) => Invariant($"{year} жылғы {KazakhGrammar.Inflect(month, KazakhCase.Locative)}"),
            (ReportingPeriodKind.Month, Language.Russian) => Invariant($"В {RussianPrepositional(month)} {year} года"),
            (ReportingPeriodKind.Month, _) => Invariant($"In {month} {year}"),
            (_, Language.Kazakh) => Invariant($"{DateText.Format(period.Start, "kk")} мен {DateText.Format(period.End, "kk")} аралығында"),
            (_, Language.Russian) => Invariant($"С {DateText.Format(period.Start, "ru")} по {DateText.Format(period.End, "ru")}"),
            _ => Invariant($"From {DateText.Format(period.Start, "en")} to {DateText.Format(period.End, "en")}"),
        };
    }

    // апрель → апреле, май → мае, март → марте: the prepositional case of the twelve month names.
    private static string RussianPrepositional(string month) => month switch
    {
        _ when month.EndsWith('ь') || month.EndsWith('й') => month[..^1] + "е",
        _ => month + "е",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
