using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using NodaTime;

namespace Kz.Assembly.Domain;

/// <summary>
/// The one rule by which the data set answers for a period, written once for every query.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item>Sources: the body's summaries whose whole period lies within the queried one, and its individual activities
/// dated within it, taken as one <see cref="DayTally"/> per day and kind (the rule depends on nothing else, so the
/// database's daily rollups give the same answers as the activities themselves).</item>
/// <item>Summaries answering the same question (a kind's count; a reach of one kind set) never add up where they
/// overlap: the longest is taken first and any that overlaps a taken one is left out (a year-to-date through April
/// contains the one through March).</item>
/// <item>An individual activity adds to a figure only on days no taken summary of its kind covers: the summary
/// already counts it.</item>
/// <item>A reach belongs to the kind set it was reported for; an activity's attendance to its own kind. Unknown
/// attendance makes the known sum a lower bound; a figure nobody reported is null.</item>
/// <item>Coverage: complete when taken summaries cover every day; partial through their last day otherwise, or when
/// only individual activities are known; none when nothing is.</item>
/// </list>
/// </remarks>
internal sealed class PeriodQuery
{
    private readonly ReportingPeriod period;
    private readonly ImmutableArray<ReportedSummary> summaries;
    private readonly ImmutableArray<DayTally> activities;

    internal PeriodQuery(ReportingPeriod period, ImmutableArray<ReportedSummary> bodySummaries, ImmutableArray<AssemblyActivity> bodyActivities)
        : this(period, bodySummaries, DayTally.Of(bodyActivities.Where(a => period.Contains(a.Date))))
    {
    }

    internal PeriodQuery(ReportingPeriod period, ImmutableArray<ReportedSummary> bodySummaries, ImmutableArray<DayTally> bodyDays)
    {
        this.period = period;
        summaries = bodySummaries.RemoveAll(s => s.Period.Start < period.Start || s.Period.End > period.End);
        activities = bodyDays.RemoveAll(a => !period.Contains(a.Date));
    }

    internal PeriodFigure Activities(AssemblyActivityKind kind)
    {
        List<ReportedSummary> taken = Take(summaries.Where(s => s.ActivitiesOf(kind) is not null));
        QualifiedCount? total = null;
        foreach (ReportedSummary summary in taken)
        {
            total = (total ?? QualifiedCount.Zero) + summary.ActivitiesOf(kind)!.Value;
        }

        bool anyActivity = false;
        foreach (DayTally day in activities)
        {
            if (day.Kind == kind && !Covers(taken, day.Date))
            {
                total = (total ?? QualifiedCount.Zero) + QualifiedCount.Exactly(day.Activities);
                anyActivity = true;
            }
        }

        return new PeriodFigure(total, Coverage(taken, anyActivity));
    }

    /// <summary>Every reach counted once, added up; "at least" the sum when some counted activity's attendance is unknown.</summary>
    internal PeriodFigure TotalPeople()
    {
        ImmutableArray<ReachFigure> reaches = Reaches(out PeriodCoverage coverage, out bool someUnknown);
        QualifiedCount? total = null;
        foreach (ReachFigure reach in reaches)
        {
            total = (total ?? QualifiedCount.Zero) + reach.People;
        }

        return new PeriodFigure(someUnknown ? total?.PlusUnknown() : total, coverage);
    }

    /// <summary>Every reach, keyed by the kind set it belongs to, each counted once; ordered by kind set.</summary>
    internal ImmutableArray<ReachFigure> Reaches(out PeriodCoverage coverage) => Reaches(out coverage, out _);

    /// <summary>Every reach as <see cref="Reaches(out PeriodCoverage)"/>, and whether any counted activity's
    /// attendance is unknown (which makes a total a lower bound even where a kind's own reach is all unknown).</summary>
    internal ImmutableArray<ReachFigure> Reaches(out PeriodCoverage coverage, out bool someUnknown)
    {
        someUnknown = false;
        var bySet = new SortedDictionary<ActivityKindSet, Reach>();
        var allTaken = new List<ReportedSummary>();
        foreach (IGrouping<ActivityKindSet, ReportedSummary> group in summaries.Where(s => s.PeopleReached is not null).GroupBy(s => s.ReachKinds))
        {
            List<ReportedSummary> taken = Take(group);
            allTaken.AddRange(taken);
            foreach (ReportedSummary summary in taken)
            {
                Reach reach = bySet.GetValueOrDefault(group.Key);
                bySet[group.Key] = reach.Add(summary.PeopleReached!.Value);
            }
        }

        bool anyActivity = false;
        foreach (DayTally day in activities)
        {
            if (Covers(allTaken.Where(s => s.ReachKinds.Contains(day.Kind)), day.Date))
            {
                continue;
            }

            anyActivity = true;
            someUnknown |= day.UnknownAttendance > 0;
            ActivityKindSet set = ActivityKindSet.Of(day.Kind);
            Reach reach = bySet.GetValueOrDefault(set);
            reach = day.Participants is { } people ? reach.Add(people) : reach;
            bySet[set] = day.UnknownAttendance > 0 ? reach.Unknown() : reach;
        }

        coverage = Coverage(allTaken, anyActivity);
        ImmutableArray<ReachFigure>.Builder figures = ImmutableArray.CreateBuilder<ReachFigure>(bySet.Count);
        foreach (KeyValuePair<ActivityKindSet, Reach> pair in bySet)
        {
            if (pair.Value.People is { } people)
            {
                figures.Add(new ReachFigure(pair.Key, people));
            }
        }

        return figures.ToImmutable();
    }

    internal PeriodCoverage CoverageOfReach(AssemblyActivityKind kind)
    {
        var taken = new List<ReportedSummary>();
        foreach (IGrouping<ActivityKindSet, ReportedSummary> group in summaries.Where(s => s.PeopleReached is not null && s.ReachKinds.Contains(kind)).GroupBy(s => s.ReachKinds))
        {
            taken.AddRange(Take(group));
        }

        return Coverage(taken, activities.Any(a => a.Kind == kind && !Covers(taken, a.Date)));
    }

    /// <summary>The longest summaries first; one that overlaps a summary already taken is left out. Among summaries of
    /// one length the earlier comes first, then the smaller id: the answer never depends on the order facts were added
    /// in (a data set read back from the database lists them by id).</summary>
    private static List<ReportedSummary> Take(IEnumerable<ReportedSummary> candidates)
    {
        var taken = new List<ReportedSummary>();
        foreach (ReportedSummary candidate in candidates
            .OrderByDescending(s => s.Period.Interval.Length)
            .ThenBy(s => s.Period.Start)
            .ThenBy(s => s.Id.ToString(), StringComparer.Ordinal))
        {
            if (!taken.Exists(t => t.Period.Start <= candidate.Period.End && candidate.Period.Start <= t.Period.End))
            {
                taken.Add(candidate);
            }
        }

        return taken;
    }

    private static bool Covers(IEnumerable<ReportedSummary> taken, LocalDate date)
    {
        foreach (ReportedSummary summary in taken)
        {
            if (summary.Period.Contains(date))
            {
                return true;
            }
        }

        return false;
    }

    private PeriodCoverage Coverage(List<ReportedSummary> taken, bool anyActivity)
    {
        if (taken.Count == 0)
        {
            return new PeriodCoverage(anyActivity ? CoverageKind.Partial : CoverageKind.None, null);
        }

        // Taken summaries of one question never overlap; across questions they may, so count each day once.
        var days = new HashSet<LocalDate>();
        LocalDate through = taken[0].Period.End;
        foreach (ReportedSummary summary in taken)
        {
            through = summary.Period.End > through ? summary.Period.End : through;
            for (LocalDate day = summary.Period.Start; day <= summary.Period.End; day = day.PlusDays(1))
            {
                days.Add(day);
            }
        }

        return new PeriodCoverage(days.Count == period.Interval.Length ? CoverageKind.Complete : CoverageKind.Partial, through);
    }

    /// <summary>A running reach: the known sum, and whether some attendance was unknown.</summary>
    private readonly record struct Reach(QualifiedCount? Known, bool SomeUnknown)
    {
        internal QualifiedCount? People => SomeUnknown ? Known?.PlusUnknown() : Known;

        internal Reach Add(QualifiedCount people) => this with { Known = (Known ?? QualifiedCount.Zero) + people };

        internal Reach Unknown() => this with { SomeUnknown = true };
    }
}
