using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Serialization;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Store;

/// <summary>
/// A data set into and out of the tables of <see cref="Mapping.AssemblyDomainModel.MapAssemblyDomain"/>, on any
/// context that maps them. Loading builds every fact through its factory and the whole through the store's builder,
/// so what the database holds is checked by the same rules as code and JSON.
/// </summary>
public static class DataSetDbContextExtensions
{
    /// <summary>Adds every fact of a data set to the context, to be inserted by the next <c>SaveChanges</c>.</summary>
    /// <param name="context">A context that maps the library's tables.</param>
    /// <param name="data">The data set.</param>
    public static void AddDataSet(this DbContext context, AssemblyDataSet data)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(data);
        AddAll(context, TableRows.From(DataSetDocumentWriter.Write(data)));
    }

    /// <summary>
    /// Merges every fact of a data set into the database by id, in one transaction: new facts are inserted (the
    /// activities with PostgreSQL's binary <c>COPY</c>, about a hundred times faster than <see cref="AddDataSet"/> and
    /// <c>SaveChanges</c> for 100 000 activities), facts stored with the same content are left alone, so importing the
    /// same data set twice changes nothing and says so, and a fact stored with other content is handled by
    /// <paramref name="policy"/>: by default the import is refused with every conflict listed and nothing is written.
    /// Imports take a transaction-scoped advisory lock, so two at once lose nothing and create no duplicate.
    /// </summary>
    /// <param name="context">A context on Npgsql that maps the library's tables; it must track nothing of the data set.</param>
    /// <param name="data">The data set.</param>
    /// <param name="policy">What to do with a fact stored with other content.</param>
    /// <param name="cancellationToken">Cancels the import (nothing is then written).</param>
    /// <returns>What was added, left unchanged, replaced or kept, kind by kind.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is undefined.</exception>
    /// <exception cref="ImportConflictException">Under <see cref="MergePolicy.RefuseConflicts"/>, facts are stored
    /// with other content; the exception lists every differing field, and nothing was written.</exception>
    /// <exception cref="DbUpdateException">The database refused a row (a second session with a stored session's
    /// number under another id); nothing was written.</exception>
    /// <exception cref="StoredFactException">A replaced or kept fact would leave a body's stored facts inconsistent
    /// (a body's founding day corrected past its stored sessions); nothing was written.</exception>
    public static Task<ImportResult> ImportDataSetAsync(this DbContext context, AssemblyDataSet data, MergePolicy policy = MergePolicy.RefuseConflicts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(data);
        TableRows rows = TableRows.From(DataSetDocumentWriter.Write(data));
        return DataSetMerge.RunAsync(context, (_, _) => Task.FromResult<(TableRows, IReadOnlySet<string>)>((rows, new HashSet<string>())), policy, cancellationToken);
    }

    /// <summary>
    /// Merges a data set document (the JSON of docs/schema/assembly-data-set.schema.json) into the database as
    /// <see cref="ImportDataSetAsync"/> does, where the document may refer to bodies, people and projects that are
    /// only stored: a month of new activities for a stored body needs no copy of the body. The document is checked
    /// as a whole with the stored facts it refers to, by the same rules as any data set.
    /// </summary>
    /// <param name="context">A context on Npgsql that maps the library's tables.</param>
    /// <param name="utf8Json">The document as UTF-8 JSON.</param>
    /// <param name="policy">What to do with a fact stored with other content.</param>
    /// <param name="cancellationToken">Cancels the import (nothing is then written).</param>
    /// <returns>What was added, left unchanged, replaced or kept, kind by kind (the stored facts the document only
    /// refers to are not counted).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is undefined.</exception>
    /// <exception cref="System.Text.Json.JsonException">The document is malformed, has a property it should not, a
    /// value a rule refuses, or an id neither it nor the database holds; nothing was written.</exception>
    /// <exception cref="ImportConflictException">Under <see cref="MergePolicy.RefuseConflicts"/>, facts are stored
    /// with other content; nothing was written.</exception>
    /// <exception cref="DbUpdateException">The database refused a row; nothing was written.</exception>
    /// <exception cref="StoredFactException">A replaced or kept fact would leave a body's stored facts inconsistent;
    /// nothing was written.</exception>
    public static Task<ImportResult> ImportDocumentAsync(this DbContext context, ReadOnlyMemory<byte> utf8Json, MergePolicy policy = MergePolicy.RefuseConflicts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        DataSetDocument document = DataSetJsonConverter.ReadDocument(utf8Json.Span);
        return DataSetMerge.RunAsync(
            context,
            async (db, token) =>
            {
                TableRows rows = TableRows.From(document);
                HashSet<string> lookedUp = await StoredRows.CompleteReferencesAsync(db, rows, token).ConfigureAwait(false);

                // Built once to be checked as a whole (dangling ids, founding dates, duplicates); the rows are what is merged.
                DataSetJsonConverter.Build(rows.ToDocument());
                return (rows, lookedUp);
            },
            policy,
            cancellationToken);
    }

    /// <summary>
    /// Reads one body and what it holds (its sessions, council memberships, projects, activities, summaries,
    /// representation, deputy groups and Friendship Houses, with the people and bodies they refer to) without reading
    /// the rest of the database.
    /// </summary>
    /// <param name="context">A context that maps the library's tables.</param>
    /// <param name="body">The body's id.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>A data set of that body; empty when no such body is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    /// <exception cref="StoredFactException">A row breaks a rule, or the rows do not hold together.</exception>
    public static async Task<AssemblyDataSet> LoadBodyAsync(this DbContext context, Id<AssemblyBody> body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        TableRows rows = await StoredRows.WhereAsync(context, RowFilter.OfBody(body), cancellationToken).ConfigureAwait(false);
        return Build(rows);
    }

    /// <summary>
    /// Reads the facts of a run of days without reading the rest of the database: the activities and sessions dated
    /// within it, the summaries whose period overlaps it, the council memberships whose term overlaps it, the
    /// representation counts, deputy groups and Friendship Houses dated within it, and the bodies, people and
    /// projects these refer to.
    /// </summary>
    /// <param name="context">A context that maps the library's tables.</param>
    /// <param name="days">The days, first and last included.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>A data set of those days.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StoredFactException">A row breaks a rule, or the rows do not hold together.</exception>
    public static async Task<AssemblyDataSet> LoadPeriodAsync(this DbContext context, DateInterval days, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(days);
        LocalDate start = days.Start, end = days.End;
        TableRows rows = await StoredRows.WhereAsync(
            context,
            RowFilter.InDays(start, end),
            cancellationToken).ConfigureAwait(false);
        return Build(rows);
    }

    /// <summary>Reads every fact back into a data set, each kind of fact in the order of its ids (a table keeps no
    /// order of its own, so the order facts were added in is not kept).</summary>
    /// <param name="context">A context that maps the library's tables.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="StoredFactException">A row breaks a rule (naming its table and id), or the facts do not hold
    /// together (a dangling id, a duplicate, a fact dated when its region did not exist).</exception>
    public static async Task<AssemblyDataSet> LoadDataSetAsync(this DbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        TableRows rows = await TableRows.ReadAsync(kind => kind.TakeAllAsync(context, cancellationToken)).ConfigureAwait(false);
        return Build(rows);
    }

    /// <summary>Builds rows into a data set by the same rules as code and JSON; a problem names its table and row.</summary>
    internal static AssemblyDataSet Build(TableRows rows) => new DataSetDocumentReader(rows.ToDocument(), RejectedFact, Inconsistent).Build();

    private static void AddAll(DbContext context, TableRows rows)
    {
        foreach (StoredKind kind in StoredKinds.All)
        {
            foreach (object row in rows.Of(kind))
            {
                context.Add(row);
            }
        }
    }

    private static StoredFactException RejectedFact(string list, int index, Exception cause) =>
        new(list, index < 0 ? null : $"#{index}", cause);

    private static StoredFactException Inconsistent(ImmutableArray<DataSetProblem> problems) =>
        new(null, null, new DataSetException(problems));
}
