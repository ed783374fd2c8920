using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Council;
using Kz.Assembly.Domain.Facilities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Projects;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Serialization;

/// <summary>
/// A data set as one JSON document: each fact once, in a list of its kind, referring to others by id. Reading builds
/// every fact through its factory and the whole through <see cref="AssemblyDataSetBuilder.TryBuild"/>, so a document
/// can never produce an invalid data set: a bad field, a dangling id or a duplicate is a <see cref="JsonException"/>
/// whose path names the fact (<c>$.sessions[1]</c>) and whose message names the rule.
/// </summary>
internal sealed class DataSetJsonConverter : JsonConverter<AssemblyDataSet>
{
    /// <inheritdoc/>
    public override AssemblyDataSet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        DataSetDocument document = JsonSerializer.Deserialize(ref reader, DataSetJsonContext.Default.DataSetDocument)
            ?? throw new JsonException("A data set document is an object, not null.");
        return new DocumentReader(document).Build();
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, AssemblyDataSet value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, DocumentWriter.Write(value), DataSetJsonContext.Default.DataSetDocument);

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    private static TextDocument? Text(LocalizedText? text) => text is null ? null : new(text.Kazakh, text.Russian, text.English);

    private static PlaceDocument Place(Place place) =>
        new(place.Region, place.Kind, place.Kind == PlaceKind.Region ? null : Text(place.Name));

    /// <summary>From a data set to its document.</summary>
    private static class DocumentWriter
    {
        internal static DataSetDocument Write(AssemblyDataSet data) => new(
            [.. data.Bodies.Select(b => new BodyDocument(b.Id, b.Level, b.Region, Text(b.Name), b.Founded, b.Dissolved, b.Successor?.Id))],
            [.. data.People.Select(p => new PersonDocument(p.Id, Text(p.Name)))],
            [.. data.Sessions.Select(s => new SessionDocument(
                s.Id, s.Body.Id, s.Number, s.Date, Text(s.Theme),
                [.. s.Officials.Select(o => new OfficialDocument(o.Person.Id, o.Role, Text(o.Office)))],
                [.. s.ParticipantGroups]))],
            [.. data.Councils.Select(c => new CouncilDocument(c.Body.Id, [.. c.Memberships.Select(m => new MembershipDocument(m.Id, m.Person.Id, m.Category, m.Term.Start, m.Term.End, Text(m.OnBehalfOf)))]))],
            [.. data.Projects.Select(p => new ProjectDocument(p.Id, p.Body.Id, Text(p.Name), p.Start))],
            [.. data.Activities.Select(a => new ActivityDocument(a.Id, a.Organiser.Id, a.Kind, a.Date, Place(a.Place), a.Participants, a.Project?.Id))],
            [.. data.Summaries.Select(s => new SummaryDocument(s.Id, s.Reporter.Id, Place(s.Place), s.Period, [.. s.Tallies.Select(t => new TallyDocument(t.Kind, t.Count))], s.PeopleReached, s.Audience))],
            [.. data.Representation.Select(r => new RepresentationDocument(r.Id, r.Body.Id, r.Chamber, r.Members, r.AsOf))],
            [.. data.DeputyGroups.Select(g => new DeputyGroupDocument(g.Id, g.Body.Id, Text(g.Name), g.IsInterChamber, g.Formed))],
            [.. data.FriendshipHouses.Select(h => new FriendshipHouseDocument(h.Id, h.Body.Id, Place(h.Place), h.ProposedOn, h.OpenedOn))]);
    }

    /// <summary>From a document to a data set, through the factories and the builder, naming the fact of any error.</summary>
    private sealed class DocumentReader(DataSetDocument document)
    {
        private readonly Dictionary<Id<AssemblyBody>, AssemblyBody> bodies = [];
        private readonly Dictionary<Id<Person>, Person> people = [];
        private readonly Dictionary<Id<SocialProject>, SocialProject> projects = [];

        // Many facts share a place: each distinct place is built (and its name checked) once.
        private readonly Dictionary<PlaceDocument, Place> places = [];
        private readonly AssemblyDataSetBuilder builder = new();

        internal AssemblyDataSet Build()
        {
            ReadBodies(document.Bodies);
            Each(document.People, "people", p => people[p.Id] = People.Person.Named(Text(p.Name, "name")).WithId(p.Id));
            foreach (Person person in people.Values)
            {
                builder.Add(person);
            }

            Each(document.Sessions, "sessions", s => builder.Add(Session.Create(
                Body(s.Body), s.Number, s.Date, Text(s.Theme),
                [.. List(s.Officials, "officials").Select(o => SessionOfficial.Create(Person(o.Person), o.Role, Text(o.Office)))],
                List(s.ParticipantGroups, "participantGroups")).WithId(s.Id)));
            Each(document.Councils, "councils", c => builder.Add(AssemblyCouncil.Create(
                Body(c.Body),
                [.. List(c.Memberships, "memberships").Select(m => CouncilMembership.Create(Person(m.Person), m.Category, m.Start, m.End, Text(m.OnBehalfOf)).WithId(m.Id))])));
            Each(document.Projects, "projects", p =>
            {
                SocialProject project = SocialProject.Create(Body(p.Body), Text(p.Name, "name"), p.Start).WithId(p.Id);
                projects[project.Id] = project;
                builder.Add(project);
            });
            Each(document.Activities, "activities", a => builder.Add(AssemblyActivity.Create(
                Body(a.Organiser), a.Kind, a.Date, Place(a.Place), a.Participants, a.Project is { } id ? Project(id) : null).WithId(a.Id)));
            Each(document.Summaries, "summaries", s => builder.Add(ReportedSummary.Create(
                Body(s.Reporter), Place(s.Place), Required(s.Period, "period"), [.. List(s.Tallies, "tallies").Select(t => new ActivityTally(t.Kind, t.Count))], s.PeopleReached, s.Audience).WithId(s.Id)));
            Each(document.Representation, "representation", r => builder.Add(RepresentationFact.Create(Body(r.Body), r.Chamber, r.Members, r.AsOf).WithId(r.Id)));
            Each(document.DeputyGroups, "deputyGroups", g => builder.Add(DeputyGroup.Create(Body(g.Body), Text(g.Name, "name"), g.InterChamber, g.Formed).WithId(g.Id)));
            Each(document.FriendshipHouses, "friendshipHouses", h =>
            {
                FriendshipHouse house = h.ProposedOn is { } proposed ? FriendshipHouse.Proposed(Body(h.Body), Place(h.Place), proposed)
                    : h.OpenedOn is { } opened ? FriendshipHouse.Opened(Body(h.Body), Place(h.Place), opened)
                    : throw new ArgumentException("A Friendship House needs the day it was proposed or opened.");
                builder.Add((h.ProposedOn is not null && h.OpenedOn is { } openedLater ? house.OpenOn(openedLater) : house).WithId(h.Id));
            });

            if (builder.TryBuild(out AssemblyDataSet? data, out ImmutableArray<DataSetProblem> problems))
            {
                return data;
            }

            throw new JsonException(
                $"The document's facts do not hold together ({problems.Length} problem(s)):\n" + string.Join("\n", problems.Select(p => "- " + p)),
                "$",
                null,
                null);
        }

        private void ReadBodies(List<BodyDocument>? list)
        {
            // First every body as founded, then dissolutions, whose successors may come later in the list.
            Each(list, "bodies", b => bodies[b.Id] = b.Level == AssemblyLevel.National
                ? AssemblyBody.National(Id(b.Id), Text(b.Name, "name"), b.Founded)
                : AssemblyBody.Create(Id(b.Id), b.Level, Required(b.Region, "region"), Text(b.Name, "name"), b.Founded));
            Each(list, "bodies", b =>
            {
                if (b.Dissolved is { } day)
                {
                    bodies[b.Id] = bodies[b.Id].WithDissolution(day, b.Successor is { } successor ? Body(successor) : null);
                }
                else if (b.Successor is not null)
                {
                    throw new ArgumentException($"Body {b.Id} names a successor but no dissolution day.");
                }
            });
            foreach (AssemblyBody body in bodies.Values)
            {
                builder.Add(body);
            }
        }

        private static string Id(Id<AssemblyBody> id) => id.IsDefault ? throw new ArgumentException("A body needs an id.", nameof(id)) : id.ToString();

        private AssemblyBody Body(Id<AssemblyBody> id) =>
            bodies.TryGetValue(id, out AssemblyBody? body) ? body : throw Dangling("body", id.ToString());

        private Person Person(Id<Person> id) =>
            people.TryGetValue(id, out Person? person) ? person : throw Dangling("person", id.ToString());

        private SocialProject Project(Id<SocialProject> id) =>
            projects.TryGetValue(id, out SocialProject? project) ? project : throw Dangling("project", id.ToString());

        private static ArgumentException Dangling(string what, string id) =>
            new($"It refers to {what} '{id}', which the document does not hold (a dangling id).");

        private static LocalizedText Text(TextDocument? text, string field)
        {
            TextDocument required = Required(text, field);
            return LocalizedText.Create(required.Kk, required.Ru, required.En);
        }

        private static LocalizedText? Text(TextDocument? text) => text is null ? null : LocalizedText.Create(text.Kk, text.Ru, text.En);

        private Place Place(PlaceDocument? field)
        {
            PlaceDocument place = Required(field, "place");
            if (!places.TryGetValue(place, out Place? built))
            {
                built = place.Kind == PlaceKind.Region
                    ? Geography.Place.WholeRegion(Required(place.Region, "region"))
                    : Geography.Place.Within(Required(place.Region, "region"), place.Kind, Text(place.Name, "name"));
                places.Add(place, built);
            }

            return built;
        }

        private static T Required<T>(T? value, string field)
            where T : class =>
            value ?? throw new ArgumentException($"The field '{field}' is required.", field);

        private static List<T> List<T>(List<T>? list, string field) =>
            list ?? throw new JsonException($"The list '{field}' is required (write [] for none).");

        /// <summary>Runs a step for each fact of a required list, turning a rejected fact into a JsonException with its path.</summary>
        private static void Each<T>(List<T>? required, string list, Action<T> read)
        {
            List<T> facts = List(required, list);
            for (int i = 0; i < facts.Count; i++)
            {
                try
                {
                    if (facts[i] is null)
                    {
                        throw new ArgumentException("A fact is an object, not null.");
                    }

                    read(facts[i]);
                }
                catch (Exception exception) when (exception is ArgumentException or FormatException or OverflowException)
                {
                    throw new JsonException($"{list}[{i}]: {exception.Message}", $"$.{list}[{i}]", null, null, exception);
                }
            }
        }
    }
}
