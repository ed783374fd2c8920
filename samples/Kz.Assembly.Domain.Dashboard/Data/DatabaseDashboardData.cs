using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.EntityFrameworkCore;
using Kz.Assembly.Domain.EntityFrameworkCore.Aggregation;
using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.EntityFrameworkCore.Tables;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Microsoft.EntityFrameworkCore;

namespace Kz.Assembly.Domain.Dashboard.Data;

/// <summary>The pages on PostgreSQL through the EF Core package: totals and months from the rollups its triggers keep,
/// a region's facts by body, and drafts saved by a merge that refuses conflicts.</summary>
/// <param name="context">The request's context.</param>
public sealed class DatabaseDashboardData(AssemblyDbContext context) : IDashboardData
{
    /// <inheritdoc/>
    public bool CanSaveDrafts => true;

    /// <inheritdoc/>
    public Task<ImmutableArray<RegionTotals>> TotalsAsync(ReportingPeriod period, CancellationToken cancellationToken) =>
        context.TotalsByRegionAsync(period, cancellationToken);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<MonthFigure>> MonthsAsync(Region region, int year, CancellationToken cancellationToken)
    {
        IReadOnlyList<DatabaseAggregate> rows = await context.RollupByRegionMonthKindAsync(ReportingPeriod.CalendarYear(year), cancellationToken);
        return [.. rows
            .Where(r => r.Region == region)
            .GroupBy(r => r.Month!.Value)
            .OrderBy(g => g.Key)
            .Select(g => new MonthFigure(
                g.Key,
                g.Sum(r => r.Records),
                g.Any(r => r.PeopleReached is not null) ? QualifiedCount.Sum(g.Where(r => r.PeopleReached is not null).Select(r => r.PeopleReached!.Value)) : null))];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<(AssemblyDataSet Data, AssemblyBody Body)>> BodiesAsync(Region region, CancellationToken cancellationToken)
    {
        var ids = await context.Set<BodyRow>().Where(b => b.Region == region).Select(b => b.Id).ToListAsync(cancellationToken);
        var bodies = new List<(AssemblyDataSet, AssemblyBody)>();
        foreach (var id in ids.Order())
        {
            AssemblyDataSet facts = await context.LoadBodyAsync(id, cancellationToken);
            bodies.Add((facts, facts.Body(id)));
        }

        return bodies;
    }

    /// <inheritdoc/>
    public async Task<string> SaveDraftAsync(AssemblyDataSet draft, CancellationToken cancellationToken) =>
        (await context.ImportDataSetAsync(draft, MergePolicy.RefuseConflicts, cancellationToken)).ToString();
}
