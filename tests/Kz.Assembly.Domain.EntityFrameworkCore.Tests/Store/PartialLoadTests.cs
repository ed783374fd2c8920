using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.EntityFrameworkCore.Aggregation;
using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.EntityFrameworkCore.Tests.Support;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Samples;
using NodaTime;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tests.Store;

/// <summary>A question about one body or one period reads what it needs, not the whole database, and gets the same
/// facts as the whole data set filtered in memory.</summary>
[Collection(DatabaseTests.Name)]
public sealed class PartialLoadTests(PostgresCluster cluster)
{
    [SkippableFact]
    public async Task One_body_loads_with_everything_it_holds_and_nothing_else()
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        AssemblyDataSet data = RandomActivities.DataSet(1500, seed: 11);
        await using AssemblyDbContext context = database.Context();
        await context.ImportDataSetAsync(data);

        foreach (AssemblyBody body in data.Bodies.Take(6))
        {
            AssemblyDataSet one = await context.LoadBodyAsync(body.Id);

            Assert.Equal(data.ActivitiesOf(body).Select(a => a.Id).Order(), one.Activities.Select(a => a.Id).Order());
            Assert.Equal(data.ProjectsOf(body).Select(p => p.Id).Order(), one.ProjectsOf(one.Body(body.Id)).Select(p => p.Id).Order());

            // Other bodies only where an activity of a project refers to them, never their activities.
            Assert.All(one.Activities, a => Assert.Equal(body.Id, a.Organiser.Id));
            Assert.Equal(data.ActivitiesOf(body).OrderBy(a => a.Id).Select(a => a.Participants), one.ActivitiesOf(one.Body(body.Id)).OrderBy(a => a.Id).Select(a => a.Participants));
        }
    }

    [SkippableFact]
    public async Task The_articles_body_loads_with_its_sessions_people_and_summaries()
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        await using AssemblyDbContext context = database.Context();
        await context.ImportDataSetAsync(TurkistanArticle2025.DataSet);

        AssemblyDataSet turkistan = await context.LoadBodyAsync(TurkistanArticle2025.TurkistanAssembly.Id);

        Assert.Equal(TurkistanArticle2025.DataSet.SessionsOf(TurkistanArticle2025.TurkistanAssembly).Count, turkistan.SessionsOf(turkistan.Body(TurkistanArticle2025.TurkistanAssembly.Id)).Count);
        Assert.Equal(TurkistanArticle2025.DataSet.SummariesOf(TurkistanArticle2025.TurkistanAssembly).Length, turkistan.Summaries.Length);
        Assert.Equal(
            TurkistanArticle2025.DataSet.ReportedActivities(TurkistanArticle2025.TurkistanAssembly, TurkistanArticle2025.YearToDate, AssemblyActivityKind.Event),
            turkistan.ReportedActivities(turkistan.Body(TurkistanArticle2025.TurkistanAssembly.Id), TurkistanArticle2025.YearToDate, AssemblyActivityKind.Event));
        Assert.True(turkistan.People.Length > 0);
        Assert.True(turkistan.Bodies.Length < TurkistanArticle2025.DataSet.Bodies.Length || TurkistanArticle2025.DataSet.Bodies.Length == 1);
        Assert.Empty(await context.LoadBodyAsync(Id<AssemblyBody>.Parse("apk-kz-99", null)) is { } none ? none.Bodies : []);
    }

    [SkippableFact]
    public async Task A_period_loads_the_facts_dated_within_it()
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        AssemblyDataSet data = RandomActivities.DataSet(1500, seed: 12);
        await using AssemblyDbContext context = database.Context();
        await context.ImportDataSetAsync(data);
        await context.ImportDataSetAsync(TurkistanArticle2025.DataSet, MergePolicy.StoredWins);

        foreach (DateInterval days in new[] { new DateInterval(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29)), new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 4, 24)) })
        {
            AssemblyDataSet period = await context.LoadPeriodAsync(days);
            Assert.Equal(data.Activities.Where(a => days.Contains(a.Date)).Select(a => a.Id).Order(), period.Activities.Select(a => a.Id).Order());
            Assert.All(period.Summaries, s => Assert.True(s.Period.Interval.Start <= days.End && s.Period.Interval.End >= days.Start));
            Assert.True(period.Bodies.Length <= data.Bodies.Length + 1);
        }

        AssemblyDataSet spring = await context.LoadPeriodAsync(new DateInterval(new LocalDate(2025, 4, 1), new LocalDate(2025, 4, 30)));
        Assert.Contains(spring.Summaries, s => s.Period == TurkistanArticle2025.YearToDate);
    }

    [SkippableFact]
    public async Task Database_aggregates_and_the_packages_enums_are_written_by_name()
    {
        var aggregate = new DatabaseAggregate(Geography.Regions.Turkistan, 2025, 4, AssemblyActivityKind.CharityAction, null, null, 3, Metrics.QualifiedCount.About(900));
        string json = JsonSerializer.Serialize(aggregate);
        Assert.Contains("\"Kind\":\"CharityAction\"", json, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\"Kind\":", json.Replace("\"Kind\":\"CharityAction\"", string.Empty, System.StringComparison.Ordinal), System.StringComparison.Ordinal);
        foreach (System.Type type in typeof(AssemblyDbContext).Assembly.GetExportedTypes().Where(t => t.IsEnum))
        {
            object last = System.Enum.GetValues(type).GetValue(System.Enum.GetValues(type).Length - 1)!;
            Assert.Equal($"\"{last}\"", JsonSerializer.Serialize(last, type));
        }

        Assert.Equal("\"IncomingWins\"", JsonSerializer.Serialize(MergePolicy.IncomingWins));
        await Task.CompletedTask;
    }
}
