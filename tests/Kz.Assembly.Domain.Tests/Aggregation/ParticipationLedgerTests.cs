using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CsCheck;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Aggregation;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Samples;
using NodaTime;
using static Kz.Assembly.Domain.Tests.Aggregation.LedgerGenerators;

namespace Kz.Assembly.Domain.Tests.Aggregation;

/// <summary>Every grouping is checked against LINQ over the same records.</summary>
public class ParticipationLedgerTests
{
    private sealed record Expected(string? Region, AssemblyActivityKind? Kind, ReportingPeriod? Period, int Records, QualifiedCount Activities, QualifiedCount? People);

    private static List<Expected> Linq(IEnumerable<ActivityRecord> records, bool byRegion, bool byKind, Func<LocalDate, ReportingPeriod?> bucket) =>
        records
            .Where(r => bucket(r.Date) is not null || bucket(new LocalDate(2000, 1, 1)) is null)
            .GroupBy(r => (Region: byRegion ? Region.FromCode(r.RegionCode).Code : null, Kind: byKind ? r.Kind : (AssemblyActivityKind?)null, Period: bucket(r.Date)))
            .Select(g => new Expected(
                g.Key.Region,
                g.Key.Kind,
                g.Key.Period,
                g.Count(),
                QualifiedCount.Sum(g.Select(r => r.Activities)),
                g.Any(r => r.PeopleReached is not null) ? QualifiedCount.Sum(g.Where(r => r.PeopleReached is not null).Select(r => r.PeopleReached!.Value)) : null))
            .OrderBy(e => e.Region, StringComparer.Ordinal).ThenBy(e => e.Period).ThenBy(e => e.Kind)
            .ToList();

    private static List<Expected> Ours(AggregateTable table) =>
        table.Select(r => new Expected(r.Region?.Code, r.Kind, r.Period, r.Records, r.Activities, r.PeopleReached)).ToList();

    [Fact]
    public void Region_by_month_by_kind_matches_LINQ() =>
        Records.Sample(records =>
            Assert.Equal(
                Linq(records, true, true, d => ReportingPeriod.Month(d.Year, d.Month)),
                Ours(Ledger(records).Aggregate(AggregationQuery.By(Dimensions.Region | Dimensions.Kind, PeriodBucket.Month)))));

    [Fact]
    public void Every_bucket_and_dimension_subset_matches_LINQ() =>
        Records.Select(Gen.Bool, Gen.Bool, Gen.Int[0, 4]).Sample((records, byRegion, byKind, bucketIndex) =>
        {
            var bucket = (PeriodBucket)bucketIndex;
            Func<LocalDate, ReportingPeriod?> reference = bucket switch
            {
                PeriodBucket.Day => d => ReportingPeriod.Custom(d, d),
                PeriodBucket.Month => d => ReportingPeriod.Month(d.Year, d.Month),
                PeriodBucket.Quarter => d => ReportingPeriod.Quarter(d.Year, ((d.Month - 1) / 3) + 1),
                PeriodBucket.Year => d => ReportingPeriod.CalendarYear(d.Year),
                _ => _ => null,
            };
            var dims = (byRegion ? Dimensions.Region : Dimensions.None) | (byKind ? Dimensions.Kind : Dimensions.None);
            Assert.Equal(Linq(records, byRegion, byKind, reference), Ours(Ledger(records).Aggregate(AggregationQuery.By(dims, bucket))));
        }, iter: 60);

    [Fact]
    public void Filtering_by_a_period_matches_LINQ_including_its_edge_days() =>
        Records.Sample(records =>
        {
            ReportingPeriod quarter = ReportingPeriod.Quarter(2024, 1);
            var expected = Linq(records.Where(r => quarter.Contains(r.Date)), true, false, _ => null);
            Assert.Equal(expected, Ours(Ledger(records).Aggregate(AggregationQuery.By(Dimensions.Region).Within(quarter))));
        });

    [Fact]
    public void Year_to_date_buckets_count_each_year_up_to_the_as_of_day() =>
        Records.Sample(records =>
        {
            var asOf = new LocalDate(2024, 2, 29);
            var expected = Linq(
                records.Where(r => r.Date.Month < 2 || (r.Date.Month == 2 && r.Date.Day <= 29)),
                false,
                false,
                d => ReportingPeriod.YearToDate(new LocalDate(d.Year, 2, CalendarSystem.Iso.GetDaysInMonth(d.Year, 2))));
            Assert.Equal(expected, Ours(Ledger(records).Aggregate(AggregationQuery.ByYearToDate(Dimensions.None, asOf))));
        });

    [Fact]
    public void Kind_and_region_filters_match_LINQ() =>
        Records.Sample(records =>
        {
            var expected = Linq(records.Where(r => r.Kind is AssemblyActivityKind.Event or AssemblyActivityKind.CharityAction && r.RegionCode == "KZ-61"), false, true, _ => null);
            var query = AggregationQuery.By(Dimensions.Kind).OnlyKinds(AssemblyActivityKind.Event, AssemblyActivityKind.CharityAction).OnlyRegions(Regions.Turkistan);
            Assert.Equal(expected, Ours(Ledger(records).Aggregate(query)));
        });

    [Fact]
    public void The_zone_change_on_2024_03_01_has_no_effect_on_dates()
    {
        var ledger = Ledger([
            new ActivityRecord("KZ-75", new LocalDate(2024, 2, 29), AssemblyActivityKind.Event, QualifiedCount.Exactly(1), null),
            new ActivityRecord("KZ-75", new LocalDate(2024, 3, 1), AssemblyActivityKind.Event, QualifiedCount.Exactly(1), null),
        ]);
        var months = ledger.Aggregate(AggregationQuery.By(Dimensions.None, PeriodBucket.Month));
        Assert.Equal([ReportingPeriod.Month(2024, 2), ReportingPeriod.Month(2024, 3)], months.Select(r => r.Period));
    }

    [Fact]
    public void An_empty_ledger_gives_an_empty_table()
    {
        Assert.Empty(ParticipationLedger.Empty.Aggregate(AggregationQuery.By(Dimensions.Region | Dimensions.Kind, PeriodBucket.Day)));
        Assert.Null(ParticipationLedger.Empty.FirstDate);
        Assert.Empty(ParticipationLedger.Empty.Aggregate(AggregationQuery.By(Dimensions.Region, PeriodBucket.Month)));
        Assert.Equal(0, ParticipationLedger.Empty.Count);
    }

    [Fact]
    public void Summaries_and_activities_aggregate_together_by_project_and_district()
    {
        var builder = new ParticipationLedgerBuilder();
        foreach (var summary in TurkistanArticle2025.DataSet.Summaries)
        {
            builder.Append(summary);
        }

        var project = TurkistanArticle2025.DataSet.ProjectsOf(TurkistanArticle2025.TurkistanAssembly)[3];
        var district = Place.Within(Regions.Turkistan, PlaceKind.District, Kz.Assembly.Domain.Text.LocalizedText.Create("Сайрам ауданы", "Сайрамский район", "Sairam District"));
        builder.Append(AssemblyActivity.Create(TurkistanArticle2025.TurkistanAssembly, AssemblyActivityKind.Event, new LocalDate(2025, 4, 20), district, QualifiedCount.About(120), project));

        var table = builder.ToLedger().Aggregate(AggregationQuery.By(Dimensions.District | Dimensions.Project | Dimensions.Kind).Within(TurkistanArticle2025.YearToDate));
        var events = table.Where(r => r.Kind == AssemblyActivityKind.Event).ToList();
        Assert.Equal(2, events.Count);
        Assert.Contains(events, r => r.Place == district && r.Project == project && r.Activities == QualifiedCount.Exactly(1) && r.PeopleReached == QualifiedCount.About(120));
        Assert.Contains(events, r => r.Project is null && r.Activities == QualifiedCount.Exactly(631) && r.PeopleReached is null);
        Assert.Null(table.Single(r => r.Kind == AssemblyActivityKind.CharityAction).PeopleReached);

        // The article's 39 000 were reached by the events and charity actions together: a row of their own.
        AggregateRow joint = table.Single(r => r.Kinds is { IsJoint: true });
        Assert.Null(joint.Kind);
        Assert.Equal(ActivityKindSet.Of(AssemblyActivityKind.Event, AssemblyActivityKind.CharityAction), joint.Kinds);
        Assert.Equal(QualifiedCount.About(39_000), joint.PeopleReached);
        Assert.Equal(QualifiedCount.Zero, joint.Activities);
    }

    [Fact]
    public void A_joint_reach_is_counted_once_when_kinds_are_summed()
    {
        var builder = new ParticipationLedgerBuilder();
        foreach (var summary in TurkistanArticle2025.DataSet.Summaries)
        {
            builder.Append(summary);
        }

        var ledger = builder.ToLedger();
        var total = Assert.Single(ledger.Aggregate(AggregationQuery.By(Dimensions.None).Within(TurkistanArticle2025.YearToDate)));
        Assert.Equal(QualifiedCount.About(48_000), total.PeopleReached); // ~39 000 + ~9 000, each once
        Assert.Equal(QualifiedCount.Exactly(631 + 49 + 168), total.Activities);

        // A query about charity actions keeps the joint row, as itself.
        var charity = ledger.Aggregate(AggregationQuery.By(Dimensions.Kind).Within(TurkistanArticle2025.YearToDate).OnlyKinds(AssemblyActivityKind.CharityAction));
        Assert.Equal(2, charity.Count);
        Assert.Contains(charity, r => r.Kinds is { IsJoint: true } && r.PeopleReached == QualifiedCount.About(39_000));
    }

    [Fact]
    public void Unknown_attendance_makes_the_known_sum_a_lower_bound_and_all_unknown_stays_unknown()
    {
        var body = TurkistanArticle2025.TurkistanAssembly;
        var place = Place.WholeRegion(Regions.Turkistan);
        var builder = new ParticipationLedgerBuilder()
            .Append(AssemblyActivity.Create(body, AssemblyActivityKind.Event, new LocalDate(2025, 3, 1), place, QualifiedCount.Exactly(40)))
            .Append(AssemblyActivity.Create(body, AssemblyActivityKind.Event, new LocalDate(2025, 3, 2), place, null))
            .Append(AssemblyActivity.Create(body, AssemblyActivityKind.CulturalEvent, new LocalDate(2025, 3, 2), place, null));
        var table = builder.ToLedger().Aggregate(AggregationQuery.By(Dimensions.Kind));
        Assert.Equal(QualifiedCount.AtLeast(40), table.Single(r => r.Kind == AssemblyActivityKind.Event).PeopleReached);
        Assert.Null(table.Single(r => r.Kind == AssemblyActivityKind.CulturalEvent).PeopleReached);
    }

    [Fact]
    public void Top_ranks_by_the_measure_and_keeps_table_order_among_ties()
    {
        var ledger = Ledger([
            new ActivityRecord("KZ-61", new LocalDate(2025, 1, 1), AssemblyActivityKind.Event, QualifiedCount.Exactly(5), QualifiedCount.Exactly(10)),
            new ActivityRecord("KZ-10", new LocalDate(2025, 1, 1), AssemblyActivityKind.Event, QualifiedCount.Exactly(7), null),
            new ActivityRecord("KZ-79", new LocalDate(2025, 1, 1), AssemblyActivityKind.Event, QualifiedCount.Exactly(5), QualifiedCount.About(900)),
        ]);
        var table = ledger.Aggregate(AggregationQuery.By(Dimensions.Region));
        Assert.Equal(["KZ-10", "KZ-61"], table.Top(2).Select(r => r.Region!.Code));
        Assert.Equal(["KZ-79", "KZ-61", "KZ-10"], table.Top(5, AggregateMeasure.PeopleReached).Select(r => r.Region!.Code));
        Assert.Empty(table.Top(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Top(-1));
    }

    [Theory]
    [InlineData("KZ-99", 2025, "region code 'KZ-99'")]
    [InlineData("KZ-61", 1990, "before the APK's founding")]
    public void Bad_rows_are_rejected_naming_the_record(string code, int year, string rule)
    {
        var builder = new ParticipationLedgerBuilder();
        builder.Append(new ActivityRecord("KZ-61", new LocalDate(2025, 1, 1), AssemblyActivityKind.Event, QualifiedCount.Exactly(1), null));
        var bad = new ActivityRecord(code, new LocalDate(year, 1, 1), AssemblyActivityKind.Event, QualifiedCount.Exactly(1), null);
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => builder.Append(bad));
        Assert.Contains("Record #1", exception.Message, StringComparison.Ordinal);
        Assert.Contains(rule, exception.Message, StringComparison.Ordinal);
        Assert.False(builder.TryAppend(bad));
        Assert.Equal(1, builder.Count);
    }

    [Fact]
    public void A_record_dated_past_the_ledgers_years_is_rejected()
    {
        var record = new ActivityRecord("KZ-71", new LocalDate(2200, 1, 1), AssemblyActivityKind.Event, QualifiedCount.Zero, null);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParticipationLedgerBuilder().Append(record));
    }

    [Fact]
    public void An_overflowing_total_throws_naming_the_record()
    {
        var ledger = Ledger([
            new ActivityRecord("KZ-61", new LocalDate(2025, 1, 1), AssemblyActivityKind.Event, QualifiedCount.Exactly(long.MaxValue - 1), null),
            new ActivityRecord("KZ-61", new LocalDate(2025, 1, 2), AssemblyActivityKind.Event, QualifiedCount.Exactly(2), null),
        ]);
        var exception = Assert.Throws<OverflowException>(() => ledger.Aggregate(AggregationQuery.By(Dimensions.Region)));
        Assert.Contains("Record #1 (KZ-61 2025-01-02 Event", exception.Message, StringComparison.Ordinal);
        Assert.Single(ledger.Aggregate(AggregationQuery.By(Dimensions.Region, PeriodBucket.Day).Within(ReportingPeriod.CalendarYear(2025))), r => r.Activities.Value == 2);
    }

    [Fact]
    public void A_query_over_few_groups_of_a_huge_key_space_runs_on_a_sparse_table()
    {
        // Once refused as "29 618 400 groups" although only a few were non-empty.
        var ledger = Ledger([
            new ActivityRecord("KZ-61", new LocalDate(1995, 3, 1), AssemblyActivityKind.Event, QualifiedCount.Exactly(1), null),
            new ActivityRecord("KZ-61", new LocalDate(2100, 12, 31), AssemblyActivityKind.Event, QualifiedCount.Exactly(1), null),
        ]);
        var query = AggregationQuery.By(Dimensions.Region | Dimensions.Kind, PeriodBucket.Day);
        AggregateTable rows = ledger.Aggregate(query);
        Assert.Equal([new LocalDate(1995, 3, 1), new LocalDate(2100, 12, 31)], rows.Select(r => r.Period!.Start).ToArray());
        Assert.Equal(2, ledger.Aggregate(AggregationQuery.By(Dimensions.Region | Dimensions.Kind, PeriodBucket.Year)).Count);
        Assert.Single(ledger.Aggregate(query.Within(ReportingPeriod.CalendarYear(1995))));
    }

    [Fact]
    public void Records_by_region_district_project_kind_and_day_aggregate_sparsely_as_LINQ_does()
    {
        var body = TurkistanArticle2025.TurkistanAssembly;
        var projects = TurkistanArticle2025.DataSet.ProjectsOf(body);
        var builder = new ParticipationLedgerBuilder();
        var expected = new Dictionary<(string, int, AssemblyActivityKind, LocalDate), long>();
        for (int i = 0; i < 1534; i++)
        {
            var district = Place.Within(Regions.Turkistan, PlaceKind.District, Kz.Assembly.Domain.Text.LocalizedText.Invariant($"D{i % 40}"));
            var project = projects[i % projects.Length];
            var kind = (AssemblyActivityKind)(i % 7);
            var day = new LocalDate(1996, 1, 1).PlusDays(i * 7);
            builder.Append(new ActivityRecord("KZ-61", day, kind, QualifiedCount.Exactly(i), null, district, project));
            var key = (district.Name.English, i % projects.Length, kind, day);
            expected[key] = expected.GetValueOrDefault(key) + i;
        }

        var rows = builder.ToLedger().Aggregate(AggregationQuery.By(Dimensions.Region | Dimensions.District | Dimensions.Project | Dimensions.Kind, PeriodBucket.Day));
        Assert.Equal(expected.Count, rows.Count);
        foreach (var row in rows)
        {
            var key = (row.Place!.Name.English, projects.IndexOf(row.Project!), row.Kind!.Value, row.Period!.Start);
            Assert.Equal(QualifiedCount.Exactly(expected[key]), row.Activities);
        }
    }

    [Fact]
    public async Task Snapshots_do_not_change_while_the_builder_appends_on_another_thread()
    {
        var builder = new ParticipationLedgerBuilder();
        var record = new ActivityRecord("KZ-61", new LocalDate(2025, 1, 1), AssemblyActivityKind.Event, QualifiedCount.Exactly(1), null);
        for (int i = 0; i < 1000; i++)
        {
            builder.Append(record);
        }

        ParticipationLedger snapshot = builder.ToLedger();
        var writer = Task.Run(() =>
        {
            for (int i = 0; i < 200_000; i++)
            {
                builder.Append(record);
            }
        });
        var query = AggregationQuery.By(Dimensions.None);
        while (!writer.IsCompleted)
        {
            Assert.Equal(1000, snapshot.Aggregate(query).Single().Activities.Value);
        }

        await writer;
        Assert.Equal(201_000, builder.ToLedger().Aggregate(query).Single().Activities.Value);
    }

    [Fact]
    public void Aggregating_in_parallel_gives_the_same_table_as_one_thread()
    {
        var random = new Random(7);
        var builder = new ParticipationLedgerBuilder();
        for (int i = 0; i < 600_000; i++)
        {
            builder.Append(new ActivityRecord(
                Region.All[random.Next(Region.All.Count)].Code,
                new LocalDate(2024, 1, 1).PlusDays(random.Next(731)),
                (AssemblyActivityKind)random.Next(7),
                QualifiedCount.Create(random.Next(1, 5), (CountQualifier)random.Next(5)),
                random.Next(4) == 0 ? null : QualifiedCount.Exactly(random.Next(1000))));
        }

        var ledger = builder.ToLedger();
        var query = AggregationQuery.By(Dimensions.Region | Dimensions.Kind, PeriodBucket.Month);
        Assert.Equal(Ours(ledger.Aggregate(query)), Ours(ledger.Aggregate(query, maxDegreeOfParallelism: 2)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ledger.Aggregate(query, 0));
    }

    [Fact]
    public void Scan_reads_every_record()
    {
        var ledger = Ledger([
            new ActivityRecord("KZ-61", new LocalDate(2025, 1, 1), AssemblyActivityKind.Event, QualifiedCount.Exactly(3), QualifiedCount.Exactly(10)),
            new ActivityRecord("KZ-10", new LocalDate(2025, 1, 1), AssemblyActivityKind.Event, QualifiedCount.Exactly(4), null),
        ]);
        Assert.Equal((7L, 10L), (ledger.Scan().Activities, ledger.Scan().People));
    }
}
