using System.Linq;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Serialization;

/// <summary>From a data set to its document: each fact once, referring to others by id.</summary>
internal static class DataSetDocumentWriter
{
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    private static TextDocument? Text(LocalizedText? text) => text is null ? null : new(text.Kazakh, text.Russian, text.English);

    private static PlaceDocument Place(Place place) =>
        new(place.Region, place.Kind, place.Kind == PlaceKind.Region ? null : Text(place.Name));

    internal static DataSetDocument Write(AssemblyDataSet data) => new(
        [.. data.Bodies.Select(Body)],
        [.. data.People.Select(Person)],
        [.. data.Sessions.Select(Session)],
        [.. data.Councils.Select(c => new CouncilDocument(c.Body.Id, [.. c.Memberships.Select(m => new MembershipDocument(m.Id, m.Person.Id, m.Category, m.Term.Start, m.Term.End, Text(m.OnBehalfOf)))]))],
        [.. data.Projects.Select(Project)],
        [.. data.Activities.Select(a => new ActivityDocument(a.Id, a.Organiser.Id, a.Kind, a.Date, Place(a.Place), a.Participants, a.Project?.Id))],
        [.. data.Summaries.Select(Summary)],
        [.. data.Representation.Select(Representation)],
        [.. data.DeputyGroups.Select(DeputyGroup)],
        [.. data.FriendshipHouses.Select(FriendshipHouse)]);

    // One fact each: the data set's document and a reading's JSON write facts the same way.
    internal static BodyDocument Body(Bodies.AssemblyBody b) => new(b.Id, b.Level, b.Region, Text(b.Name), b.Founded, b.Dissolved, b.Successor?.Id);

    internal static PersonDocument Person(People.Person p) => new(p.Id, Text(p.Name));

    internal static SessionDocument Session(Sessions.Session s) => new(
        s.Id, s.Body.Id, s.Number, s.Date, Text(s.Theme),
        [.. s.Officials.Select(o => new OfficialDocument(o.Person.Id, o.Role, Text(o.Office)))],
        [.. s.ParticipantGroups]);

    internal static ProjectDocument Project(Projects.SocialProject p) => new(p.Id, p.Body.Id, Text(p.Name), p.Start);

    internal static SummaryDocument Summary(Metrics.ReportedSummary s) =>
        new(s.Id, s.Reporter.Id, Place(s.Place), s.Period, [.. s.Tallies.Select(t => new TallyDocument(t.Kind, t.Count))], s.PeopleReached, s.Audience);

    internal static RepresentationDocument Representation(Representation.RepresentationFact r) => new(r.Id, r.Body.Id, r.Chamber, r.Members, r.AsOf);

    internal static DeputyGroupDocument DeputyGroup(Representation.DeputyGroup g) => new(g.Id, g.Body.Id, Text(g.Name), g.IsInterChamber, g.Formed);

    internal static FriendshipHouseDocument FriendshipHouse(Facilities.FriendshipHouse h) => new(h.Id, h.Body.Id, Place(h.Place), h.ProposedOn, h.OpenedOn);
}
