using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Council;
using Kz.Assembly.Domain.Facilities;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Projects;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Sessions;

namespace Kz.Assembly.Domain;

/// <summary>
/// Collects facts for an <see cref="AssemblyDataSet"/>. Not thread-safe. <see cref="TryBuild"/> checks the facts
/// against each other and reports every problem at once; <see cref="Build"/> throws them all in one
/// <see cref="DataSetException"/>.
/// </summary>
/// <remarks>
/// The checks: ids unique per type (a second fact with the same id is named together with the first); no summary
/// stated twice under two ids; every body, project and successor referred to was added; every date falls within the
/// days of the version of its body that was added (a body added with its dissolution rejects a later session); each
/// body's sessions form a valid <see cref="SessionHistory"/>; one council per body; one person per person id.
/// </remarks>
public sealed class AssemblyDataSetBuilder
{
    private readonly List<AssemblyBody> bodies = [];
    private readonly List<Person> people = [];
    private readonly List<Session> sessions = [];
    private readonly List<AssemblyCouncil> councils = [];

    // The facts of each held kind (FactKinds.Held), by entity type.
    private readonly Dictionary<Type, IList> held = FactKinds.Held.ToDictionary(kind => kind.Entity, kind => kind.NewList());

    /// <summary>Adds a body.</summary>
    /// <param name="body">The body.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    public AssemblyDataSetBuilder Add(AssemblyBody body) => AddTo(bodies, body, nameof(body));

    /// <summary>Adds a person (people named by sessions and council memberships are added with them).</summary>
    /// <param name="person">The person.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public AssemblyDataSetBuilder Add(Person person) => AddTo(people, person, nameof(person));

    /// <summary>Adds a session.</summary>
    /// <param name="session">The session.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="session"/> is null.</exception>
    public AssemblyDataSetBuilder Add(Session session) => AddTo(sessions, session, nameof(session));

    /// <summary>Adds a body's council with its memberships.</summary>
    /// <param name="council">The council.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="council"/> is null.</exception>
    public AssemblyDataSetBuilder Add(AssemblyCouncil council) => AddTo(councils, council, nameof(council));

    /// <summary>Adds a social project.</summary>
    /// <param name="project">The project.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> is null.</exception>
    public AssemblyDataSetBuilder Add(SocialProject project) => AddHeld(project, nameof(project));

    /// <summary>Adds an individual activity.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is null.</exception>
    public AssemblyDataSetBuilder Add(AssemblyActivity activity) => AddHeld(activity, nameof(activity));

    /// <summary>Adds a reported summary.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    public AssemblyDataSetBuilder Add(ReportedSummary summary) => AddHeld(summary, nameof(summary));

    /// <summary>Adds a reported count of representation.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is null.</exception>
    public AssemblyDataSetBuilder Add(RepresentationFact fact) => AddHeld(fact, nameof(fact));

    /// <summary>Adds a deputy group.</summary>
    /// <param name="group">The group.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is null.</exception>
    public AssemblyDataSetBuilder Add(DeputyGroup group) => AddHeld(group, nameof(group));

    /// <summary>Adds a Friendship House.</summary>
    /// <param name="house">The house.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="house"/> is null.</exception>
    public AssemblyDataSetBuilder Add(FriendshipHouse house) => AddHeld(house, nameof(house));

    /// <summary>Checks the facts against each other and builds the data set.</summary>
    /// <returns>The data set.</returns>
    /// <exception cref="DataSetException">The facts do not hold together; its <see cref="DataSetException.Problems"/> lists every problem.</exception>
    public AssemblyDataSet Build() =>
        TryBuild(out AssemblyDataSet? dataSet, out ImmutableArray<DataSetProblem> problems) ? dataSet : throw new DataSetException(problems);

    /// <summary>Checks the facts against each other and builds the data set, or reports every problem; never throws.</summary>
    /// <param name="dataSet">The data set, or null.</param>
    /// <param name="problems">Every problem found (empty on success).</param>
    /// <returns>Whether the facts hold together.</returns>
    public bool TryBuild([NotNullWhen(true)] out AssemblyDataSet? dataSet, out ImmutableArray<DataSetProblem> problems)
    {
        var found = new List<DataSetProblem>();
        var bodyById = new Dictionary<Id<AssemblyBody>, AssemblyBody>();
        var check = new FactChecks(bodyById, found);
        ImmutableArray<AssemblyBody> uniqueBodies = check.Unique(bodies);
        foreach (AssemblyBody body in uniqueBodies)
        {
            bodyById.Add(body.Id, body);
        }

        foreach (AssemblyBody body in uniqueBodies)
        {
            if (body.Successor is { } successor && !bodyById.ContainsKey(successor.Id))
            {
                check.Report(DataSetProblemKind.UnknownReference, $"Body {body.Id} names {successor.Id} as its successor, which was not added.", body.Id.ToString(), successor.Id.ToString());
            }
        }

        ImmutableArray<Session> uniqueSessions = check.Unique(sessions);
        foreach (Session session in uniqueSessions)
        {
            check.Dated(session.Body, session.Date, session.Id.ToString(), $"Session {session.Number} of {session.Body.Id}");
        }

        var heldFacts = new Dictionary<Type, object>();
        foreach (HeldKind kind in FactKinds.Held)
        {
            heldFacts[kind.Entity] = kind.Check(held[kind.Entity], check);
        }

        ImmutableDictionary<Id<AssemblyBody>, AssemblyCouncil> councilByBody = Councils(check);
        ImmutableArray<Person> allPeople = People(uniqueSessions, councilByBody.Values, found);
        ImmutableDictionary<Id<AssemblyBody>, SessionHistory> histories = Histories(uniqueSessions, bodyById, check);

        problems = [.. found];
        dataSet = problems.IsEmpty
            ? new AssemblyDataSet(new AssemblyDataSetContents(uniqueBodies, allPeople, uniqueSessions, histories, councilByBody, heldFacts))
            : null;
        return dataSet is not null;
    }

    private static ImmutableDictionary<Id<AssemblyBody>, SessionHistory> Histories(
        ImmutableArray<Session> all, Dictionary<Id<AssemblyBody>, AssemblyBody> bodyById, FactChecks check)
    {
        var byBody = new Dictionary<Id<AssemblyBody>, List<Session>>();
        foreach (Session session in all)
        {
            if (!byBody.TryGetValue(session.Body.Id, out List<Session>? list))
            {
                byBody[session.Body.Id] = list = [];
            }

            list.Add(session);
        }

        ImmutableDictionary<Id<AssemblyBody>, SessionHistory>.Builder histories = ImmutableDictionary.CreateBuilder<Id<AssemblyBody>, SessionHistory>();
        foreach (KeyValuePair<Id<AssemblyBody>, List<Session>> pair in byBody)
        {
            if (!bodyById.TryGetValue(pair.Key, out AssemblyBody? body))
            {
                continue; // already reported as an unknown reference
            }

            if (SessionHistory.TryBuild(body, pair.Value, out SessionHistory? history, out ValidationError error))
            {
                histories.Add(pair.Key, history);
            }
            else
            {
                check.Report(DataSetProblemKind.SessionHistory, error.Message, body.Id.ToString());
            }
        }

        return histories.ToImmutable();
    }

    private ImmutableDictionary<Id<AssemblyBody>, AssemblyCouncil> Councils(FactChecks check)
    {
        ImmutableDictionary<Id<AssemblyBody>, AssemblyCouncil>.Builder byBody = ImmutableDictionary.CreateBuilder<Id<AssemblyBody>, AssemblyCouncil>();
        foreach (AssemblyCouncil council in councils)
        {
            if (!byBody.TryAdd(council.Body.Id, council))
            {
                check.Report(DataSetProblemKind.DuplicateId, $"Body {council.Body.Id} was given two councils: add one council with all its memberships.", council.Body.Id.ToString());
                continue;
            }

            foreach (CouncilMembership membership in council.Memberships)
            {
                check.Dated(council.Body, membership.Term.Start, membership.Id.ToString(), $"The term of council membership {membership.Id}");
            }
        }

        return byBody.ToImmutable();
    }

    private ImmutableArray<Person> People(ImmutableArray<Session> allSessions, IEnumerable<AssemblyCouncil> allCouncils, List<DataSetProblem> problems)
    {
        var byId = new Dictionary<Id<Person>, Person>();
        ImmutableArray<Person>.Builder ordered = ImmutableArray.CreateBuilder<Person>();
        void See(Person person)
        {
            if (!byId.TryGetValue(person.Id, out Person? known))
            {
                byId.Add(person.Id, person);
                ordered.Add(person);
            }
            else if (!known.Name.Equals(person.Name))
            {
                problems.Add(new DataSetProblem(
                    DataSetProblemKind.DuplicateId,
                    [person.Id.ToString()],
                    $"Person id {person.Id} names both «{known.Name}» and «{person.Name}»: two people who share an id need ids of their own (WithId)."));
            }
        }

        people.ForEach(See);
        foreach (Session session in allSessions)
        {
            foreach (SessionOfficial official in session.Officials)
            {
                See(official.Person);
            }
        }

        foreach (AssemblyCouncil council in allCouncils)
        {
            foreach (CouncilMembership membership in council.Memberships)
            {
                See(membership.Person);
            }
        }

        return ordered.ToImmutable();
    }

    private AssemblyDataSetBuilder AddTo<T>(List<T> list, T item, string paramName)
        where T : class
    {
        list.Add(Preconditions.CheckNotNull(item, paramName));
        return this;
    }

    /// <summary>Adds a fact of a held kind (<see cref="FactKinds.Held"/>) to its kind's list.</summary>
    internal AssemblyDataSetBuilder AddHeld<TEntity>(TEntity fact, string paramName = "fact")
        where TEntity : class, IEntity<TEntity>
    {
        ((List<TEntity>)held[typeof(TEntity)]).Add(Preconditions.CheckNotNull(fact, paramName));
        return this;
    }
}
