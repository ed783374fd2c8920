using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Aggregation;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.DataSetStore;

/// <summary>
/// One query model: on random data sets the data set's answers (activities by kind, reach by kind set, total reach)
/// equal the ledger's rows for the same facts. Summaries fall in distinct months and activities in months without a
/// summary, so no figure is reported twice (where they do overlap, the data set's nesting rule applies, which a ledger
/// of single-day records cannot know: PeriodQueryTests pins it).
/// </summary>
public class QueryModelPropertyTests
{
    private static readonly AssemblyBody Body = Kz.Assembly.Domain.Samples.TurkistanArticle2025.TurkistanAssembly;
    private static readonly Place Region61 = Place.WholeRegion(Regions.Turkistan);
    private static readonly AssemblyActivityKind[] Kinds = Enum.GetValues<AssemblyActivityKind>();
    private const int Months = 72; // 2020-01 .. 2025-12

    private static readonly Gen<QualifiedCount> Count = Gen.Long[0, 5_000].Select(Gen.Enum<CountQualifier>(), QualifiedCount.Create);

    private static readonly Gen<QualifiedCount?> MaybeCount = Gen.Bool.Select(Count, (known, count) => known ? count : (QualifiedCount?)null);

    private static readonly Gen<Func<int, ReportedSummary>> Summary =
        Gen.Int[1, (1 << Kinds.Length) - 1].Select(Count.Array[Kinds.Length], MaybeCount, (mask, counts, reach) => (Func<int, ReportedSummary>)(month =>
        {
            var tallies = Kinds.Where(k => (mask & (1 << (int)k)) != 0).Select(k => new ActivityTally(k, counts[(int)k]));
            return ReportedSummary.Create(Body, Region61, ReportingPeriod.Month(2020 + (month / 12), (month % 12) + 1), tallies, reach);
        }));

    private static Gen<AssemblyDataSet> DataSets =>
        Gen.Int[0, Months - 1].HashSet[0, 12].Select(Summary.Array[12]).SelectMany((summaryMonths, makers) =>
        {
            int[] months = [.. summaryMonths.Order()];
            ReportedSummary[] summaries = [.. months.Select((month, i) => makers[i](month))];
            int[] free = [.. Enumerable.Range(0, Months).Where(m => !summaryMonths.Contains(m))];
            Gen<AssemblyActivity> activity = Gen.Int[0, free.Length - 1].Select(Gen.Int[1, 28], Gen.Enum<AssemblyActivityKind>(), MaybeCount, (m, day, kind, people) =>
                AssemblyActivity.Create(Body, kind, new LocalDate(2020 + (free[m] / 12), (free[m] % 12) + 1, day), Region61, people));
            return activity.Array[0, 25].Select(activities =>
            {
                var builder = new AssemblyDataSetBuilder().Add(Body);
                foreach (ReportedSummary summary in summaries)
                {
                    builder.Add(summary);
                }

                foreach (AssemblyActivity one in activities.DistinctBy(x => x.Id))
                {
                    builder.Add(one);
                }

                return builder.Build();
            });
        });

    private static ParticipationLedger LedgerOf(AssemblyDataSet data)
    {
        var builder = new ParticipationLedgerBuilder();
        foreach (ReportedSummary summary in data.Summaries)
        {
            builder.Append(summary);
        }

        foreach (AssemblyActivity activity in data.Activities)
        {
            builder.Append(activity);
        }

        return builder.ToLedger();
    }

    [Fact]
    public void The_data_sets_answers_equal_the_ledgers_rows() =>
        DataSets.Sample(data =>
        {
            ParticipationLedger ledger = LedgerOf(data);
            foreach (ReportingPeriod period in Enumerable.Range(2020, 6).Select(ReportingPeriod.CalendarYear).Append(ReportingPeriod.Quarter(2023, 2)))
            {
                AggregateTable byKind = ledger.Aggregate(AggregationQuery.By(Dimensions.Kind).Within(period));
                foreach (AssemblyActivityKind kind in Kinds)
                {
                    QualifiedCount? expected = byKind.Where(r => r.Kind == kind).Select(r => (QualifiedCount?)r.Activities).SingleOrDefault();
                    Assert.Equal(expected, data.ReportedActivities(Body, period, kind).Value);
                }

                var ledgerReach = byKind.Where(r => r.PeopleReached is not null).Select(r => new ReachFigure(r.Kinds!.Value, r.PeopleReached!.Value)).OrderBy(r => r.Kinds).ToArray();
                Assert.Equal(ledgerReach, data.ReachByKinds(Body, period).ToArray());

                QualifiedCount? ledgerTotal = ledger.Aggregate(AggregationQuery.By(Dimensions.None).Within(period)).Select(r => r.PeopleReached).SingleOrDefault();
                Assert.Equal(ledgerTotal, data.TotalPeopleReached(Body, period).Value);
            }
        }, iter: 200);
}
