using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.EntityFrameworkCore.Mapping;
using Microsoft.EntityFrameworkCore;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Store;

/// <summary>
/// A kind of fact as the database stores it: the core's <see cref="FactKind"/> (its name, and in snake case its table)
/// with its rows' id and body, and how a merge replaces a stored version. <see cref="StoredKinds.All"/> lists them;
/// the merge iterates it, so no kind is written down twice.
/// </summary>
internal abstract class StoredKind
{
    private protected StoredKind(FactKind kind) => Kind = kind;

    /// <summary>Gets the core's description of the kind.</summary>
    internal FactKind Kind { get; }

    /// <summary>Gets the kind's table (<c>council_memberships</c>).</summary>
    internal string Table => AssemblyDomainModel.Table(Kind);

    /// <summary>The key a merge knows a fact by: <c>activities/act-1</c>.</summary>
    internal static string Key(string kind, object id) => kind + "/" + id;

    /// <summary>The kind's rows among the rows to merge, each with its key and the body it belongs to (none for people).</summary>
    internal abstract IEnumerable<(string Key, object Row, Id<AssemblyBody>? Body)> Rows(TableRows rows);

    /// <summary>
    /// Deletes the stored versions of the facts with these keys, where a replacement is written as a new row (their
    /// officials and tallies go with them); false for kinds others refer to (bodies, people, projects), which a
    /// replacement updates in place.
    /// </summary>
    internal abstract bool ReplacesByDelete { get; }

    /// <summary>Gets whether the kind's rows are written with binary COPY after the tracked rows are saved (activities,
    /// by the million), not tracked by the context.</summary>
    internal abstract bool WrittenByCopy { get; }

    /// <summary>Deletes the stored rows of the given keys (for a kind that <see cref="ReplacesByDelete"/>).</summary>
    internal abstract Task DeleteAsync(DbContext context, IReadOnlySet<string> keys, TableRows rows, CancellationToken cancellationToken);
}

/// <summary>A kind whose rows are <typeparamref name="TRow"/>, keyed by ids of <typeparamref name="TEntity"/>.</summary>
internal sealed class StoredKind<TRow, TEntity>(
    FactKind kind,
    Func<TableRows, IEnumerable<TRow>> rows,
    Func<TRow, Id<TEntity>> id,
    Func<TRow, Id<AssemblyBody>?> body,
    Func<IQueryable<TRow>, IReadOnlyCollection<Id<TEntity>>, IQueryable<TRow>>? whereIdIn,
    bool writtenByCopy = false) : StoredKind(kind)
    where TRow : class
    where TEntity : class
{
    internal override bool ReplacesByDelete => whereIdIn is not null;

    internal override bool WrittenByCopy => writtenByCopy;

    internal override IEnumerable<(string Key, object Row, Id<AssemblyBody>? Body)> Rows(TableRows tableRows) =>
        rows(tableRows).Select(row => (Key(Kind.Name, id(row)), (object)row, body(row)));

    internal override async Task DeleteAsync(DbContext context, IReadOnlySet<string> keys, TableRows tableRows, CancellationToken cancellationToken)
    {
        if (whereIdIn is null)
        {
            throw new InvalidOperationException($"{Kind.Name} are replaced in place, not deleted.");
        }

        List<Id<TEntity>> ids = [.. rows(tableRows).Select(id).Where(i => keys.Contains(Key(Kind.Name, i)))];
        if (ids.Count > 0)
        {
            await whereIdIn(context.Set<TRow>(), ids).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
