using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Council;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.People;
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

    // The facts of the held kinds others refer to (projects, for activities), by entity type: a Dictionary<Id<T>, T>.
    private readonly Dictionary<Type, object> referable = [];

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
        foreach (HeldKind kind in FactKinds.Held)
        {
            kind.Read(document, this);
        }

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

    /// <summary>The body of an id the document holds.</summary>
    internal AssemblyBody Body(Id<AssemblyBody> id) =>
        bodies.TryGetValue(id, out AssemblyBody? body) ? body : throw Dangling("body", id.ToString());

    private Person Person(Id<Person> id) =>
        people.TryGetValue(id, out Person? person) ? person : throw Dangling("person", id.ToString());

    /// <summary>The fact of a held kind others refer to (<see cref="HeldKind{TEntity, TDocument}.ReferredTo"/>) with an
    /// id the document holds.</summary>
    internal TEntity Referred<TEntity>(Id<TEntity> id, string what)
        where TEntity : class, IEntity<TEntity> =>
        referable.TryGetValue(typeof(TEntity), out object? facts) && ((Dictionary<Id<TEntity>, TEntity>)facts).TryGetValue(id, out TEntity? fact)
            ? fact
            : throw Dangling(what, id.ToString());

    private static ArgumentException Dangling(string what, string id) =>
        new($"It refers to {what} '{id}', which the document does not hold (a dangling id).");

    /// <summary>A required text.</summary>
    internal static LocalizedText Text(TextDocument? text, string field)
    {
        TextDocument required = Required(text, field);
        return LocalizedText.Create(required.Kk, required.Ru, required.En);
    }

    /// <summary>An optional text.</summary>
    internal static LocalizedText? Text(TextDocument? text) => text is null ? null : LocalizedText.Create(text.Kk, text.Ru, text.En);

    /// <summary>A required place, built once however many facts share it.</summary>
    internal Place Place(PlaceDocument? field)
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

    /// <summary>A required field's value.</summary>
    internal static T Required<T>(T? value, string field)
        where T : class =>
        value ?? throw new ArgumentException($"The field '{field}' is required.", field);

    /// <summary>A required list.</summary>
    internal static List<T> List<T>(List<T>? list, string field) =>
        list ?? throw new ArgumentException($"The list '{field}' is required (write [] for none).", field);

    /// <summary>Adds a fact of a held kind to the data set being built, and where other kinds refer to its kind, to the
    /// facts they can name.</summary>
    internal void Add<TEntity>(TEntity fact, bool referredTo)
        where TEntity : class, IEntity<TEntity>
    {
        if (referredTo)
        {
            if (!referable.TryGetValue(typeof(TEntity), out object? facts))
            {
                referable[typeof(TEntity)] = facts = new Dictionary<Id<TEntity>, TEntity>();
            }

            ((Dictionary<Id<TEntity>, TEntity>)facts)[fact.Id] = fact;
        }

        builder.AddHeld(fact);
    }

    /// <summary>Runs a step for each fact of a required list, turning a rejected fact into the caller's error.</summary>
    internal void Each<T>(List<T>? required, string list, Action<T> read)
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
