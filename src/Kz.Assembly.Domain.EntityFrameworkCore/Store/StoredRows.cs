using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.EntityFrameworkCore.Tables;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Store;

/// <summary>Which rows of each table a load takes; a null filter takes none of that table. A council term is one
/// converted column the database cannot look into, so memberships are filtered after reading
/// (<see cref="KeepMembership"/>): a table of a few hundred rows.</summary>
internal sealed record RowFilter(
    Expression<Func<BodyRow, bool>>? Bodies = null,
    Expression<Func<SessionRow, bool>>? Sessions = null,
    Expression<Func<CouncilMembershipRow, bool>>? Memberships = null,
    Expression<Func<ProjectRow, bool>>? Projects = null,
    Expression<Func<ActivityRow, bool>>? Activities = null,
    Expression<Func<SummaryRow, bool>>? Summaries = null,
    Expression<Func<RepresentationRow, bool>>? Representation = null,
    Expression<Func<DeputyGroupRow, bool>>? DeputyGroups = null,
    Expression<Func<FriendshipHouseRow, bool>>? FriendshipHouses = null,
    Func<CouncilMembershipRow, bool>? KeepMembership = null)
{
    /// <summary>Everything one body holds.</summary>
    internal static RowFilter OfBody(Id<AssemblyBody> body) => new(
        Bodies: b => b.Id == body,
        Sessions: s => s.BodyId == body,
        Memberships: m => m.BodyId == body,
        Projects: p => p.BodyId == body,
        Activities: a => a.OrganiserId == body,
        Summaries: s => s.ReporterId == body,
        Representation: r => r.BodyId == body,
        DeputyGroups: g => g.BodyId == body,
        FriendshipHouses: h => h.BodyId == body);
}

/// <summary>
/// Reads rows for a question instead of the whole database: the rows a filter takes, and then the bodies, people and
/// projects they refer to (a body's successor, a project's body), so that what was read builds a data set of its own.
/// </summary>
internal static class StoredRows
{
    /// <summary>The rows each filter takes, with everything they refer to, each table in id order.</summary>
    internal static async Task<TableRows> WhereAsync(DbContext context, RowFilter filter, CancellationToken cancellationToken)
    {
        var rows = new TableRows(
            await Take(context.Set<BodyRow>(), filter.Bodies, b => b.Id, cancellationToken).ConfigureAwait(false),
            [],
            await Take(context.Set<SessionRow>().Include(s => s.Officials).AsSplitQuery(), filter.Sessions, s => s.Id, cancellationToken).ConfigureAwait(false),
            await Take(context.Set<CouncilMembershipRow>(), filter.Memberships, m => m.Id, cancellationToken).ConfigureAwait(false),
            await Take(context.Set<ProjectRow>(), filter.Projects, p => p.Id, cancellationToken).ConfigureAwait(false),
            await Take(context.Set<ActivityRow>(), filter.Activities, a => a.Id, cancellationToken).ConfigureAwait(false),
            await Take(context.Set<SummaryRow>().Include(s => s.Tallies).AsSplitQuery(), filter.Summaries, s => s.Id, cancellationToken).ConfigureAwait(false),
            await Take(context.Set<RepresentationRow>(), filter.Representation, r => r.Id, cancellationToken).ConfigureAwait(false),
            await Take(context.Set<DeputyGroupRow>(), filter.DeputyGroups, g => g.Id, cancellationToken).ConfigureAwait(false),
            await Take(context.Set<FriendshipHouseRow>(), filter.FriendshipHouses, h => h.Id, cancellationToken).ConfigureAwait(false));
        if (filter.KeepMembership is { } keep)
        {
            rows.Memberships.RemoveAll(m => !keep(m));
        }

        await CompleteReferencesAsync(context, rows, cancellationToken).ConfigureAwait(false);
        rows.Bodies.Sort((a, b) => a.Id.CompareTo(b.Id));
        rows.People.Sort((a, b) => a.Id.CompareTo(b.Id));
        rows.Projects.Sort((a, b) => a.Id.CompareTo(b.Id));
        return rows;
    }

    /// <summary>The stored rows with the ids that the incoming rows hold, kind by kind.</summary>
    internal static async Task<TableRows> WithIdsOfAsync(DbContext context, TableRows incoming, CancellationToken cancellationToken)
    {
        List<Id<AssemblyBody>> bodies = [.. incoming.Bodies.Select(b => b.Id)];
        List<Id<Person>> people = [.. incoming.People.Select(p => p.Id)];
        List<Id<Sessions.Session>> sessions = [.. incoming.Sessions.Select(s => s.Id)];
        List<Id<Council.CouncilMembership>> memberships = [.. incoming.Memberships.Select(m => m.Id)];
        List<Id<SocialProject>> projects = [.. incoming.Projects.Select(p => p.Id)];
        List<Id<Activities.AssemblyActivity>> activities = [.. incoming.Activities.Select(a => a.Id)];
        List<Id<Metrics.ReportedSummary>> summaries = [.. incoming.Summaries.Select(s => s.Id)];
        List<Id<Representation.RepresentationFact>> representation = [.. incoming.Representation.Select(r => r.Id)];
        List<Id<Representation.DeputyGroup>> groups = [.. incoming.DeputyGroups.Select(g => g.Id)];
        List<Id<Facilities.FriendshipHouse>> houses = [.. incoming.FriendshipHouses.Select(h => h.Id)];
        return new TableRows(
            await Take(context.Set<BodyRow>(), b => bodies.Contains(b.Id), b => b.Id, cancellationToken).ConfigureAwait(false),
            await Take(context.Set<PersonRow>(), p => people.Contains(p.Id), p => p.Id, cancellationToken).ConfigureAwait(false),
            await Take(context.Set<SessionRow>().Include(s => s.Officials).AsSplitQuery(), s => sessions.Contains(s.Id), s => s.Id, cancellationToken).ConfigureAwait(false),
            await Take(context.Set<CouncilMembershipRow>(), m => memberships.Contains(m.Id), m => m.Id, cancellationToken).ConfigureAwait(false),
            await Take(context.Set<ProjectRow>(), p => projects.Contains(p.Id), p => p.Id, cancellationToken).ConfigureAwait(false),
            await Take(context.Set<ActivityRow>(), a => activities.Contains(a.Id), a => a.Id, cancellationToken).ConfigureAwait(false),
            await Take(context.Set<SummaryRow>().Include(s => s.Tallies).AsSplitQuery(), s => summaries.Contains(s.Id), s => s.Id, cancellationToken).ConfigureAwait(false),
            await Take(context.Set<RepresentationRow>(), r => representation.Contains(r.Id), r => r.Id, cancellationToken).ConfigureAwait(false),
            await Take(context.Set<DeputyGroupRow>(), g => groups.Contains(g.Id), g => g.Id, cancellationToken).ConfigureAwait(false),
            await Take(context.Set<FriendshipHouseRow>(), h => houses.Contains(h.Id), h => h.Id, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Adds to the rows the stored bodies, people and projects they refer to but do not hold, until nothing is
    /// missing (a project's body, a body's successor). Returns what was added, as document fact keys
    /// (<c>bodies/apk-kz-61</c>), so that an import can tell the facts it was given from those it only looked up.
    /// An id stored nowhere stays missing: the document reader then names it as dangling.
    /// </summary>
    internal static async Task<HashSet<string>> CompleteReferencesAsync(DbContext context, TableRows rows, CancellationToken cancellationToken)
    {
        var added = new HashSet<string>(StringComparer.Ordinal);
        List<Id<Person>> people = [.. Missing(
            rows.Sessions.SelectMany(s => s.Officials.Select(o => o.PersonId)).Concat(rows.Memberships.Select(m => m.PersonId)),
            rows.People.Select(p => p.Id))];
        if (people.Count > 0)
        {
            foreach (PersonRow person in await context.Set<PersonRow>().AsNoTracking().Where(p => people.Contains(p.Id)).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.People.Add(person);
                added.Add(StoredKind.Key(FactKinds.People.Name, person.Id));
            }
        }

        List<Id<SocialProject>> projects = [.. Missing(rows.Activities.Where(a => a.ProjectId is not null).Select(a => a.ProjectId!.Value), rows.Projects.Select(p => p.Id))];
        if (projects.Count > 0)
        {
            foreach (ProjectRow project in await context.Set<ProjectRow>().AsNoTracking().Where(p => projects.Contains(p.Id)).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Projects.Add(project);
                added.Add(StoredKind.Key(FactKinds.Projects.Name, project.Id));
            }
        }

        while (true)
        {
            List<Id<AssemblyBody>> bodies = [.. Missing(BodiesReferred(rows), rows.Bodies.Select(b => b.Id))];
            List<BodyRow> found = bodies.Count == 0 ? []
                : await context.Set<BodyRow>().AsNoTracking().Where(b => bodies.Contains(b.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (found.Count == 0)
            {
                return added;
            }

            foreach (BodyRow body in found)
            {
                rows.Bodies.Add(body);
                added.Add(StoredKind.Key(FactKinds.Bodies.Name, body.Id));
            }
        }
    }

    private static IEnumerable<Id<AssemblyBody>> BodiesReferred(TableRows rows) =>
        rows.Bodies.Where(b => b.SuccessorId is not null).Select(b => b.SuccessorId!.Value)
            .Concat(rows.Sessions.Select(s => s.BodyId))
            .Concat(rows.Memberships.Select(m => m.BodyId))
            .Concat(rows.Projects.Select(p => p.BodyId))
            .Concat(rows.Activities.Select(a => a.OrganiserId))
            .Concat(rows.Summaries.Select(s => s.ReporterId))
            .Concat(rows.Representation.Select(r => r.BodyId))
            .Concat(rows.DeputyGroups.Select(g => g.BodyId))
            .Concat(rows.FriendshipHouses.Select(h => h.BodyId));

    private static HashSet<T> Missing<T>(IEnumerable<T> referred, IEnumerable<T> held)
    {
        var missing = new HashSet<T>(referred);
        missing.ExceptWith(held);
        return missing;
    }

    private static async Task<List<TRow>> Take<TRow, TKey>(IQueryable<TRow> table, Expression<Func<TRow, bool>>? filter, Expression<Func<TRow, TKey>> order, CancellationToken cancellationToken)
        where TRow : class =>
        filter is null ? [] : await table.AsNoTracking().Where(filter).OrderBy(order).ToListAsync(cancellationToken).ConfigureAwait(false);
}
