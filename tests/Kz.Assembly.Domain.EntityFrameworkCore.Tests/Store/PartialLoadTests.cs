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
    public async Task Every_kind_a_body_holds_loads_with_its_body_and_only_with_it()
    {
        // The article holds a fact of every kind (sessions, council memberships, summaries, representation, deputy
        // groups, Friendship Houses): each kind's own filter, in its row file, must take that body's rows and no other's.
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        AssemblyDataSet data = TurkistanArticle2025.DataSet;
        await using AssemblyDbContext context = database.Context();
        await context.ImportDataSetAsync(data);

        foreach (AssemblyBody body in data.Bodies)
        {
            AssemblyDataSet one = await context.LoadBodyAsync(body.Id);
            Assert.Equal(KindsOf(data, b => b == body.Id), KindsOf(one, _ => true));
        }
    }

    [SkippableFact]
    public async Task Every_dated_kind_loads_by_its_own_days()
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        AssemblyDataSet data = TurkistanArticle2025.DataSet;
        await using AssemblyDbContext context = database.Context();
        await context.ImportDataSetAsync(data);

        foreach (DateInterval days in new[]
        {
            new DateInterval(new LocalDate(1995, 1, 1), new LocalDate(2030, 12, 31)),
            new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 4, 30)),
            new DateInterval(new LocalDate(2019, 1, 1), new LocalDate(2019, 12, 31)),
        })
        {
            AssemblyDataSet period = await context.LoadPeriodAsync(days);
            Assert.Equal(Dated(data, days), Dated(period, days));
            Assert.Equal(Dated(data, days).Count, KindsOf(period, _ => true).Count - period.Projects.Length);
        }
    }

    /// <summary>The ids of every fact the bodies <paramref name="held"/> selects hold.</summary>
    private static System.Collections.Generic.List<string> KindsOf(AssemblyDataSet data, System.Func<Id<AssemblyBody>, bool> held) =>
        [.. data.Sessions.Where(s => held(s.Body.Id)).Select(s => "session/" + s.Id)
            .Concat(data.Councils.Where(c => held(c.Body.Id)).SelectMany(c => c.Memberships).Select(m => "membership/" + m.Id))
            .Concat(data.Summaries.Where(s => held(s.Reporter.Id)).Select(s => "summary/" + s.Id))
            .Concat(data.Activities.Where(a => held(a.Organiser.Id)).Select(a => "activity/" + a.Id))
            .Concat(data.Representation.Where(r => held(r.Body.Id)).Select(r => "representation/" + r.Id))
            .Concat(data.DeputyGroups.Where(g => held(g.Body.Id)).Select(g => "group/" + g.Id))
            .Concat(data.FriendshipHouses.Where(h => held(h.Body.Id)).Select(h => "house/" + h.Id))
            .Concat(data.Projects.Where(p => held(p.Body.Id)).Select(p => "project/" + p.Id))
            .Order(System.StringComparer.Ordinal)];

    /// <summary>The ids of the facts dated within the days, each kind by its own dates.</summary>
    private static System.Collections.Generic.List<string> Dated(AssemblyDataSet data, DateInterval days)
    {
        bool In(LocalDate? day) => day is { } d && days.Contains(d);
        return [.. data.Sessions.Where(s => In(s.Date)).Select(s => "session/" + s.Id)
            .Concat(data.Councils.SelectMany(c => c.Memberships).Where(m => m.Term.Start <= days.End && (m.Term.End is not { } end || end >= days.Start)).Select(m => "membership/" + m.Id))
            .Concat(data.Summaries.Where(s => s.Period.Interval.Start <= days.End && s.Period.Interval.End >= days.Start).Select(s => "summary/" + s.Id))
            .Concat(data.Activities.Where(a => In(a.Date)).Select(a => "activity/" + a.Id))
            .Concat(data.Representation.Where(r => In(r.AsOf)).Select(r => "representation/" + r.Id))
            .Concat(data.DeputyGroups.Where(g => In(g.Formed)).Select(g => "group/" + g.Id))
            .Concat(data.FriendshipHouses.Where(h => In(h.ProposedOn) || In(h.OpenedOn)).Select(h => "house/" + h.Id))
            .Order(System.StringComparer.Ordinal)];
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
