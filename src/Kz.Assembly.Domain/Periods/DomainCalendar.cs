using NodaTime;

namespace Kz.Assembly.Domain.Periods;

/// <summary>The fixed dates and year bounds of the domain.</summary>
public static class DomainCalendar
{
    /// <summary>The first year a domain record can fall in: the APK was founded in 1995.</summary>
    public const int MinYear = 1995;

    /// <summary>
    /// The last year a domain record can fall in. A ceiling well past any plausible plan, low enough that a typo such as
    /// 3000 is caught rather than stored.
    /// </summary>
    public const int MaxYear = 2100;

    /// <summary>The APK's founding date: the presidential decree of 1 March 1995.</summary>
    public static LocalDate ApkFoundingDate { get; } = new(1995, 3, 1);
}
