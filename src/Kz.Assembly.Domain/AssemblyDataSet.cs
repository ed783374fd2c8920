using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Facilities;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Projects;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Sessions;

namespace Kz.Assembly.Domain;

/// <summary>
/// A consistent set of domain facts (bodies, sessions, projects, activities, reported summaries, representation)
/// with the queries reports ask of it. Immutable and thread-safe; build one with <see cref="AssemblyDataSetBuilder"/>.
/// </summary>
public sealed class AssemblyDataSet
{
    private readonly ImmutableDictionary<AssemblyBody, SessionHistory> sessions;

    internal AssemblyDataSet(
        ImmutableArray<AssemblyBody> bodies,
        ImmutableDictionary<AssemblyBody, SessionHistory> sessions,
        ImmutableArray<SocialProject> projects,
        ImmutableArray<AssemblyActivity> activities,
        ImmutableArray<ReportedSummary> summaries,
        ImmutableArray<RepresentationFact> representation,
        ImmutableArray<DeputyGroup> deputyGroups,
        ImmutableArray<FriendshipHouse> friendshipHouses)
    {
        Bodies = bodies;
        this.sessions = sessions;
        Projects = projects;
        Activities = activities;
        Summaries = summaries;
        Representation = representation;
        DeputyGroups = deputyGroups;
        FriendshipHouses = friendshipHouses;
    }

    /// <summary>Gets every body, in the order added.</summary>
    public ImmutableArray<AssemblyBody> Bodies { get; }

    /// <summary>Gets every social project, in the order added.</summary>
    public ImmutableArray<SocialProject> Projects { get; }

    /// <summary>Gets every individual activity, in the order added.</summary>
    public ImmutableArray<AssemblyActivity> Activities { get; }

    /// <summary>Gets every reported summary, in the order added.</summary>
    public ImmutableArray<ReportedSummary> Summaries { get; }

    /// <summary>Gets every reported count of representation in national chambers.</summary>
    public ImmutableArray<RepresentationFact> Representation { get; }

    /// <summary>Gets the deputy groups.</summary>
    public ImmutableArray<DeputyGroup> DeputyGroups { get; }

    /// <summary>Gets the Friendship Houses, proposed and open.</summary>
    public ImmutableArray<FriendshipHouse> FriendshipHouses { get; }

    /// <summary>Finds a body by id.</summary>
    /// <param name="id">The id, for example <c>apk-kz-61</c>.</param>
    /// <returns>The body.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No body in the set has that id.</exception>
    [Pure]
    public AssemblyBody Body(string id)
    {
        foreach (AssemblyBody body in Bodies)
        {
            if (string.Equals(body.Id, id, StringComparison.Ordinal))
            {
                return body;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(id), id, $"No body with id '{id}' is in this data set.");
    }

    /// <summary>Gets the session history of a body (empty when the set holds none of its sessions).</summary>
    /// <param name="body">The body.</param>
    /// <returns>Its sessions.</returns>
    [Pure]
    public SessionHistory SessionsOf(AssemblyBody body) =>
        sessions.TryGetValue(Preconditions.CheckNotNull(body, nameof(body)), out SessionHistory? history) ? history : SessionHistory.Empty(body);

    /// <summary>Gets the projects a body runs.</summary>
    /// <param name="body">The body.</param>
    /// <returns>Its projects, in the order added.</returns>
    [Pure]
    public ImmutableArray<SocialProject> ProjectsOf(AssemblyBody body)
    {
        Preconditions.CheckNotNull(body, nameof(body));
        return Projects.RemoveAll(project => !project.Body.Equals(body));
    }

    /// <summary>Gets the summaries a body reported for exactly a period.</summary>
    /// <param name="reporter">The body.</param>
    /// <param name="period">The period.</param>
    /// <returns>The summaries, in the order added.</returns>
    [Pure]
    public ImmutableArray<ReportedSummary> SummariesOf(AssemblyBody reporter, ReportingPeriod period)
    {
        Preconditions.CheckNotNull(reporter, nameof(reporter));
        Preconditions.CheckNotNull(period, nameof(period));
        return Summaries.RemoveAll(summary => !summary.Reporter.Equals(reporter) || !summary.Period.Equals(period));
    }

    /// <summary>
    /// Gets how many activities of a kind a body reported for a period, summed over its summaries with qualifiers
    /// combined; null when no summary reports that kind (unknown is not zero).
    /// </summary>
    /// <param name="reporter">The body.</param>
    /// <param name="period">The period.</param>
    /// <param name="kind">The kind.</param>
    /// <returns>The count, or null.</returns>
    /// <exception cref="OverflowException">The sum exceeds 64 bits.</exception>
    [Pure]
    public QualifiedCount? ReportedActivities(AssemblyBody reporter, ReportingPeriod period, AssemblyActivityKind kind)
    {
        QualifiedCount? total = null;
        foreach (ReportedSummary summary in SummariesOf(reporter, period))
        {
            if (summary.ActivitiesOf(kind) is { } count)
            {
                total = (total ?? QualifiedCount.Zero) + count;
            }
        }

        return total;
    }

    /// <summary>
    /// Gets how many people the body's summaries for a period that include a kind of activity reached; null when none
    /// of them states it.
    /// </summary>
    /// <param name="reporter">The body.</param>
    /// <param name="period">The period.</param>
    /// <param name="kind">A kind the summaries must include.</param>
    /// <returns>The people reached, or null.</returns>
    /// <exception cref="OverflowException">The sum exceeds 64 bits.</exception>
    [Pure]
    public QualifiedCount? PeopleReached(AssemblyBody reporter, ReportingPeriod period, AssemblyActivityKind kind)
    {
        QualifiedCount? total = null;
        foreach (ReportedSummary summary in SummariesOf(reporter, period))
        {
            if (summary.ActivitiesOf(kind) is not null && summary.PeopleReached is { } people)
            {
                total = (total ?? QualifiedCount.Zero) + people;
            }
        }

        return total;
    }

    /// <summary>Gets the reported count of a body's members in a chamber, or null when the set has none.</summary>
    /// <param name="body">The body.</param>
    /// <param name="chamber">The chamber.</param>
    /// <returns>The fact, or null.</returns>
    [Pure]
    public RepresentationFact? RepresentationIn(AssemblyBody body, Chamber chamber)
    {
        foreach (RepresentationFact fact in Representation)
        {
            if (fact.Body.Equals(body) && fact.Chamber == chamber)
            {
                return fact;
            }
        }

        return null;
    }

    internal static ImmutableDictionary<AssemblyBody, SessionHistory> GroupSessions(IEnumerable<Session> all)
    {
        var byBody = new Dictionary<AssemblyBody, List<Session>>();
        foreach (Session session in all)
        {
            if (!byBody.TryGetValue(session.Body, out List<Session>? list))
            {
                byBody[session.Body] = list = [];
            }

            list.Add(session);
        }

        ImmutableDictionary<AssemblyBody, SessionHistory>.Builder histories = ImmutableDictionary.CreateBuilder<AssemblyBody, SessionHistory>();
        foreach (KeyValuePair<AssemblyBody, List<Session>> pair in byBody)
        {
            histories.Add(pair.Key, SessionHistory.Create(pair.Key, pair.Value));
        }

        return histories.ToImmutable();
    }
}
