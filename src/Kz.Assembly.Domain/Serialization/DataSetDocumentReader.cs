using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
/// From a document to a data set, through the factories and the builder. The caller says how a rejected fact and a
/// set of facts that do not hold together are reported (a JsonException with a path, a database error naming the
/// table), so JSON and the database share one validated path and no reader can skip a check.
/// </summary>
/// <param name="document">The document.</param>
/// <param name="rejectedFact">Makes the error for a fact its factory rejected: the list, the index, the cause.</param>
/// <param name="inconsistent">Makes the error for facts that do not hold together, from the builder's problems.</param>
internal sealed class DataSetDocumentReader(
    DataSetDocument document,
    Func<string, int, Exception, Exception> rejectedFact,
    Func<ImmutableArray<DataSetProblem>, Exception> inconsistent)
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

        throw inconsistent(problems);
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
        list ?? throw new ArgumentException($"The list '{field}' is required (write [] for none).", field);

    /// <summary>Runs a step for each fact of a required list, turning a rejected fact into the caller's error.</summary>
    private void Each<T>(List<T>? required, string list, Action<T> read)
    {
        List<T> facts = required ?? throw rejectedFact(list, -1, new ArgumentException($"The list '{list}' is required (write [] for none).", list));
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
                throw rejectedFact(list, i, exception);
            }
        }
    }
}
