using System;
using System.Linq;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Projects;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Text;
using NodaTime;
using Article = Kz.Assembly.Domain.Samples.TurkistanArticle2025;

namespace Kz.Assembly.Domain.Tests.DataSetStore;

/// <summary>The data set as a store: lookups by id, and a builder that checks references and duplicates and reports
/// every problem at once.</summary>
public class AssemblyDataSetStoreTests
{
    private static readonly Place Turkistan = Place.WholeRegion(Regions.Turkistan);

    private static ReportedSummary Events(int count) => ReportedSummary.Create(
        Article.TurkistanAssembly, Turkistan, Article.YearToDate, [new ActivityTally(AssemblyActivityKind.Event, QualifiedCount.Exactly(count))]);

    [Fact]
    public void Every_fact_of_the_article_is_found_by_its_id()
    {
        AssemblyDataSet data = Article.DataSet;
        Assert.Same(Article.TurkistanAssembly, data.Get(Article.TurkistanAssembly.Id));
        Assert.Same(Article.RegionalSession, data.Get(Article.RegionalSession.Id));
        Assert.True(data.TryGet(Article.RegionalAkim.Id, out Person? akim));
        Assert.Equal(Article.RegionalAkim.Name, akim.Name);
        foreach (ReportedSummary summary in data.Summaries)
        {
            Assert.Same(summary, data.Get(summary.Id));
        }

        foreach (SocialProject project in data.Projects)
        {
            Assert.Same(project, data.Get(project.Id));
        }

        Assert.Single(data.DeputyGroupsOf(Article.Apk));
        Assert.Single(data.FriendshipHousesOf(Article.Apk));
        Assert.Equal(7, data.ProjectsOf(Article.TurkistanAssembly).Length);
    }

    [Fact]
    public void An_unknown_id_is_a_typed_not_found_naming_the_type_and_the_id()
    {
        var id = Id<AssemblyBody>.Parse("apk-kz-99");
        var exception = Assert.Throws<EntityNotFoundException>(() => Article.DataSet.Body(id));
        Assert.Equal(typeof(AssemblyBody), exception.EntityType);
        Assert.Equal("apk-kz-99", exception.Id);
        Assert.Contains("AssemblyBody", exception.Message, StringComparison.Ordinal);
        Assert.False(Article.DataSet.TryGet(id, out AssemblyBody? body));
        Assert.Null(body);
        Assert.False(Article.DataSet.TryGet(default(Id<Session>), out _));
    }

    [Fact]
    public void The_same_summary_added_twice_is_rejected_naming_both()
    {
        ReportedSummary summary = Events(412);
        var builder = new AssemblyDataSetBuilder().Add(Article.TurkistanAssembly).Add(summary).Add(summary);
        Assert.False(builder.TryBuild(out AssemblyDataSet? data, out var problems));
        Assert.Null(data);
        DataSetProblem problem = Assert.Single(problems);
        Assert.Equal(DataSetProblemKind.DuplicateId, problem.Kind);
        Assert.Contains("added twice", problem.Message, StringComparison.Ordinal);
        Assert.Contains(summary.Id.ToString(), problem.Message, StringComparison.Ordinal);
        var exception = Assert.Throws<DataSetException>(() => builder.Build());
        Assert.Single(exception.Problems);
    }

    [Fact]
    public void The_same_summary_under_two_ids_is_rejected_as_duplicate_content()
    {
        ReportedSummary summary = Events(412);
        ReportedSummary again = summary.WithId(Id<ReportedSummary>.Parse("turkistan-events-copy"));
        var builder = new AssemblyDataSetBuilder().Add(Article.TurkistanAssembly).Add(summary).Add(again);
        Assert.False(builder.TryBuild(out _, out var problems));
        DataSetProblem problem = Assert.Single(problems);
        Assert.Equal(DataSetProblemKind.DuplicateContent, problem.Kind);
        Assert.Equal([summary.Id.ToString(), "turkistan-events-copy"], problem.FactIds.ToArray());
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        AssemblyBody dissolved = Article.TurkistanAssembly.WithDissolution(new LocalDate(2020, 1, 1), null);
        SocialProject project = SocialProject.Create(Article.TurkistanAssembly, LocalizedText.Create("Жоба", "Проект", "Unlisted Project"));
        var builder = new AssemblyDataSetBuilder()
            .Add(dissolved)
            .Add(Article.RegionalSession)                                      // fine: undated
            .Add(Session.Create(Article.TurkistanAssembly, SessionNumber.Create(28), new LocalDate(2025, 5, 1))) // after the dissolution
            .Add(Session.Create(Article.Apk, SessionNumber.Create(34), new LocalDate(2025, 4, 24)))             // the APK was not added
            .Add(AssemblyActivity.Create(Article.TurkistanAssembly, AssemblyActivityKind.Event, new LocalDate(2019, 5, 1), Turkistan, null, project)); // project not added
        Assert.False(builder.TryBuild(out _, out var problems));
        Assert.Equal(
            [DataSetProblemKind.UnknownReference, DataSetProblemKind.UnknownReference, DataSetProblemKind.DateOutsideBody],
            problems.Select(p => p.Kind).Order().ToArray());
        Assert.Contains(problems, p => p.Message.Contains("2020-01-01", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("apk", StringComparison.Ordinal) && p.Kind == DataSetProblemKind.UnknownReference);
    }

    [Fact]
    public void Two_people_who_share_a_name_need_ids_of_their_own()
    {
        Person first = Person.Named("Айгүл Сейіт", "Айгуль Сеит", "Aigul Seit");
        Person namesake = Person.Named("Айгүл Сейіт", "Айгуль Сеит", "Aigul Seit");
        Assert.Equal(first, namesake); // same derived id: one person to the data set
        Person other = namesake.WithId(Id<Person>.Parse("aigul-seit-shymkent"));
        Assert.NotEqual(first, other);
        AssemblyDataSet data = new AssemblyDataSetBuilder().Add(first).Add(other).Build();
        Assert.Equal(2, data.People.Length);

        Person clash = Person.Named("Басқа", "Другой", "Someone Else").WithId(first.Id);
        Assert.False(new AssemblyDataSetBuilder().Add(first).Add(clash).TryBuild(out _, out var problems));
        Assert.Contains("names both", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dissolution_is_a_new_version_of_the_same_body()
    {
        AssemblyBody dissolved = Article.Apk.WithDissolution(new LocalDate(2026, 7, 1), null);
        Assert.Equal(Article.Apk.Id, dissolved.Id);
        Assert.Equal(Article.Apk, dissolved);
        AssemblyDataSet data = new AssemblyDataSetBuilder().Add(dissolved).Build();
        Assert.Equal(new LocalDate(2026, 7, 1), data.Body(Article.Apk.Id).Dissolved);
        Assert.False(new AssemblyDataSetBuilder().Add(Article.Apk).Add(dissolved).TryBuild(out _, out var problems));
        Assert.Equal(DataSetProblemKind.DuplicateId, Assert.Single(problems).Kind);
    }

    [Fact]
    public void A_member_still_serving_has_an_open_term()
    {
        Person member = Person.Named("Айгүл Сейіт", "Айгуль Сеит", "Aigul Seit");
        var membership = Kz.Assembly.Domain.Council.CouncilMembership.Create(member, Kz.Assembly.Domain.Council.MemberCategory.PublicFigure, new LocalDate(2023, 1, 1), null);
        Assert.True(membership.Term.IsOpen);
        Assert.True(membership.IsServingOn(new LocalDate(2100, 12, 31)));
        var ended = membership.EndOn(new LocalDate(2025, 6, 30));
        Assert.Equal(membership.Id, ended.Id);
        Assert.False(ended.IsServingOn(new LocalDate(2025, 7, 1)));
        Assert.Equal("PublicFigure Aigul Seit 2023-01-01..", membership.ToString());
    }
}
