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
using Kz.Assembly.Domain.Projects;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Aggregation;

/// <summary>
/// The ledger's rollups (totals kept as records arrive) give exactly the table a scan of every record gives, for
/// random records (projects, places, summaries with joint reaches of several kind sets) and random questions (every
/// subset of dimensions, every bucket, periods and year-to-date days that cut months, kind and region filters).
/// </summary>
public class RollupTests
{
    private static readonly AssemblyBody Body = Kz.Assembly.Domain.Samples.TurkistanArticle2025.TurkistanAssembly;
    private static readonly Place WholeRegion = Place.WholeRegion(Regions.Turkistan);
    private static readonly Place District = Place.Within(Regions.Turkistan, PlaceKind.District, LocalizedText.Invariant("Sairam"));
    private static readonly SocialProject[] Projects = [.. Enumerable.Range(1, 3).Select(p => SocialProject.Create(Body, LocalizedText.Invariant($"P{p}")))];
    private static readonly AssemblyActivityKind[] Kinds = Enum.GetValues<AssemblyActivityKind>();

    private static readonly Gen<QualifiedCount> Count = Gen.Long[0, 5_000].Select(Gen.Enum<CountQualifier>(), QualifiedCount.Create);

    /// <summary>A Turkistan record with a project and a place, or a record of another region from the shared generator.</summary>
    private static readonly Gen<Action<ParticipationLedgerBuilder>> Appends = Gen.Frequency(
        (4, LedgerGenerators.Record.Select(r => (Action<ParticipationLedgerBuilder>)(b => b.Append(r)))),
        (3, LedgerGenerators.Date.Where(d => d >= new LocalDate(2018, 6, 19)).Select(Gen.Enum<AssemblyActivityKind>(), Gen.Int[0, 3], Gen.Bool, Count.Nullable())
            .Select(t => (Action<ParticipationLedgerBuilder>)(b => b.Append(new ActivityRecord(Regions.Turkistan.Code, t.Item1, t.Item2, QualifiedCount.Exactly(1), t.Item5, t.Item4 ? District : WholeRegion, t.Item3 == 0 ? null : Projects[t.Item3 - 1]))))),
        (1, Gen.Int[1, 3].Select(Gen.Int[1, 12], Gen.Int[1, (1 << Kinds.Length) - 1], Count.Array[Kinds.Length], Count)
            .Select(t => (Action<ParticipationLedgerBuilder>)(b => b.Append(ReportedSummary.Create(
                Body,
                WholeRegion,
                ReportingPeriod.Month(2021 + t.Item1, t.Item2),
                Kinds.Where(k => (t.Item3 & (1 << (int)k)) != 0).Select(k => new ActivityTally(k, t.Item4[(int)k])),
                t.Item5))))));

    private static readonly Gen<AggregationQuery> Queries =
        Gen.Int[0, 15].Select(Gen.Int[0, 5], LedgerGenerators.Date, Gen.Int[0, 500], Gen.Int[0, 3]).Select(t =>
        {
            (int dimensions, int bucket, LocalDate date, int length, int filter) = t;
            AggregationQuery query = bucket == 5
                ? AggregationQuery.ByYearToDate((Dimensions)dimensions, date)
                : AggregationQuery.By((Dimensions)dimensions, (PeriodBucket)bucket);
            if (filter is 1 or 3)
            {
                query = query.Within(ReportingPeriod.Custom(date, date.PlusDays(length)));
            }

            return filter switch
            {
                2 => query.OnlyKinds(AssemblyActivityKind.Event, (AssemblyActivityKind)(length % Kinds.Length)),
                3 => query.OnlyRegions(Regions.Turkistan),
                _ => query,
            };
        });

    [Fact]
    public void Rollups_answer_every_question_as_the_scan_does() =>
        Appends.Array[0, 200].Select(Queries.Array[1, 8]).Sample((appends, queries) =>
        {
            ParticipationLedger ledger = Build(appends);
            foreach (AggregationQuery query in queries)
            {
                Assert.Equal(Rows(ledger.AggregateByScan(query)), Rows(ledger.Aggregate(query)));
            }
        });

    [Fact]
    public void A_snapshot_keeps_its_answers_while_the_builder_goes_on_appending() =>
        Appends.Array[1, 100].Select(Appends.Array[1, 100], Queries).Sample((before, after, query) =>
        {
            var builder = new ParticipationLedgerBuilder();
            Array.ForEach(before, append => append(builder));
            ParticipationLedger snapshot = builder.ToLedger();
            string[] answer = Rows(snapshot.Aggregate(query));
            Array.ForEach(after, append => append(builder));
            ParticipationLedger later = builder.ToLedger();

            Assert.Equal(answer, Rows(snapshot.Aggregate(query)));
            Assert.Equal(Rows(later.AggregateByScan(query)), Rows(later.Aggregate(query)));
        });

    [Fact]
    public void An_older_snapshot_asked_after_a_newer_one_counts_only_its_own_records() =>
        Appends.Array[1, 100].Select(Appends.Array[1, 100], Queries).Sample((before, after, query) =>
        {
            // The months' record index is shared and built on first need: the newer snapshot lists every record
            // first, and the older one must still read its months only up to its own count.
            var builder = new ParticipationLedgerBuilder();
            Array.ForEach(before, append => append(builder));
            ParticipationLedger older = builder.ToLedger();
            Array.ForEach(after, append => append(builder));
            ParticipationLedger newer = builder.ToLedger();

            Assert.Equal(Rows(newer.AggregateByScan(query)), Rows(newer.Aggregate(query)));
            Assert.Equal(Rows(older.AggregateByScan(query)), Rows(older.Aggregate(query)));
        });

    [Fact]
    public void A_year_to_date_question_cut_inside_a_month_counts_only_that_months_days_up_to_the_day()
    {
        var builder = new ParticipationLedgerBuilder();
        foreach (int day in new[] { 1, 24, 25, 30 })
        {
            builder.Append(new ActivityRecord(Regions.Turkistan.Code, new LocalDate(2025, 4, day), AssemblyActivityKind.Event, QualifiedCount.Exactly(1), QualifiedCount.Exactly(day)));
        }

        builder.Append(new ActivityRecord(Regions.Turkistan.Code, new LocalDate(2025, 2, 10), AssemblyActivityKind.Event, QualifiedCount.Exactly(1), QualifiedCount.About(100)));
        AggregateRow row = Assert.Single(builder.ToLedger().Aggregate(AggregationQuery.ByYearToDate(Dimensions.Region, new LocalDate(2025, 4, 24))));
        Assert.Equal(3, row.Records);
        Assert.Equal(QualifiedCount.About(125), row.PeopleReached);
    }

    [Fact]
    public void A_month_of_more_records_than_its_list_first_holds_derives_its_days_from_all_of_them()
    {
        // 300 000 records in one month: past the first chunk of the month's list (65 536) and its first directory
        // (four chunks), so the derivation reads across chunks and a grown directory.
        var builder = new ParticipationLedgerBuilder();
        for (int i = 0; i < 300_000; i++)
        {
            builder.Append(new ActivityRecord(Regions.Turkistan.Code, new LocalDate(2025, 3, 1 + (i % 31)), (AssemblyActivityKind)(i % 7), QualifiedCount.Exactly(1), QualifiedCount.Exactly(i % 100)));
        }

        ParticipationLedger ledger = builder.ToLedger();
        foreach (AggregationQuery query in new[]
        {
            AggregationQuery.ByYearToDate(Dimensions.Kind, new LocalDate(2025, 3, 15)),
            AggregationQuery.By(Dimensions.Region, PeriodBucket.Day),
            AggregationQuery.By(Dimensions.Project | Dimensions.Kind, PeriodBucket.Month),
        })
        {
            Assert.Equal(Rows(ledger.AggregateByScan(query)), Rows(ledger.Aggregate(query)));
        }

        Assert.Equal(300_000, ledger.Aggregate(AggregationQuery.By(Dimensions.None, PeriodBucket.Day)).Sum(r => r.Records));
    }

    private static ParticipationLedger Build(Action<ParticipationLedgerBuilder>[] appends)
    {
        var builder = new ParticipationLedgerBuilder();
        Array.ForEach(appends, append => append(builder));
        return builder.ToLedger();
    }

    private static string[] Rows(IEnumerable<AggregateRow> table) =>
        [.. table.Select(r => $"{r.Region?.Code}|{r.Place}|{r.Project}|{r.Kinds}|{r.Period}|{r.Records}|{r.Activities}|{r.PeopleReached}")];
}
