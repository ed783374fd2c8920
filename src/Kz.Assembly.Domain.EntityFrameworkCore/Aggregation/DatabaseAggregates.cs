using System;
using System.Linq;
using System.Linq.Expressions;
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
        return Totals(Figures(activities), f => new { f.Region, f.MonthNumber, f.Kind })
            .Select(t => Aggregate(t.Key.Region, t.Key.MonthNumber / 12, (t.Key.MonthNumber % 12) + 1, t.Key.Kind, null, null, t));
    }

    /// <summary>Activities and people reached by social project (activities of no project form one group) and kind.</summary>
    /// <param name="activities">The activities, filtered as wanted.</param>
    /// <returns>One row per project and kind.</returns>
    public static IQueryable<DatabaseAggregate> ByProjectKind(this IQueryable<ActivityRow> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        return Totals(Figures(activities), f => new { f.Project, f.Kind })
            .Select(t => Aggregate(null, null, null, t.Key.Kind, null, t.Key.Project, t));
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
        IQueryable<ActivityRow> toDate = activities.Where(a => a.Date.Month < month || (a.Date.Month == month && a.Date.Day <= day));
        return Totals(Figures(toDate), f => new { f.Region, f.Year, f.Kind })
            .Select(t => Aggregate(t.Key.Region, t.Key.Year, null, t.Key.Kind, null, null, t));
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
        IQueryable<GroupedFigure> figures = summaries.Select(s => new GroupedFigure
        {
            Region = s.Region, Kinds = s.ReachKinds, Value = s.PeopleReached, Qualifier = s.PeopleReachedQualifier,
        });
        return Totals(figures, f => new { f.Region, f.Kinds })
            .Select(t => Aggregate(t.Key.Region, null, null, null, t.Key.Kinds, null, t));
    }

    private static IQueryable<GroupedFigure> Figures(IQueryable<ActivityRow> activities) => activities.Select(a => new GroupedFigure
    {
        Region = a.Region, Year = a.MonthNumber / 12, MonthNumber = a.MonthNumber, Kind = a.Kind, Project = a.ProjectId,
        Value = a.Participants, Qualifier = a.ParticipantsQualifier,
    });

    /// <summary>The one GROUP BY behind every question, by the keys it names; the aggregates are the same for all.</summary>
    private static IQueryable<GroupTotals<TKey>> Totals<TKey>(IQueryable<GroupedFigure> figures, Expression<Func<GroupedFigure, TKey>> key) => figures
        .GroupBy(key)
        .Select(g => new GroupTotals<TKey>
        {
            Key = g.Key,
            Records = g.LongCount(),
            KnownSum = g.Sum(f => f.Value),
            Unknown = g.Count(f => f.Value == null),
            AnyAbout = g.Max(f => f.Qualifier == CountQualifier.About ? 1 : 0),
            AnyMoreThan = g.Max(f => f.Qualifier == CountQualifier.MoreThan ? 1 : 0),
            AnyAtLeast = g.Max(f => f.Qualifier == CountQualifier.AtLeast ? 1 : 0),
            AnyUpTo = g.Max(f => f.Qualifier == CountQualifier.UpTo ? 1 : 0),
        });

    /// <summary>Runs on the client over each group the database returned: no rows, only their totals.</summary>
    private static DatabaseAggregate Aggregate<TKey>(
        Geography.Region? region, int? year, int? month, Activities.AssemblyActivityKind? kind, Activities.ActivityKindSet? kinds, Identity.Id<Projects.SocialProject>? project, GroupTotals<TKey> totals) =>
        new(region, year, month, kind, kinds, project, totals.Records, QualifierTotals.Fold(totals));
}
