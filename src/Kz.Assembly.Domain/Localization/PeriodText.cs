using System;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Localization.Profiles;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// Reporting periods as the adverbial phrase a sentence opens with: kk <c>Жыл басынан бері</c> / ru <c>С начала
/// года</c> / en <c>Since the start of the year</c>; <c>2025 жылы</c> / <c>В 2025 году</c> / <c>In 2025</c>; and so on.
/// </summary>
public static class PeriodText
{
    /// <summary>Writes the phrase for a period, capitalised to open a sentence.</summary>
    /// <param name="period">The period.</param>
    /// <param name="cultureName">A culture name, resolved by <see cref="LanguageProfiles.Resolve(string?)"/>.</param>
    /// <returns>The phrase.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public static string Format(ReportingPeriod period, string? cultureName)
    {
        Preconditions.CheckNotNull(period, nameof(period));
        return LanguageProfiles.Write(cultureName, period, static (language, p) => language.Period(p));
    }
}
