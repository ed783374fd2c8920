using System.Linq;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Aggregation;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Council;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Projects;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Samples;

/// <summary>
/// A second region modelled from scratch, as a user would write it: the Karaganda regional assembly with a council
/// whose chair still serves, sessions, a project, activities of which some attendance is unknown, and a summary. The
/// figures are made up for the test; what matters is that the store and the queries hold for a new region.
/// </summary>
public class KaragandaDataSetTests
{
    private static readonly AssemblyBody Karaganda = AssemblyBody.Regional(Regions.Karaganda, new LocalDate(1995, 3, 1));
    private static readonly Place Region35 = Place.WholeRegion(Regions.Karaganda);
    private static readonly Place Temirtau = Place.Within(Regions.Karaganda, PlaceKind.City, LocalizedText.Create("Теміртау", "Темиртау", "Temirtau"));
    private static readonly Person Chair = Person.Named("Ерлан Сейітов", "Ерлан Сеитов", "Erlan Seitov");
    private static readonly Person FormerChair = Person.Named("Гүлнар Әбенова", "Гульнар Абенова", "Gulnar Abenova");
    private static readonly SocialProject Dostyq = SocialProject.Create(Karaganda, LocalizedText.Create("Достық көпірі", "Мост дружбы", "Bridge of Friendship"), new LocalDate(2023, 2, 1));

    internal static AssemblyDataSet Build()
    {
        var council = AssemblyCouncil.Create(Karaganda,
        [
            CouncilMembership.Create(FormerChair, MemberCategory.PublicFigure, new LocalDate(2019, 1, 15), new LocalDate(2023, 12, 31)),
            CouncilMembership.Create(Chair, MemberCategory.PublicFigure, new LocalDate(2024, 1, 1), termEnd: null),
        ]);
        return new AssemblyDataSetBuilder()
            .Add(Karaganda)
            .Add(council)
            .Add(Session.Create(Karaganda, SessionNumber.Create(29), new LocalDate(2024, 4, 18), officials: [SessionOfficial.Create(Chair, SessionRole.Speaker)]))
            .Add(Session.Create(Karaganda, SessionNumber.Parse("XXX"), new LocalDate(2025, 4, 10)))
            .Add(Dostyq)
            .Add(AssemblyActivity.Create(Karaganda, AssemblyActivityKind.CulturalEvent, new LocalDate(2025, 3, 22), Temirtau, QualifiedCount.About(1_200), Dostyq))
            .Add(AssemblyActivity.Create(Karaganda, AssemblyActivityKind.CulturalEvent, new LocalDate(2025, 5, 9), Region35, participants: null))
            .Add(AssemblyActivity.Create(Karaganda, AssemblyActivityKind.EthnomediationCase, new LocalDate(2025, 6, 2), Temirtau, participants: null))
            .Add(ReportedSummary.Create(Karaganda, Region35, ReportingPeriod.CalendarYear(2024),
                [new ActivityTally(AssemblyActivityKind.Event, QualifiedCount.MoreThan(300)), new ActivityTally(AssemblyActivityKind.SportsEvent, QualifiedCount.Exactly(45))],
                QualifiedCount.About(25_000)))
            .Build();
    }

    [Fact]
    public void The_data_set_builds_and_finds_every_fact_by_id()
    {
        AssemblyDataSet data = Build();
        Assert.Same(Karaganda, data.Body(Id<AssemblyBody>.Parse("apk-kz-35")));
        Assert.Equal(2, data.SessionsOf(Karaganda).Count);
        Assert.Equal(SessionNumber.Create(30), data.SessionsOf(Karaganda).Latest!.Number);
        Assert.Equal([Chair, FormerChair], data.People.OrderBy(p => p.Id).ToArray());
        Assert.Equal(Dostyq, data.Get(Id<SocialProject>.Parse("apk-kz-35-project-bridge-of-friendship")));
    }

    [Fact]
    public void The_chair_still_serving_has_an_open_term()
    {
        AssemblyCouncil council = Build().CouncilOf(Karaganda)!;
        Assert.Equal([Chair], council.MembersOn(new LocalDate(2026, 11, 25)).Select(m => m.Person).ToArray());
        Assert.Equal([FormerChair], council.MembersOn(new LocalDate(2023, 6, 1)).Select(m => m.Person).ToArray());
        Assert.True(council.Memberships.Single(m => m.Person == Chair).Term.IsOpen);
    }

    [Fact]
    public void Unknown_attendance_stays_unknown_and_makes_a_known_sum_a_lower_bound()
    {
        AssemblyDataSet data = Build();
        ReportingPeriod year = ReportingPeriod.CalendarYear(2025);
        Assert.Equal(QualifiedCount.Exactly(2), data.ReportedActivities(Karaganda, year, AssemblyActivityKind.CulturalEvent).Value);
        Assert.Equal(QualifiedCount.About(1_200), data.PeopleReached(Karaganda, year, AssemblyActivityKind.CulturalEvent).Alone); // about + at least = about
        Assert.Null(data.PeopleReached(Karaganda, year, AssemblyActivityKind.EthnomediationCase).Alone);
        Assert.Equal(new PeriodCoverage(CoverageKind.Partial, null), data.ReportedActivities(Karaganda, year, AssemblyActivityKind.CulturalEvent).Coverage);
    }

    [Fact]
    public void The_2024_summary_is_complete_and_its_reach_is_shared()
    {
        AssemblyDataSet data = Build();
        ReportingPeriod year = ReportingPeriod.CalendarYear(2024);
        Assert.Equal(CoverageKind.Complete, data.ReportedActivities(Karaganda, year, AssemblyActivityKind.Event).Coverage.Kind);
        KindReach sports = data.PeopleReached(Karaganda, year, AssemblyActivityKind.SportsEvent);
        Assert.Null(sports.Alone);
        Assert.Equal(QualifiedCount.About(25_000), Assert.Single(sports.Shared).People);
    }

    [Fact]
    public void The_ledger_gives_the_same_figures()
    {
        AssemblyDataSet data = Build();
        var builder = new ParticipationLedgerBuilder();
        foreach (AssemblyActivity activity in data.Activities)
        {
            builder.Append(activity);
        }

        foreach (ReportedSummary summary in data.Summaries)
        {
            builder.Append(summary);
        }

        AggregateTable byKind = builder.ToLedger().Aggregate(AggregationQuery.By(Dimensions.Kind).Within(ReportingPeriod.CalendarYear(2025)));
        Assert.Equal(
            data.ReachByKinds(Karaganda, ReportingPeriod.CalendarYear(2025)).ToArray(),
            byKind.Where(r => r.PeopleReached is not null).Select(r => new ReachFigure(r.Kinds!.Value, r.PeopleReached!.Value)).ToArray());
    }
}
