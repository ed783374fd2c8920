using CsCheck;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Support;

/// <summary>CsCheck generators for domain values.</summary>
internal static class Generators
{
    private static readonly LocalDate FirstDomainDay = new(DomainCalendar.MinYear, 1, 1);
    private static readonly int DomainDays = Period.Between(FirstDomainDay, new LocalDate(DomainCalendar.MaxYear, 12, 31), PeriodUnits.Days).Days;

    /// <summary>Any day within the domain's years.</summary>
    public static readonly Gen<LocalDate> DomainDate = Gen.Int[0, DomainDays].Select(FirstDomainDay.PlusDays);

    /// <summary>Any day of any year NodaTime supports, in or out of the domain.</summary>
    public static readonly Gen<LocalDate> AnyDate = Gen.Int[-9998, 9999].Select(Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => new LocalDate(y, m, d));

    /// <summary>The calendars NodaTime ships other than ISO (Gregorian is a calendar of its own there too).</summary>
    public static readonly CalendarSystem[] OtherCalendars =
    [
        CalendarSystem.Gregorian, CalendarSystem.Julian, CalendarSystem.Coptic, CalendarSystem.HebrewCivil,
        CalendarSystem.HebrewScriptural, CalendarSystem.IslamicBcl, CalendarSystem.PersianSimple, CalendarSystem.UmAlQura,
        CalendarSystem.Badi,
    ];

    /// <summary>A day in 1995..2070 (within every calendar's range) expressed in a calendar other than ISO.</summary>
    public static readonly Gen<LocalDate> NonIsoDate =
        Gen.Int[0, 27_000].Select(Gen.Int[0, OtherCalendars.Length - 1], (days, calendar) => new LocalDate(1995, 3, 1).PlusDays(days).WithCalendar(OtherCalendars[calendar]));

    public static readonly Gen<CountQualifier> Qualifier = Gen.Enum<CountQualifier>();

    /// <summary>Every kind of reporting period over the domain's years.</summary>
    public static readonly Gen<ReportingPeriod> AnyPeriod = Gen.OneOf(
        Gen.Int[DomainCalendar.MinYear, DomainCalendar.MaxYear].Select(ReportingPeriod.CalendarYear),
        Gen.Int[DomainCalendar.MinYear, DomainCalendar.MaxYear].Select(Gen.Int[1, 4], ReportingPeriod.Quarter),
        Gen.Int[DomainCalendar.MinYear, DomainCalendar.MaxYear].Select(Gen.Int[1, 12], ReportingPeriod.Month),
        DomainDate.Select(ReportingPeriod.YearToDate),
        DomainDate.Select(DomainDate, (a, b) => a <= b ? ReportingPeriod.Custom(a, b) : ReportingPeriod.Custom(b, a)));

    public static readonly Gen<QualifiedCount> Count =
        Gen.Frequency((3, Gen.Long[0, 1_000_000]), (1, Gen.Long[0, long.MaxValue]))
            .Select(Qualifier, QualifiedCount.Create);

    /// <summary>Small counts whose sums cannot overflow.</summary>
    public static readonly Gen<QualifiedCount> SmallCount = Gen.Long[0, 1_000_000_000].Select(Qualifier, QualifiedCount.Create);
}
