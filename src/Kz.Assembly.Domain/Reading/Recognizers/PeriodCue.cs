namespace Kz.Assembly.Domain.Reading;

/// <summary>A period a report names relative to its publication date.</summary>
internal enum PeriodCue
{
    /// <summary>Since the start of the year (жыл басынан бері, с начала года).</summary>
    YearToDate,

    /// <summary>This year (биыл, в этом году).</summary>
    ThisYear,

    /// <summary>Last year (былтыр, в прошлом году).</summary>
    LastYear,
}
