using System.Linq;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Facilities;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Tests.Support;
using NodaTime;
using static Kz.Assembly.Domain.Samples.TurkistanArticle2025;

namespace Kz.Assembly.Domain.Tests.Samples;

/// <summary>Reads every figure of the source article back through the model's own queries.</summary>
public class TurkistanArticle2025Tests
{
    [Fact]
    public void The_regional_assembly_runs_the_seven_named_projects() =>
        Assert.Equal(
            ["Салауатты сана", "Адал азамат", "Елтану", "Мың бала", "Қайырымдылық керуені", "Жаңа толқын", "Шаңырақ"],
            DataSet.ProjectsOf(TurkistanAssembly).Select(p => p.Name.Kazakh));

    [Fact]
    public void Year_to_date_631_events_and_49_charity_actions_reached_about_39_thousand_people_together()
    {
        var complete = new PeriodCoverage(CoverageKind.Complete, AsOf);
        Assert.Equal(new PeriodFigure(QualifiedCount.Exactly(631), complete), DataSet.ReportedActivities(TurkistanAssembly, YearToDate, AssemblyActivityKind.Event));
        Assert.Equal(new PeriodFigure(QualifiedCount.Exactly(49), complete), DataSet.ReportedActivities(TurkistanAssembly, YearToDate, AssemblyActivityKind.CharityAction));

        // The 39 000 belong to events and charity actions together: neither kind has a reach of its own.
        var together = new ReachFigure(ActivityKindSet.Of(AssemblyActivityKind.Event, AssemblyActivityKind.CharityAction), QualifiedCount.About(39_000));
        foreach (AssemblyActivityKind kind in new[] { AssemblyActivityKind.Event, AssemblyActivityKind.CharityAction })
        {
            KindReach reach = DataSet.PeopleReached(TurkistanAssembly, YearToDate, kind);
            Assert.Null(reach.Alone);
            Assert.Equal([together], reach.Shared.ToArray());
            Assert.Equal(complete, reach.Coverage);
        }

        Assert.Equal(new PeriodFigure(QualifiedCount.About(48_000), complete), DataSet.TotalPeopleReached(TurkistanAssembly, YearToDate));
    }

    [Fact]
    public void Year_to_date_168_outreach_meetings_were_attended_by_about_9000_residents()
    {
        Assert.Equal(QualifiedCount.Exactly(168), DataSet.ReportedActivities(TurkistanAssembly, YearToDate, AssemblyActivityKind.OutreachMeeting).Value);
        KindReach reach = DataSet.PeopleReached(TurkistanAssembly, YearToDate, AssemblyActivityKind.OutreachMeeting);
        Assert.Equal(QualifiedCount.About(9_000), reach.Alone);
        Assert.Empty(reach.Shared);
        ReportedSummary meetings = DataSet.SummariesOf(TurkistanAssembly, YearToDate).Single(s => s.ActivitiesOf(AssemblyActivityKind.OutreachMeeting) is not null);
        Assert.Equal(Audience.Residents, meetings.Audience);
    }

    [Fact]
    public void The_calendar_year_is_answered_from_the_year_to_date_as_partial()
    {
        // Before: ReportedActivities(body, CalendarYear(2025), Event) was null although a 2025 year-to-date existed.
        PeriodFigure events = DataSet.ReportedActivities(TurkistanAssembly, ThisYear, AssemblyActivityKind.Event);
        Assert.Equal(QualifiedCount.Exactly(631), events.Value);
        Assert.Equal(new PeriodCoverage(CoverageKind.Partial, AsOf), events.Coverage);
        Assert.Equal("631 (partial through 2025-04-24)", events.ToString());

        PeriodFigure none = DataSet.ReportedActivities(TurkistanAssembly, ReportingPeriod.CalendarYear(2024), AssemblyActivityKind.Event);
        Assert.Null(none.Value);
        Assert.Equal(CoverageKind.None, none.Coverage.Kind);
    }

    [Fact]
    public void More_than_2000_anniversary_events_are_held_this_year() =>
        Assert.Equal(new PeriodFigure(QualifiedCount.MoreThan(2_000), new PeriodCoverage(CoverageKind.Complete, new NodaTime.LocalDate(2025, 12, 31))), DataSet.ReportedActivities(TurkistanAssembly, ThisYear, AssemblyActivityKind.AnniversaryEvent));

    [Fact]
    public void The_XXVII_regional_session_has_its_theme_moderator_and_participant_groups()
    {
        Session session = DataSet.SessionsOf(TurkistanAssembly).Find(SessionNumber.Create(27));
        Assert.Equal("XXVII", session.Number.ToString());
        Assert.Equal("Бірлік бастауы – берекелі Түркістан", session.Theme!.Kazakh);
        Assert.Null(session.Date);
        SessionOfficial moderator = Assert.Single(session.Officials, o => o.Role == SessionRole.Moderator);
        Assert.Equal("Ертай Алтаев", moderator.Person.Name.Kazakh);
        Assert.Contains(session.Officials, o => o.Person.Name.English == "Nuralkhan Kusherov");
        Assert.Equal(6, session.ParticipantGroups.Length);
        Assert.Contains(ParticipantGroup.YouthOrganisations, session.ParticipantGroups);
    }

    [Fact]
    public void The_XXXIV_national_session_took_place_on_24_April_2025()
    {
        Session session = DataSet.SessionsOf(Apk).Find(SessionNumber.Create(34));
        Assert.Equal(new LocalDate(2025, 4, 24), session.Date);
        Assert.Equal("XXXIV", session.Number.ToString());
        Assert.Equal("Kassym-Jomart Tokayev", Assert.Single(session.Officials).Person.Name.English);
    }

    [Fact]
    public void Five_Senate_seats_and_12_Kurultai_members()
    {
        Assert.Equal(5, DataSet.RepresentationIn(Apk, Chamber.Senate)!.Members);
        Assert.Equal(SenateRecommendations.SeatCount, DataSet.RepresentationIn(Apk, Chamber.Senate)!.Members);
        Assert.Equal(12, DataSet.RepresentationIn(Apk, Chamber.NationalKurultai)!.Members);
        Assert.Null(DataSet.RepresentationIn(Apk, Chamber.Mazhilis));
    }

    [Fact]
    public void The_inter_chamber_group_One_country_one_interest_was_formed()
    {
        DeputyGroup group = Assert.Single(DataSet.DeputyGroups);
        Assert.Equal("Бір ел – бір мүдде", group.Name.Kazakh);
        Assert.True(group.IsInterChamber);
    }

    [Fact]
    public void The_APKs_30th_anniversary_is_this_year() =>
        Assert.Equal(30, Apk.AnniversaryIn(ThisYear.Year).Years);

    [Fact]
    public void Friendship_Houses_were_proposed_at_the_XXXIV_session()
    {
        FriendshipHouse house = Assert.Single(DataSet.FriendshipHouses);
        Assert.Equal(FriendshipHouseStatus.Proposed, house.Status);
        Assert.Equal(new LocalDate(2025, 4, 24), house.ProposedOn);
    }

    [Fact]
    public void The_data_set_dump_matches_its_snapshot() =>
        Snapshooter.Xunit.Snapshot.Match(DataSetDump.Write(DataSet));
}
