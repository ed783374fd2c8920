using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Periods;

/// <summary>The shapes of reporting period.</summary>
[JsonConverter(typeof(EnumNameJsonConverter<ReportingPeriodKind>))]
public enum ReportingPeriodKind
{
    /// <summary>A calendar year, 1 January to 31 December.</summary>
    CalendarYear = 0,

    /// <summary>A calendar quarter.</summary>
    Quarter = 1,

    /// <summary>A calendar month.</summary>
    Month = 2,

    /// <summary>Since the start of the year (жыл басынан бері / с начала года) through a stated date.</summary>
    YearToDate = 3,

    /// <summary>Any other run of whole days.</summary>
    Custom = 4,
}
