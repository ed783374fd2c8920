using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Identity;
using NodaTime;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Store;

/// <summary>
/// Which rows of each kind a load takes: a filter per kind, none for a kind it does not name (those rows are read only
/// as what the taken rows refer to), and a check after reading where the database cannot look into a column (a council
/// term is one converted column: memberships are kept after reading, a table of a few hundred rows).
/// </summary>
internal sealed class RowFilter
{
    private readonly Dictionary<StoredKind, LambdaExpression> filters = [];
    private readonly Dictionary<StoredKind, Delegate> keeps = [];

    /// <summary>Everything one body holds.</summary>
    internal static RowFilter OfBody(Id<AssemblyBody> body) => Each(kind => kind.OfBody(body), _ => null);

    /// <summary>The rows dated within a run of days, from each kind's own dates.</summary>
    internal static RowFilter InDays(LocalDate start, LocalDate end) => Each(kind => kind.InDays(start, end), kind => kind.KeptInDays(start, end));

    /// <summary>Adds a kind's filter.</summary>
    internal RowFilter Where<TRow, TEntity>(StoredKind<TRow, TEntity> kind, Expression<Func<TRow, bool>> filter)
        where TRow : class
        where TEntity : class
    {
        filters[kind] = filter;
        return this;
    }

    /// <summary>The kind's filter, or null for none of its rows.</summary>
    internal LambdaExpression? For(StoredKind kind) => filters.GetValueOrDefault(kind);

    /// <summary>The kind's check after reading, if any.</summary>
    internal Func<TRow, bool>? KeepFor<TRow, TEntity>(StoredKind<TRow, TEntity> kind)
        where TRow : class
        where TEntity : class =>
        keeps.GetValueOrDefault(kind) as Func<TRow, bool>;

    private static RowFilter Each(Func<StoredKind, LambdaExpression?> filterOf, Func<StoredKind, Delegate?> keepOf)
    {
        var filter = new RowFilter();
        foreach (StoredKind kind in StoredKinds.All)
        {
            if (filterOf(kind) is { } where)
            {
                filter.filters[kind] = where;
            }

            if (keepOf(kind) is { } keep)
            {
                filter.keeps[kind] = keep;
            }
        }

        return filter;
    }
}
