using System;
using System.Collections.Generic;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Facilities;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Projects;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Sessions;

namespace Kz.Assembly.Domain;

/// <summary>
/// Collects facts for an <see cref="AssemblyDataSet"/>. Not thread-safe; <see cref="Build"/> checks that every fact
/// refers to a body added to the builder and that each body's sessions form a valid <see cref="SessionHistory"/>.
/// </summary>
public sealed class AssemblyDataSetBuilder
{
    private readonly List<AssemblyBody> bodies = [];
    private readonly List<Session> sessions = [];
    private readonly List<SocialProject> projects = [];
    private readonly List<AssemblyActivity> activities = [];
    private readonly List<ReportedSummary> summaries = [];
    private readonly List<RepresentationFact> representation = [];
    private readonly List<DeputyGroup> deputyGroups = [];
    private readonly List<FriendshipHouse> friendshipHouses = [];

    /// <summary>Adds a body.</summary>
    /// <param name="body">The body.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A body with the same id was added already.</exception>
    public AssemblyDataSetBuilder Add(AssemblyBody body)
    {
        Preconditions.CheckNotNull(body, nameof(body));
        Preconditions.CheckArgument(!bodies.Contains(body), nameof(body), $"Body {body.Id} was added twice.");
        bodies.Add(body);
        return this;
    }

    /// <summary>Adds a session.</summary>
    /// <param name="session">The session.</param>
    /// <returns>This builder.</returns>
    public AssemblyDataSetBuilder Add(Session session) => AddTo(sessions, session, nameof(session));

    /// <summary>Adds a social project.</summary>
    /// <param name="project">The project.</param>
    /// <returns>This builder.</returns>
    public AssemblyDataSetBuilder Add(SocialProject project) => AddTo(projects, project, nameof(project));

    /// <summary>Adds an individual activity.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>This builder.</returns>
    public AssemblyDataSetBuilder Add(AssemblyActivity activity) => AddTo(activities, activity, nameof(activity));

    /// <summary>Adds a reported summary.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>This builder.</returns>
    public AssemblyDataSetBuilder Add(ReportedSummary summary) => AddTo(summaries, summary, nameof(summary));

    /// <summary>Adds a reported count of representation.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public AssemblyDataSetBuilder Add(RepresentationFact fact) => AddTo(representation, fact, nameof(fact));

    /// <summary>Adds a deputy group.</summary>
    /// <param name="group">The group.</param>
    /// <returns>This builder.</returns>
    public AssemblyDataSetBuilder Add(DeputyGroup group) => AddTo(deputyGroups, group, nameof(group));

    /// <summary>Adds a Friendship House.</summary>
    /// <param name="house">The house.</param>
    /// <returns>This builder.</returns>
    public AssemblyDataSetBuilder Add(FriendshipHouse house) => AddTo(friendshipHouses, house, nameof(house));

    /// <summary>Checks the facts against each other and builds the data set.</summary>
    /// <returns>The data set.</returns>
    /// <exception cref="ArgumentException">A fact refers to a body that was not added, or a body's sessions are
    /// inconsistent (duplicate numbers, numbers that do not increase with date).</exception>
    public AssemblyDataSet Build()
    {
        foreach (Session session in sessions)
        {
            RequireKnown(session.Body, session.ToString());
        }

        foreach (SocialProject project in projects)
        {
            RequireKnown(project.Body, project.ToString());
        }

        foreach (AssemblyActivity activity in activities)
        {
            RequireKnown(activity.Organiser, activity.ToString());
        }

        foreach (ReportedSummary summary in summaries)
        {
            RequireKnown(summary.Reporter, summary.ToString());
        }

        foreach (RepresentationFact fact in representation)
        {
            RequireKnown(fact.Body, fact.ToString());
        }

        return new AssemblyDataSet(
            [.. bodies],
            AssemblyDataSet.GroupSessions(sessions),
            [.. projects],
            [.. activities],
            [.. summaries],
            [.. representation],
            [.. deputyGroups],
            [.. friendshipHouses]);
    }

    private void RequireKnown(AssemblyBody body, string fact)
    {
        if (!bodies.Contains(body))
        {
            throw new ArgumentException($"'{fact}' refers to body {body.Id}, which was not added to the data set.", nameof(body));
        }
    }

    private AssemblyDataSetBuilder AddTo<T>(List<T> list, T item, string paramName)
        where T : class
    {
        list.Add(Preconditions.CheckNotNull(item, paramName));
        return this;
    }
}
