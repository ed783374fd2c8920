using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Kz.Assembly.Domain.EntityFrameworkCore.Tables;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Store;

/// <summary>
/// Between a data set's document (each fact once, by id: the same shape JSON uses) and the tables' rows, a list per
/// stored kind; each kind's row file holds its own two conversions. Reading rows back goes through the core's document
/// reader, the one path that builds every fact through its factory and the whole through the store's builder.
/// </summary>
internal sealed class TableRows
{
    private readonly Dictionary<StoredKind, IList> lists;

    private TableRows(Dictionary<StoredKind, IList> lists) => this.lists = lists;

    /// <summary>Gets the bodies' rows (which others refer to).</summary>
    internal List<BodyRow> Bodies => Of(BodyRow.Stored);

    /// <summary>Gets the people's rows (which sessions and memberships refer to).</summary>
    internal List<PersonRow> People => Of(PersonRow.Stored);

    /// <summary>Gets the projects' rows (which activities refer to).</summary>
    internal List<ProjectRow> Projects => Of(ProjectRow.Stored);

    /// <summary>Gets the activities' rows (written by COPY).</summary>
    internal List<ActivityRow> Activities => Of(ActivityRow.Stored);

    /// <summary>The rows of each kind of a document.</summary>
    internal static TableRows From(DataSetDocument document) =>
        new(StoredKinds.All.ToDictionary(kind => kind, kind => kind.RowsOf(document)));

    /// <summary>The rows each kind reads, kind by kind in catalogue order.</summary>
    internal static async Task<TableRows> ReadAsync(Func<StoredKind, Task<IList>> read)
    {
        var lists = new Dictionary<StoredKind, IList>();
        foreach (StoredKind kind in StoredKinds.All)
        {
            lists[kind] = await read(kind).ConfigureAwait(false);
        }

        return new TableRows(lists);
    }

    /// <summary>Gets one kind's rows.</summary>
    internal List<TRow> Of<TRow, TEntity>(StoredKind<TRow, TEntity> kind)
        where TRow : class
        where TEntity : class =>
        (List<TRow>)lists[kind];

    /// <summary>Gets one kind's rows, untyped.</summary>
    internal IList Of(StoredKind kind) => lists[kind];

    /// <summary>The document of the rows; a row that breaks a rule of its own is reported with its table and id.</summary>
    internal DataSetDocument ToDocument()
    {
        DataSetDocument document = DataSetDocument.Empty();
        foreach (StoredKind kind in StoredKinds.All)
        {
            kind.AddToDocument(lists[kind], document);
        }

        return document;
    }
}
