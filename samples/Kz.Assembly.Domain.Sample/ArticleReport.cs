using System.Globalization;
using System.Linq;
using System.Text;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Sessions;
using NodaTime.Text;

namespace Kz.Assembly.Domain.Sample;

/// <summary>Renders the article's data set as a plain English report, every figure read through the model's queries.</summary>
internal static class ArticleReport
{
    public static string Render(AssemblyDataSet data)
    {
        var apk = TurkistanArticle2025.Apk;
        var region = TurkistanArticle2025.TurkistanAssembly;
        var ytd = TurkistanArticle2025.YearToDate;
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        Line($"{region.Name.English} — report for {ytd.Start.Year}");
        Line(new string('=', 72));
        Line();
        Line("Social projects:");
        foreach (var project in data.ProjectsOf(region))
        {
            Line($"  «{project.Name.Kazakh}» ({project.Name.English})");
        }

        Line();
        Line($"Since the start of the year (as of {LocalDatePattern.Iso.Format(ytd.End)}):");
        Line($"  events:              {Count(data.ReportedActivities(region, ytd, ActivityKind.Event))}");
        Line($"  charity actions:     {Count(data.ReportedActivities(region, ytd, ActivityKind.CharityAction))}");
        Line($"  people reached:      {Count(data.PeopleReached(region, ytd, ActivityKind.Event))}");
        Line($"  outreach meetings:   {Count(data.ReportedActivities(region, ytd, ActivityKind.OutreachMeeting))}");
        Line($"  residents attending: {Count(data.PeopleReached(region, ytd, ActivityKind.OutreachMeeting))}");
        Line($"  anniversary events in {TurkistanArticle2025.ThisYear.Year}: {Count(data.ReportedActivities(region, TurkistanArticle2025.ThisYear, ActivityKind.AnniversaryEvent))}");
        Line();

        foreach (var body in new[] { region, apk })
        {
            foreach (var session in data.SessionsOf(body))
            {
                string date = session.Date is { } d ? LocalDatePattern.Iso.Format(d) : "date not given";
                Line($"Session {session.Number} of the {body.Name.English} ({date})");
                if (session.Theme is { } theme)
                {
                    Line($"  theme: «{theme.Kazakh}» — {theme.English}");
                }

                foreach (var official in session.Officials)
                {
                    Line($"  {official.Role.ToString().ToLowerInvariant()}: {official.Person.Name.English}{(official.Office is { } office ? ", " + office.English : string.Empty)}");
                }

                if (!session.ParticipantGroups.IsEmpty)
                {
                    Line($"  participants: {string.Join(", ", session.ParticipantGroups.Select(Describe))}");
                }

                Line();
            }
        }

        Line("Representation of the Assembly:");
        Line($"  Senate deputies on the Council's recommendation: {data.RepresentationIn(apk, Chamber.Senate)?.Members}");
        Line($"  members in the National Kurultai: {data.RepresentationIn(apk, Chamber.NationalKurultai)?.Members}");
        foreach (var group in data.DeputyGroups)
        {
            Line($"  deputy group: «{group.Name.Kazakh}» ({group.Name.English}){(group.IsInterChamber ? ", inter-chamber" : string.Empty)}");
        }

        Line();
        var anniversary = apk.AnniversaryIn(TurkistanArticle2025.ThisYear.Year);
        Line($"Anniversary: the Assembly turns {anniversary.Years} on {LocalDatePattern.Iso.Format(anniversary.Date)} (founded {LocalDatePattern.Iso.Format(apk.Founded)}).");
        foreach (var house in data.FriendshipHouses)
        {
            Line($"Friendship Houses: {house.Status.ToString().ToLowerInvariant()} on {LocalDatePattern.Iso.Format(house.ProposedOn!.Value)} for {house.Place.Name.English}.");
        }

        return text.ToString();
    }

    private static string Count(QualifiedCount? count) => count switch
    {
        null => "not reported",
        { Qualifier: CountQualifier.About } c => "about " + Digits(c.Value),
        { Qualifier: CountQualifier.MoreThan } c => "more than " + Digits(c.Value),
        { Qualifier: CountQualifier.AtLeast } c => "at least " + Digits(c.Value),
        { Qualifier: CountQualifier.UpTo } c => "up to " + Digits(c.Value),
        { } c => Digits(c.Value),
    };

    private static string Digits(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Describe(ParticipantGroup group) => group switch
    {
        ParticipantGroup.AssemblyCouncilMembers => "members of the APK Council",
        ParticipantGroup.PublicFigures => "public figures",
        ParticipantGroup.DistrictAndCityAkims => "district and city akims",
        ParticipantGroup.AssemblyStructures => "the regional APK's bodies",
        ParticipantGroup.EthnoculturalAssociations => "ethnocultural associations",
        ParticipantGroup.YouthOrganisations => "youth organisations",
        _ => group.ToString(),
    };
}
