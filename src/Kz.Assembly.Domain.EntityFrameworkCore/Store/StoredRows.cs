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

/// <summary>
/// Reads rows for a question instead of the whole database: the rows a filter takes, and then the bodies, people and
/// projects they refer to (a body's successor, a project's body), so that what was read builds a data set of its own.
/// </summary>
internal static class StoredRows
{
    /// <summary>The rows each filter takes, with everything they refer to, each table in id order.</summary>
    internal static async Task<TableRows> WhereAsync(DbContext context, RowFilter filter, CancellationToken cancellationToken)
    {
        TableRows rows = await TableRows.ReadAsync(kind => kind.TakeAsync(context, filter, cancellationToken)).ConfigureAwait(false);
        await CompleteReferencesAsync(context, rows, cancellationToken).ConfigureAwait(false);
        rows.Bodies.Sort((a, b) => a.Id.CompareTo(b.Id));
        rows.People.Sort((a, b) => a.Id.CompareTo(b.Id));
        rows.Projects.Sort((a, b) => a.Id.CompareTo(b.Id));
        return rows;
    }

    /// <summary>The stored rows with the ids that the incoming rows hold, kind by kind.</summary>
    internal static Task<TableRows> WithIdsOfAsync(DbContext context, TableRows incoming, CancellationToken cancellationToken) =>
        TableRows.ReadAsync(kind => kind.TakeWithIdsOfAsync(context, incoming.Of(kind), cancellationToken));

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
            rows.Of(SessionRow.Stored).SelectMany(s => s.Officials.Select(o => o.PersonId)).Concat(rows.Of(CouncilMembershipRow.Stored).Select(m => m.PersonId)),
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

    /// <summary>The bodies the rows belong to, and the bodies' successors.</summary>
    private static IEnumerable<Id<AssemblyBody>> BodiesReferred(TableRows rows) =>
        rows.Bodies.Where(b => b.SuccessorId is not null).Select(b => b.SuccessorId!.Value)
            .Concat(StoredKinds.All.SelectMany(kind => kind.Keyed(rows.Of(kind))).Where(row => row.Body is not null).Select(row => row.Body!.Value));

    private static HashSet<T> Missing<T>(IEnumerable<T> referred, IEnumerable<T> held)
    {
        var missing = new HashSet<T>(referred);
        missing.ExceptWith(held);
        return missing;
    }
}
