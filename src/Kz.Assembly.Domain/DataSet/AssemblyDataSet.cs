using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Linq;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Council;
using Kz.Assembly.Domain.Facilities;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Projects;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Sessions;

namespace Kz.Assembly.Domain;

/// <summary>
/// An immutable, id-indexed store of domain facts (bodies, people, sessions, council memberships, projects,
/// activities, reported summaries, representation, deputy groups, Friendship Houses), each tied to its body, with the
/// queries reports ask of it. Thread-safe. Build one with <see cref="AssemblyDataSetBuilder"/>, which checks every
/// reference and rejects duplicates, so a data set cannot be observed inconsistent.
/// </summary>
/// <remarks>
/// Lookups by id are O(1): <see cref="TryGet{TEntity}"/> never throws, <see cref="Get{TEntity}"/> throws an
/// <see cref="EntityNotFoundException"/> naming the type and the id. Queries by body are O(facts of that body).
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.DataSetJsonConverter))]
public sealed class AssemblyDataSet
{
    private readonly Dictionary<Type, object> indexes;
    private readonly ImmutableDictionary<Id<AssemblyBody>, SessionHistory> sessions;
    private readonly FactIndex<AssemblyBody> bodies;
    private readonly FactIndex<Person> people;
    private readonly FactIndex<Session> allSessions;
    private readonly FactIndex<CouncilMembership> memberships;
    private readonly ImmutableDictionary<Id<AssemblyBody>, AssemblyCouncil> councils;

    internal AssemblyDataSet(AssemblyDataSetContents contents)
    {
        bodies = new FactIndex<AssemblyBody>(contents.Bodies, _ => null);
        people = new FactIndex<Person>(contents.People, _ => null);
        allSessions = new FactIndex<Session>(contents.Sessions, s => s.Body);
        councils = contents.Councils;
        var allMemberships = ImmutableArray.CreateBuilder<CouncilMembership>();
        var memberBody = new Dictionary<Id<CouncilMembership>, AssemblyBody>();
        foreach (AssemblyCouncil council in councils.Values)
        {
            foreach (CouncilMembership membership in council.Memberships)
            {
                allMemberships.Add(membership);
                memberBody[membership.Id] = council.Body;
            }
        }

        memberships = new FactIndex<CouncilMembership>(allMemberships.ToImmutable(), m => memberBody[m.Id]);
        sessions = contents.Histories;
        indexes = new Dictionary<Type, object>
        {
            [typeof(AssemblyBody)] = bodies,
            [typeof(Person)] = people,
            [typeof(Session)] = allSessions,
            [typeof(CouncilMembership)] = memberships,
        };
        foreach (HeldKind kind in FactKinds.Held)
        {
            indexes[kind.Entity] = kind.Index(contents.Held[kind.Entity]);
        }
    }

    /// <summary>The facts of a held kind, in the order added.</summary>
    internal ImmutableArray<TEntity> Held<TEntity, TDocument>(HeldKind<TEntity, TDocument> kind)
        where TEntity : class, IEntity<TEntity>
        where TDocument : class =>
        Index<TEntity>().All;

    /// <summary>Gets the empty data set.</summary>
    public static AssemblyDataSet Empty { get; } = new AssemblyDataSetBuilder().Build();

    /// <summary>Gets every body, in the order added.</summary>
    public ImmutableArray<AssemblyBody> Bodies => bodies.All;

    /// <summary>Gets every person named by a session, a council membership or added directly, in the order first seen.</summary>
    public ImmutableArray<Person> People => people.All;

    /// <summary>Gets every session, in the order added.</summary>
    public ImmutableArray<Session> Sessions => allSessions.All;

    /// <summary>Gets every council of a body, one per body.</summary>
    public ImmutableArray<AssemblyCouncil> Councils => [.. councils.Values];

    /// <summary>Gets every social project, in the order added.</summary>
    public ImmutableArray<SocialProject> Projects => Index<SocialProject>().All;

    /// <summary>Gets every individual activity, in the order added.</summary>
    public ImmutableArray<AssemblyActivity> Activities => Index<AssemblyActivity>().All;

    /// <summary>Gets every reported summary, in the order added.</summary>
    public ImmutableArray<ReportedSummary> Summaries => Index<ReportedSummary>().All;

    /// <summary>Gets every reported count of representation in national chambers.</summary>
    public ImmutableArray<RepresentationFact> Representation => Index<RepresentationFact>().All;

    /// <summary>Gets the deputy groups.</summary>
    public ImmutableArray<DeputyGroup> DeputyGroups => Index<DeputyGroup>().All;

    /// <summary>Gets the Friendship Houses, proposed and open.</summary>
    public ImmutableArray<FriendshipHouse> FriendshipHouses => Index<FriendshipHouse>().All;

    /// <summary>Finds an entity by id, or returns false; never throws.</summary>
    /// <typeparam name="TEntity">The entity type: a body, person, session, council membership, project, activity,
    /// summary, representation fact, deputy group or Friendship House.</typeparam>
    /// <param name="id">The id.</param>
    /// <param name="entity">The entity, or null.</param>
    /// <returns>Whether the data set holds an entity of that type with that id.</returns>
    [Pure]
    public bool TryGet<TEntity>(Id<TEntity> id, [NotNullWhen(true)] out TEntity? entity)
        where TEntity : class, IEntity<TEntity>
    {
        entity = null;
        return indexes.TryGetValue(typeof(TEntity), out object? index) && ((FactIndex<TEntity>)index).TryGet(id, out entity);
    }

    /// <summary>Finds an entity by id.</summary>
    /// <typeparam name="TEntity">The entity type.</typeparam>
    /// <param name="id">The id.</param>
    /// <returns>The entity.</returns>
    /// <exception cref="EntityNotFoundException">The data set holds no entity of that type with that id.</exception>
    [Pure]
    public TEntity Get<TEntity>(Id<TEntity> id)
        where TEntity : class, IEntity<TEntity> =>
        TryGet(id, out TEntity? entity) ? entity : throw new EntityNotFoundException(typeof(TEntity), id.ToString());

    /// <summary>Finds a body by id.</summary>
    /// <param name="id">The id, for example <c>apk-kz-61</c>.</param>
    /// <returns>The body.</returns>
    /// <exception cref="EntityNotFoundException">No body in the set has that id.</exception>
    [Pure]
    public AssemblyBody Body(Id<AssemblyBody> id) => Get(id);

    /// <summary>Gets the session history of a body (empty when the set holds none of its sessions).</summary>
    /// <param name="body">The body.</param>
    /// <returns>Its sessions, by number.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [Pure]
    public SessionHistory SessionsOf(AssemblyBody body) =>
        sessions.TryGetValue(Preconditions.CheckNotNull(body, nameof(body)).Id, out SessionHistory? history) ? history : SessionHistory.Empty(body);

    /// <summary>Gets the council of a body, or null when the set holds none.</summary>
    /// <param name="body">The body.</param>
    /// <returns>The council, or null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [Pure]
    public AssemblyCouncil? CouncilOf(AssemblyBody body) =>
        councils.TryGetValue(Preconditions.CheckNotNull(body, nameof(body)).Id, out AssemblyCouncil? council) ? council : null;

    /// <summary>Gets the projects a body runs.</summary>
    /// <param name="body">The body.</param>
    /// <returns>Its projects, in the order added.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [Pure]
    public ImmutableArray<SocialProject> ProjectsOf(AssemblyBody body) => Index<SocialProject>().Of(Preconditions.CheckNotNull(body, nameof(body)));

    /// <summary>Gets the individual activities a body held.</summary>
    /// <param name="body">The body.</param>
    /// <returns>Its activities, in the order added.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [Pure]
    public ImmutableArray<AssemblyActivity> ActivitiesOf(AssemblyBody body) => Index<AssemblyActivity>().Of(Preconditions.CheckNotNull(body, nameof(body)));

    /// <summary>Gets every summary a body reported.</summary>
    /// <param name="reporter">The body.</param>
    /// <returns>Its summaries, in the order added.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [Pure]
    public ImmutableArray<ReportedSummary> SummariesOf(AssemblyBody reporter) => Index<ReportedSummary>().Of(Preconditions.CheckNotNull(reporter, nameof(reporter)));

    /// <summary>Gets the summaries a body reported for exactly a period.</summary>
    /// <param name="reporter">The body.</param>
    /// <param name="period">The period.</param>
    /// <returns>The summaries, in the order added.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [Pure]
    public ImmutableArray<ReportedSummary> SummariesOf(AssemblyBody reporter, ReportingPeriod period)
    {
        Preconditions.CheckNotNull(period, nameof(period));
        return SummariesOf(reporter).RemoveAll(summary => !summary.Period.Equals(period));
    }

    /// <summary>Gets the deputy groups and Friendship Houses of a body.</summary>
    /// <param name="body">The body.</param>
    /// <returns>Its deputy groups, in the order added.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [Pure]
    public ImmutableArray<DeputyGroup> DeputyGroupsOf(AssemblyBody body) => Index<DeputyGroup>().Of(Preconditions.CheckNotNull(body, nameof(body)));

    /// <summary>Gets the Friendship Houses proposed or opened on a body's initiative.</summary>
    /// <param name="body">The body.</param>
    /// <returns>Its houses, in the order added.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [Pure]
    public ImmutableArray<FriendshipHouse> FriendshipHousesOf(AssemblyBody body) => Index<FriendshipHouse>().Of(Preconditions.CheckNotNull(body, nameof(body)));

    /// <summary>Gets the reported count of a body's members in a chamber, or null when the set has none.</summary>
    /// <param name="body">The body.</param>
    /// <param name="chamber">The chamber.</param>
    /// <returns>The latest fact (by its as-of date, undated first), or null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [Pure]
    public RepresentationFact? RepresentationIn(AssemblyBody body, Chamber chamber)
    {
        RepresentationFact? latest = null;
        foreach (RepresentationFact fact in Index<RepresentationFact>().Of(Preconditions.CheckNotNull(body, nameof(body))))
        {
            if (fact.Chamber == chamber && (latest is null || Nullable.Compare(fact.AsOf, latest.AsOf) >= 0))
            {
                latest = fact;
            }
        }

        return latest;
    }

    /// <summary>
    /// Gets how many activities of a kind a body held in a period, from its summaries within the period and its
    /// individual activities, never counting a day twice, with what the figure covers (see docs/domain-model.md, "One
    /// query model"). The value is null when nothing is reported (unknown is not zero).
    /// </summary>
    /// <param name="reporter">The body.</param>
    /// <param name="period">The period.</param>
    /// <param name="kind">The kind.</param>
    /// <returns>The figure and its coverage: for the article, 631 events complete for the year to date, partial
    /// through 2025-04-24 for the calendar year.</returns>
    /// <exception cref="OverflowException">The sum exceeds 64 bits.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    [Pure]
    public PeriodFigure ReportedActivities(AssemblyBody reporter, ReportingPeriod period, AssemblyActivityKind kind) =>
        Query(reporter, period).Activities(kind);

    /// <summary>
    /// Gets how many people activities of a kind reached in a period: the reach reported for the kind alone, and apart
    /// from it the joint reaches it shares with other kinds («631 events and 49 charity actions … about 39 000
    /// people» is shared by events and charity actions, and given to neither alone).
    /// </summary>
    /// <param name="reporter">The body.</param>
    /// <param name="period">The period.</param>
    /// <param name="kind">The kind.</param>
    /// <returns>The reach alone, the shared reaches, and the coverage.</returns>
    /// <exception cref="OverflowException">A sum exceeds 64 bits.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    [Pure]
    public KindReach PeopleReached(AssemblyBody reporter, ReportingPeriod period, AssemblyActivityKind kind)
    {
        PeriodQuery query = Query(reporter, period);
        ImmutableArray<ReachFigure> reaches = query.Reaches(out _);
        QualifiedCount? alone = null;
        ImmutableArray<ReachFigure>.Builder shared = ImmutableArray.CreateBuilder<ReachFigure>();
        foreach (ReachFigure reach in reaches)
        {
            if (reach.Kinds == ActivityKindSet.Of(kind))
            {
                alone = reach.People;
            }
            else if (reach.Kinds.Contains(kind))
            {
                shared.Add(reach);
            }
        }

        return new KindReach(alone, shared.ToImmutable(), query.CoverageOfReach(kind));
    }

    /// <summary>
    /// Gets every reach in a period keyed by the kinds it belongs to, each counted once: what the ledger's rows grouped
    /// by kind give for the same facts.
    /// </summary>
    /// <param name="reporter">The body.</param>
    /// <param name="period">The period.</param>
    /// <returns>The reaches, ordered by kind set.</returns>
    /// <exception cref="OverflowException">A sum exceeds 64 bits.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [Pure]
    public ImmutableArray<ReachFigure> ReachByKinds(AssemblyBody reporter, ReportingPeriod period) =>
        Query(reporter, period).Reaches(out _);

    /// <summary>Gets how many people a body's activities reached in a period, every reach counted once; "at least"
    /// the sum when some activity's attendance is unknown.</summary>
    /// <param name="reporter">The body.</param>
    /// <param name="period">The period.</param>
    /// <returns>The total and its coverage: ~48 000 for the article's year to date (~39 000 + ~9 000).</returns>
    /// <exception cref="OverflowException">The sum exceeds 64 bits.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [Pure]
    public PeriodFigure TotalPeopleReached(AssemblyBody reporter, ReportingPeriod period) => Query(reporter, period).TotalPeople();

    /// <summary>
    /// Gets, for every region with a body of its own in the data set, its bodies' figures for a period added up by the
    /// rule of <see cref="ReportedActivities"/> and <see cref="TotalPeopleReached"/> (each body's summaries and
    /// individual activities, never a day twice): the dashboard's national overview. National bodies belong to no
    /// region and are left out. The EF Core package answers the same question from its rollups with the same result.
    /// </summary>
    /// <param name="period">The period.</param>
    /// <returns>One row per region, ordered by region code.</returns>
    /// <exception cref="OverflowException">A sum exceeds 64 bits.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    [Pure]
    public ImmutableArray<RegionTotals> TotalsByRegion(ReportingPeriod period)
    {
        Preconditions.CheckNotNull(period, nameof(period));
        return [.. Bodies
            .Where(body => body.Region is not null)
            .GroupBy(body => body.Region!)
            .OrderBy(region => region.Key.Code, StringComparer.Ordinal)
            .Select(region => RegionTotals.Of(region.Key, period, region.Select(body => Query(body, period))))];
    }

    private PeriodQuery Query(AssemblyBody reporter, ReportingPeriod period)
    {
        Preconditions.CheckNotNull(period, nameof(period));
        return new PeriodQuery(period, SummariesOf(reporter), ActivitiesOf(reporter));
    }

    private FactIndex<TEntity> Index<TEntity>()
        where TEntity : class, IEntity<TEntity> =>
        (FactIndex<TEntity>)indexes[typeof(TEntity)];
}
