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

    /// <summary>This month (осы айда, в этом месяце, this month): the publication's month.</summary>
    ThisMonth,

    /// <summary>Last month (өткен айда, в прошлом месяце, last month): the month before the publication's.</summary>
    LastMonth,

    /// <summary>The year up to now (за прошедший год, over the past year): the year just ended early in a year, else no
    /// period the model holds.</summary>
    PastYear,

    /// <summary>This week: its Monday to the day of publication.</summary>
    ThisWeek,

    /// <summary>Last week: Monday to Sunday of the week before publication's.</summary>
    LastWeek,

    /// <summary>The weekend: the latest Saturday and Sunday up to publication.</summary>
    Weekend,

    /// <summary>Next year: the year after publication's, still to come.</summary>
    NextYear,
}
