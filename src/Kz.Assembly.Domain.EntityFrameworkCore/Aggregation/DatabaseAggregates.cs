using System;
using System.Linq;
using Kz.Assembly.Domain.EntityFrameworkCore.Tables;
using Kz.Assembly.Domain.Metrics;
using NodaTime;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Aggregation;

/// <summary>
/// The common questions as queries that PostgreSQL answers with one <c>GROUP BY</c>: only the groups travel, never
/// the rows. Filter first with <c>Where</c> (a period, some kinds, some regions); each method then groups what is
/// left. Unknown attendance is never read as zero: a group with an unknown figure says "at least" its known sum, and
/// a group where none is known has no figure. A joint reach (one figure for several kinds) stays one figure.
/// </summary>
public static class DatabaseAggregates
{
    /// <summary>Activities and people reached by region, month and kind.</summary>
    /// <param name="activities">The activities, filtered as wanted.</param>
    /// <returns>One row per region, month and kind that has activities.</returns>
    public static IQueryable<DatabaseAggregate> ByRegionMonthKind(this IQueryable<ActivityRow> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        return Totals(activities.Select(a => new GroupedFigure
        {
            Region = a.Region, Year = a.Date.Year, Month = a.Date.Month, Kind = a.Kind,
            Value = a.Participants, Qualifier = a.ParticipantsQualifier,
        }));
    }

    /// <summary>Activities and people reached by social project (activities of no project form one group) and kind.</summary>
    /// <param name="activities">The activities, filtered as wanted.</param>
    /// <returns>One row per project and kind.</returns>
    public static IQueryable<DatabaseAggregate> ByProjectKind(this IQueryable<ActivityRow> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        return Totals(activities.Select(a => new GroupedFigure
        {
            Project = a.ProjectId, Kind = a.Kind, Value = a.Participants, Qualifier = a.ParticipantsQualifier,
        }));
    }

    /// <summary>
    /// Year to date by region, year and kind: in every year, the days from 1 January to <paramref name="asOf"/>'s day
    /// and month (29 February reaches the end of February in a common year), so years compare like for like.
    /// </summary>
    /// <param name="activities">The activities, filtered as wanted.</param>
    /// <param name="asOf">The as-of day; only its month and day matter.</param>
    /// <returns>One row per region, year and kind.</returns>
    public static IQueryable<DatabaseAggregate> YearToDateByRegionKind(this IQueryable<ActivityRow> activities, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(activities);
        int month = asOf.Month;
        int day = asOf.Day;
        return Totals(activities
            .Where(a => a.Date.Month < month || (a.Date.Month == month && a.Date.Day <= day))
            .Select(a => new GroupedFigure
            {
                Region = a.Region, Year = a.Date.Year, Kind = a.Kind, Value = a.Participants, Qualifier = a.ParticipantsQualifier,
            }));
    }

    /// <summary>
    /// The reach the summaries report by region and by the kinds each reach belongs to jointly («631 events and 49
    /// charity actions reached about 39 000 people» is one figure for Event+CharityAction, never split).
    /// </summary>
    /// <param name="summaries">The summaries, filtered as wanted (for example by period).</param>
    /// <returns>One row per region and set of kinds.</returns>
    public static IQueryable<DatabaseAggregate> ReachByRegionKinds(this IQueryable<SummaryRow> summaries)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        return Totals(summaries.Select(s => new GroupedFigure
        {
            Region = s.Region, Kinds = s.ReachKinds, Value = s.PeopleReached, Qualifier = s.PeopleReachedQualifier,
        }));
    }

    /// <summary>The one GROUP BY behind every question: the keys a question left null group as one.</summary>
    private static IQueryable<DatabaseAggregate> Totals(IQueryable<GroupedFigure> figures) => figures
        .GroupBy(f => new { f.Region, f.Year, f.Month, f.Kind, f.Kinds, f.Project })
        .Select(g => new DatabaseAggregate(
            g.Key.Region, g.Key.Year, g.Key.Month, g.Key.Kind, g.Key.Kinds, g.Key.Project, g.LongCount(),
            QualifierTotals.Fold(
                g.Sum(f => f.Value),
                g.Count(f => f.Value == null),
                g.Max(f => f.Qualifier == CountQualifier.About ? 1 : 0),
                g.Max(f => f.Qualifier == CountQualifier.MoreThan ? 1 : 0),
                g.Max(f => f.Qualifier == CountQualifier.AtLeast ? 1 : 0),
                g.Max(f => f.Qualifier == CountQualifier.UpTo ? 1 : 0))));
}
