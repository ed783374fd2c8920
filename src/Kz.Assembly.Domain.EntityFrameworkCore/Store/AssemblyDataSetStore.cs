using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kz.Assembly.Domain.EntityFrameworkCore.Tables;
using Kz.Assembly.Domain.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Store;

/// <summary>
/// A data set into and out of the tables of <see cref="Mapping.AssemblyDomainModel.MapAssemblyDomain"/>, on any
/// context that maps them. Loading builds every fact through its factory and the whole through the store's builder,
/// so what the database holds is checked by the same rules as code and JSON.
/// </summary>
public static class AssemblyDataSetStore
{
    /// <summary>Adds every fact of a data set to the context, to be inserted by the next <c>SaveChanges</c>.</summary>
    /// <param name="context">A context that maps the library's tables.</param>
    /// <param name="data">The data set.</param>
    public static void AddDataSet(this DbContext context, AssemblyDataSet data)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(data);
        AddAllBut(context, TableRows.From(DataSetDocumentWriter.Write(data)), activities: true);
    }

    /// <summary>
    /// Inserts every fact of a data set in one transaction, the activities with PostgreSQL's binary <c>COPY</c> (about
    /// a hundred times faster than <see cref="AddDataSet"/> and <c>SaveChanges</c> for 100 000 activities) and the
    /// other facts through the context. The context must track nothing of the data set yet.
    /// </summary>
    /// <param name="context">A context on Npgsql that maps the library's tables.</param>
    /// <param name="data">The data set.</param>
    /// <param name="cancellationToken">Cancels the import (nothing is then written).</param>
    /// <returns>A task that completes when the transaction has committed.</returns>
    public static async Task ImportDataSetAsync(this DbContext context, AssemblyDataSet data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(data);
        TableRows rows = TableRows.From(DataSetDocumentWriter.Write(data));
        var connection = (NpgsqlConnection)context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using IDbContextTransaction transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            AddAllBut(context, rows, activities: false);
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await ActivityCopy.WriteAsync(context, connection, rows.Activities, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            context.ChangeTracker.Clear();
        }
        finally
        {
            await context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
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
        var rows = new TableRows(
            await context.Set<BodyRow>().AsNoTracking().OrderBy(b => b.Id).ToListAsync(cancellationToken).ConfigureAwait(false),
            await context.Set<PersonRow>().AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false),
            await context.Set<SessionRow>().AsNoTracking().OrderBy(s => s.Id).Include(s => s.Officials).AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false),
            await context.Set<CouncilMembershipRow>().AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken).ConfigureAwait(false),
            await context.Set<ProjectRow>().AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false),
            await context.Set<ActivityRow>().AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken).ConfigureAwait(false),
            await context.Set<SummaryRow>().AsNoTracking().OrderBy(s => s.Id).Include(s => s.Tallies).AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false),
            await context.Set<RepresentationRow>().AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false),
            await context.Set<DeputyGroupRow>().AsNoTracking().OrderBy(g => g.Id).ToListAsync(cancellationToken).ConfigureAwait(false),
            await context.Set<FriendshipHouseRow>().AsNoTracking().OrderBy(h => h.Id).ToListAsync(cancellationToken).ConfigureAwait(false));
        return new DataSetDocumentReader(rows.ToDocument(), RejectedFact, Inconsistent).Build();
    }

    private static void AddAllBut(DbContext context, TableRows rows, bool activities)
    {
        context.AddRange(rows.Bodies);
        context.AddRange(rows.People);
        context.AddRange(rows.Sessions);
        context.AddRange(rows.Memberships);
        context.AddRange(rows.Projects);
        if (activities)
        {
            context.AddRange(rows.Activities);
        }

        context.AddRange(rows.Summaries);
        context.AddRange(rows.Representation);
        context.AddRange(rows.DeputyGroups);
        context.AddRange(rows.FriendshipHouses);
    }

    private static StoredFactException RejectedFact(string list, int index, Exception cause) =>
        new(list, index < 0 ? null : $"#{index}", cause);

    private static StoredFactException Inconsistent(ImmutableArray<DataSetProblem> problems) =>
        new(null, null, new DataSetException(problems));
}
