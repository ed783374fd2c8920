using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.EntityFrameworkCore.Aggregation;
using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.EntityFrameworkCore.Tables;
using Kz.Assembly.Domain.EntityFrameworkCore.Tests.Support;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tests.Aggregation;

/// <summary>
/// The rollups PostgreSQL keeps by trigger answer as the activities' own GROUP BY and as the in-memory data set do: on
/// random data, random periods (cut months included), after imports, merges, updates and deletes, and under writers
/// working at the same time.
/// </summary>
[Collection(DatabaseTests.Name)]
public sealed class DatabaseRollupTests(PostgresCluster cluster)
{
    private static readonly LocalDate First = new(2019, 1, 1);

    [SkippableFact]
    public async Task The_month_rollup_equals_the_group_by_over_the_activities_for_random_periods()
    {
        await using AssemblyDbContext context = (await MigratedAsync()).Context();
        await context.ImportDataSetAsync(RandomActivities.DataSet(5_000, seed: 18));
        var random = new Random(18);
        foreach (ReportingPeriod? period in RandomPeriods(random, 25).Prepend(null))
        {
            await AssertRollupEqualsGroupByAsync(context, period);
        }
    }

    [SkippableFact]
    public async Task Totals_by_region_from_the_database_equal_the_data_sets_for_random_periods()
    {
        for (int seed = 1; seed <= 3; seed++)
        {
            AssemblyDataSet data = WithSummaries(RandomActivities.DataSet(3_000, seed), new Random(seed));
            await using AssemblyDbContext context = (await MigratedAsync()).Context();
            await context.ImportDataSetAsync(data);
            foreach (ReportingPeriod period in RandomPeriods(new Random(seed), 15))
            {
                var expected = data.TotalsByRegion(period);
                var actual = await context.TotalsByRegionAsync(period);
                Assert.Equal(expected.Select(t => t.ToString()), actual.Select(t => t.ToString()));

                // ImmutableArray's own equality is by reference: compare the elements.
                Assert.Equal(expected.ToArray(), actual.ToArray());
            }
        }
    }

    [SkippableFact]
    public async Task The_rollups_follow_merges_updates_deletes_and_truncation()
    {
        await using AssemblyDbContext context = (await MigratedAsync()).Context();
        AssemblyDataSet data = RandomActivities.DataSet(2_000, seed: 7);
        await context.ImportDataSetAsync(data);

        // A second import replacing some activities' attendance (IncomingWins) and adding new ones.
        AssemblyDataSet changed = RandomActivities.DataSet(2_500, seed: 8);
        await context.ImportDataSetAsync(changed, MergePolicy.IncomingWins);
        await AssertRollupEqualsGroupByAsync(context, null);

        await context.Database.ExecuteSqlRawAsync("UPDATE activities SET participants = NULL, participants_qualifier = NULL WHERE id LIKE 'activity-1%'");
        await context.Database.ExecuteSqlRawAsync("UPDATE activities SET date = date + 40 WHERE id LIKE 'activity-2%'");
        await context.Database.ExecuteSqlRawAsync("DELETE FROM activities WHERE id LIKE 'activity-3%'");
        await AssertRollupEqualsGroupByAsync(context, null);
        await AssertNoEmptyRollupRowsAsync(context);

        await context.Database.ExecuteSqlRawAsync("TRUNCATE activities");
        Assert.Empty(await context.RollupByRegionMonthKindAsync());
    }

    [SkippableFact]
    public async Task Writers_at_the_same_time_lose_no_delta()
    {
        TestDatabase database = await MigratedAsync();
        AssemblyDataSet data = RandomActivities.DataSet(4_000, seed: 11);
        await using (AssemblyDbContext context = database.Context())
        {
            await context.ImportDataSetAsync(BodiesAndProjectsOf(data).Build());
        }

        // Four writers insert interleaved slices of the same keys through EF Core, without the import's lock, while a
        // fifth deletes what the first inserted.
        ActivityRow[] rows = TableRowsOf(data);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
        {
            for (int batch = writer; batch * 100 < rows.Length; batch += 4)
            {
                await using AssemblyDbContext context = database.Context();
                context.AddRange(rows.Skip(batch * 100).Take(100));
                await context.SaveChangesAsync();
            }
        })));
        await Task.WhenAll(Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
        {
            await using AssemblyDbContext context = database.Context();
            string pattern = "activity-%" + writer;
            await context.Database.ExecuteSqlAsync($"DELETE FROM activities WHERE id LIKE {pattern}");
        })));

        await using AssemblyDbContext check = database.Context();
        Assert.Equal(4_000 - 1_600, await check.Activities.CountAsync());
        await AssertRollupEqualsGroupByAsync(check, null);
        await AssertRollupEqualsGroupByAsync(check, ReportingPeriod.Custom(new LocalDate(2021, 3, 15), new LocalDate(2023, 7, 9)));
    }

    private async Task<TestDatabase> MigratedAsync()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        return await TestDatabase.MigratedAsync(cluster);
    }

    private static async Task AssertRollupEqualsGroupByAsync(AssemblyDbContext context, ReportingPeriod? period)
    {
        IQueryable<ActivityRow> activities = context.Activities;
        if (period is not null)
        {
            LocalDate start = period.Start, end = period.End;
            activities = activities.Where(a => a.Date >= start && a.Date <= end);
        }

        DatabaseAggregate[] scanned = await activities.ByRegionMonthKind().ToArrayAsync();
        IReadOnlyList<DatabaseAggregate> rolled = await context.RollupByRegionMonthKindAsync(period);
        Assert.Equal(
            scanned.Select(Text).Order(StringComparer.Ordinal),
            rolled.Select(Text).Order(StringComparer.Ordinal));

        // The order the method promises: region, year, month, kind.
        Assert.Equal(
            rolled.OrderBy(r => r.Region!.Code, StringComparer.Ordinal).ThenBy(r => r.Year).ThenBy(r => r.Month).ThenBy(r => r.Kind).Select(Text),
            rolled.Select(Text));
    }

    private static async Task AssertNoEmptyRollupRowsAsync(AssemblyDbContext context)
    {
        Assert.Equal(0, await context.Database.SqlQueryRaw<int>("SELECT count(*)::integer AS \"Value\" FROM activity_month_rollups WHERE activities = 0").SingleAsync());
        Assert.Equal(0, await context.Database.SqlQueryRaw<int>("SELECT count(*)::integer AS \"Value\" FROM activity_day_rollups WHERE activities = 0").SingleAsync());
    }

    private static string Text(DatabaseAggregate row) => $"{row.Region?.Code} {row.Year}-{row.Month} {row.Kind} {row.Records} {row.PeopleReached}";

    /// <summary>Periods of every shape: months, quarters, years, years to date and custom runs of days cutting months.</summary>
    private static IEnumerable<ReportingPeriod> RandomPeriods(Random random, int count)
    {
        for (int i = 0; i < count; i++)
        {
            int year = random.Next(2019, 2026);
            LocalDate day = First.PlusDays(random.Next(7 * 365));
            yield return (i % 5) switch
            {
                0 => ReportingPeriod.Month(year, random.Next(1, 13)),
                1 => ReportingPeriod.Quarter(year, random.Next(1, 5)),
                2 => ReportingPeriod.CalendarYear(year),
                3 => ReportingPeriod.YearToDate(day),
                _ => ReportingPeriod.Custom(day, day.PlusDays(random.Next(0, 400))),
            };
        }
    }

    /// <summary>The data set with random summaries (months, quarters, years to date; overlapping; joint reaches) and a
    /// second body in one region, so a region's totals add up two bodies.</summary>
    private static AssemblyDataSet WithSummaries(AssemblyDataSet data, Random random)
    {
        var builder = BodiesAndProjectsOf(data);
        AssemblyBody city = AssemblyBody.Create("apk-city", AssemblyLevel.District, Regions.Turkistan, LocalizedText.Create("Қала", "Город", "City"), First);
        builder.Add(city);
        foreach (AssemblyActivity activity in data.Activities)
        {
            builder.Add(activity);
        }

        AssemblyBody[] bodies = [.. data.Bodies.Where(b => b.Region is not null), city];
        AssemblyActivityKind[] kinds = Enum.GetValues<AssemblyActivityKind>();
        for (int i = 0; i < 60; i++)
        {
            AssemblyBody body = i < 10 ? city : bodies[random.Next(bodies.Length)];
            ReportingPeriod period = RandomPeriods(random, 5).ElementAt(random.Next(5));
            AssemblyActivityKind[] tallied = [.. kinds.Where(_ => random.Next(3) == 0).DefaultIfEmpty(AssemblyActivityKind.Event)];
            QualifiedCount? reach = random.Next(3) == 0 ? null : QualifiedCount.About(random.Next(1, 100) * 100);
            builder.Add(ReportedSummary.Create(
                body,
                Place.WholeRegion(body.Region!),
                period,
                tallied.Select(k => new ActivityTally(k, QualifiedCount.Exactly(random.Next(0, 700)))),
                reach));
        }

        return builder.Build();
    }

    private static AssemblyDataSetBuilder BodiesAndProjectsOf(AssemblyDataSet data)
    {
        var builder = new AssemblyDataSetBuilder();
        foreach (AssemblyBody body in data.Bodies)
        {
            builder.Add(body);
        }

        foreach (var project in data.Projects)
        {
            builder.Add(project);
        }

        return builder;
    }

    private static ActivityRow[] TableRowsOf(AssemblyDataSet data) =>
    [
        .. data.Activities.Select(a => new ActivityRow
        {
            Id = a.Id, OrganiserId = a.Organiser.Id, Kind = a.Kind, Date = a.Date, Region = a.Place.Region, PlaceKind = a.Place.Kind,
            Participants = a.Participants?.Value, ParticipantsQualifier = a.Participants?.Qualifier, ProjectId = a.Project?.Id,
        }),
    ];
}
