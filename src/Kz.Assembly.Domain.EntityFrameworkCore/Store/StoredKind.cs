using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.EntityFrameworkCore.Mapping;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Store;

/// <summary>
/// A kind of fact as the database stores it: the core's <see cref="FactKind"/> (its name, and in snake case its table)
/// with everything the store does per kind: its table's mapping, its rows to and from the document, the body each row
/// belongs to, which rows a body or a run of days holds, and how a merge replaces a stored version. Each kind is
/// described in its row's file (<c>Tables/DeputyGroupRow.cs</c>) and listed once in <see cref="StoredKinds.All"/>;
/// the mapping, loads and the merge iterate that list, so no kind is written down twice.
/// </summary>
internal abstract class StoredKind
{
    private protected StoredKind(FactKind kind) => Kind = kind;

    /// <summary>Gets the core's description of the kind.</summary>
    internal FactKind Kind { get; }

    /// <summary>Gets the kind's table (<c>council_memberships</c>).</summary>
    internal string Table => AssemblyDomainModel.Table(Kind);

    /// <summary>Gets whether a stored version is deleted and written anew when a merge replaces it; false for kinds
    /// others refer to (bodies, people, projects), which a replacement updates in place.</summary>
    internal abstract bool ReplacesByDelete { get; }

    /// <summary>Gets whether the kind's rows are written with binary COPY after the tracked rows are saved (activities,
    /// by the million), not tracked by the context.</summary>
    internal abstract bool WrittenByCopy { get; }

    /// <summary>The key a merge knows a fact by: <c>activities/act-1</c>.</summary>
    internal static string Key(string kind, object id) => kind + "/" + id;

    /// <summary>Maps the kind's table (and its child tables).</summary>
    internal abstract void Map(ModelBuilder model);

    /// <summary>The kind's rows of a document, in document order.</summary>
    internal abstract IList RowsOf(DataSetDocument document);

    /// <summary>Adds the rows to the document; a row that breaks a rule of its own is reported with its table and id.</summary>
    internal abstract void AddToDocument(IList rows, DataSetDocument document);

    /// <summary>The rows' keys, the rows, and the body each belongs to (none for people).</summary>
    internal abstract IEnumerable<(string Key, object Row, Id<AssemblyBody>? Body)> Keyed(IList rows);

    /// <summary>The stored rows a filter takes (none without a filter), in id order.</summary>
    internal abstract Task<IList> TakeAsync(DbContext context, RowFilter filter, CancellationToken cancellationToken);

    /// <summary>Every stored row, in id order.</summary>
    internal abstract Task<IList> TakeAllAsync(DbContext context, CancellationToken cancellationToken);

    /// <summary>The stored rows with the ids of the given rows.</summary>
    internal abstract Task<IList> TakeWithIdsOfAsync(DbContext context, IList rows, CancellationToken cancellationToken);

    /// <summary>The filter of the rows one body holds; null for a kind no body holds (people).</summary>
    internal abstract LambdaExpression? OfBody(Id<AssemblyBody> body);

    /// <summary>The filter of the rows dated within a run of days; null for a kind that is not dated (bodies, people,
    /// projects: read only as what the dated rows refer to).</summary>
    internal abstract LambdaExpression? InDays(LocalDate start, LocalDate end);

    /// <summary>The check after reading of the rows dated within a run of days, where the database cannot look into a
    /// column (a council term); null when the filter says it all.</summary>
    internal abstract Delegate? KeptInDays(LocalDate start, LocalDate end);

    /// <summary>Deletes the stored rows of the given keys (for a kind that <see cref="ReplacesByDelete"/>).</summary>
    internal abstract Task DeleteAsync(DbContext context, IReadOnlySet<string> keys, IList rows, CancellationToken cancellationToken);

    /// <inheritdoc/>
    public override string ToString() => Kind.Name;
}

/// <summary>
/// A kind whose rows are <typeparamref name="TRow"/>, keyed by ids of <typeparamref name="TEntity"/>. Each part is
/// given by name in the row's file: what differs between kinds is only data and small lambdas.
/// </summary>
internal sealed class StoredKind<TRow, TEntity> : StoredKind
    where TRow : class
    where TEntity : class
{
    private readonly Action<EntityTypeBuilder<TRow>> map;
    private readonly Action<ModelBuilder>? mapChildren;
    private readonly Func<DataSetDocument, IEnumerable<TRow>> fromDocument;
    private readonly Action<TRow, DataSetDocument> addToDocument;
    private readonly Expression<Func<TRow, Id<TEntity>>> idExpression;
    private readonly Func<TRow, Id<TEntity>> id;
    private readonly Func<TRow, Id<AssemblyBody>?> body;
    private readonly Func<Id<AssemblyBody>, Expression<Func<TRow, bool>>>? ofBody;
    private readonly Func<LocalDate, LocalDate, Expression<Func<TRow, bool>>>? inDays;
    private readonly Func<LocalDate, LocalDate, Func<TRow, bool>>? keptInDays;
    private readonly Func<IQueryable<TRow>, IQueryable<TRow>> withChildren;

    /// <summary>Describes a stored kind.</summary>
    /// <param name="kind">The core's kind.</param>
    /// <param name="map">Maps the table: key, foreign keys, constraints, indexes (the table's name comes from the kind).</param>
    /// <param name="mapChildren">Maps the child tables a fact's rows are written with (a session's officials).</param>
    /// <param name="fromDocument">The rows of a document's facts of the kind.</param>
    /// <param name="addToDocument">Adds one row's fact to a document.</param>
    /// <param name="id">The row's id.</param>
    /// <param name="body">The body the row belongs to (a body its own; none for people).</param>
    /// <param name="ofBody">Which rows a body holds; null for none.</param>
    /// <param name="inDays">Which rows are dated within a run of days; null for a kind that is not dated.</param>
    /// <param name="keptInDays">Which rows read by <paramref name="inDays"/> are kept, where the database cannot tell.</param>
    /// <param name="withChildren">Includes the child rows a fact is read with (a session's officials).</param>
    /// <param name="replacesByDelete">Whether a replaced version is deleted rather than updated in place.</param>
    /// <param name="writtenByCopy">Whether the rows are written with binary COPY.</param>
    internal StoredKind(
        FactKind kind,
        Action<EntityTypeBuilder<TRow>> map,
        Action<ModelBuilder>? mapChildren,
        Func<DataSetDocument, IEnumerable<TRow>> fromDocument,
        Action<TRow, DataSetDocument> addToDocument,
        Expression<Func<TRow, Id<TEntity>>> id,
        Func<TRow, Id<AssemblyBody>?> body,
        Func<Id<AssemblyBody>, Expression<Func<TRow, bool>>>? ofBody,
        Func<LocalDate, LocalDate, Expression<Func<TRow, bool>>>? inDays,
        Func<LocalDate, LocalDate, Func<TRow, bool>>? keptInDays = null,
        Func<IQueryable<TRow>, IQueryable<TRow>>? withChildren = null,
        bool replacesByDelete = true,
        bool writtenByCopy = false)
        : base(kind)
    {
        this.map = map;
        this.mapChildren = mapChildren;
        this.fromDocument = fromDocument;
        this.addToDocument = addToDocument;
        idExpression = id;
        this.id = id.Compile();
        this.body = body;
        this.ofBody = ofBody;
        this.inDays = inDays;
        this.keptInDays = keptInDays;
        this.withChildren = withChildren ?? (rows => rows);
        ReplacesByDelete = replacesByDelete;
        WrittenByCopy = writtenByCopy;
    }

    internal override bool ReplacesByDelete { get; }

    internal override bool WrittenByCopy { get; }

    internal override void Map(ModelBuilder model)
    {
        model.Entity<TRow>(table =>
        {
            table.ToTable(Table).HasKey(((MemberExpression)idExpression.Body).Member.Name);
            map(table);
        });
        mapChildren?.Invoke(model);
    }

    internal override IList RowsOf(DataSetDocument document) => fromDocument(document).ToList();

    internal override void AddToDocument(IList rows, DataSetDocument document)
    {
        foreach (TRow row in (List<TRow>)rows)
        {
            try
            {
                addToDocument(row, document);
            }
            catch (Exception exception) when (exception is ArgumentException or FormatException)
            {
                throw new StoredFactException(Table, id(row).ToString(), exception);
            }
        }
    }

    internal override IEnumerable<(string Key, object Row, Id<AssemblyBody>? Body)> Keyed(IList rows) =>
        ((List<TRow>)rows).Select(row => (Key(Kind.Name, id(row)), (object)row, body(row)));

    internal override async Task<IList> TakeAsync(DbContext context, RowFilter filter, CancellationToken cancellationToken)
    {
        if (filter.For(this) is not Expression<Func<TRow, bool>> where)
        {
            return new List<TRow>();
        }

        List<TRow> rows = await Query(context).Where(where).OrderBy(idExpression).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (filter.KeepFor(this) is { } keep)
        {
            rows.RemoveAll(row => !keep(row));
        }

        return rows;
    }

    internal override async Task<IList> TakeAllAsync(DbContext context, CancellationToken cancellationToken) =>
        await Query(context).OrderBy(idExpression).ToListAsync(cancellationToken).ConfigureAwait(false);

    internal override async Task<IList> TakeWithIdsOfAsync(DbContext context, IList rows, CancellationToken cancellationToken)
    {
        List<Id<TEntity>> ids = [.. ((List<TRow>)rows).Select(id)];
        return await Query(context).Where(IdIn(ids)).OrderBy(idExpression).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    internal override LambdaExpression? OfBody(Id<AssemblyBody> body) => ofBody?.Invoke(body);

    internal override LambdaExpression? InDays(LocalDate start, LocalDate end) => inDays?.Invoke(start, end);

    internal override Delegate? KeptInDays(LocalDate start, LocalDate end) => keptInDays?.Invoke(start, end);

    internal override async Task DeleteAsync(DbContext context, IReadOnlySet<string> keys, IList rows, CancellationToken cancellationToken)
    {
        if (!ReplacesByDelete)
        {
            throw new InvalidOperationException($"{Kind.Name} are replaced in place, not deleted.");
        }

        List<Id<TEntity>> ids = [.. ((List<TRow>)rows).Select(id).Where(i => keys.Contains(Key(Kind.Name, i)))];
        if (ids.Count > 0)
        {
            await context.Set<TRow>().Where(IdIn(ids)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private IQueryable<TRow> Query(DbContext context) => withChildren(context.Set<TRow>().AsNoTracking()).AsSplitQuery();

    /// <summary><c>row =&gt; ids.Contains(row.Id)</c>, which EF Core sends as one array parameter.</summary>
    private Expression<Func<TRow, bool>> IdIn(List<Id<TEntity>> ids)
    {
        Expression<Func<List<Id<TEntity>>>> captured = () => ids;
        MethodCallExpression contains = Expression.Call(captured.Body, typeof(List<Id<TEntity>>).GetMethod(nameof(List<Id<TEntity>>.Contains))!, idExpression.Body);
        return Expression.Lambda<Func<TRow, bool>>(contains, idExpression.Parameters);
    }
}
