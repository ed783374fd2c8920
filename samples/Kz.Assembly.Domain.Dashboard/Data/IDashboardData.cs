using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;

namespace Kz.Assembly.Domain.Dashboard.Data;

/// <summary>What the pages ask of the data, answered from memory (the embedded default) or from PostgreSQL; both from
/// rollups, so a page costs the size of its answer.</summary>
public interface IDashboardData
{
    /// <summary>Gets whether a reviewed draft can be saved (only on PostgreSQL).</summary>
    bool CanSaveDrafts { get; }

    /// <summary>Every region's figures for a period by the data set's rule (summaries and activities, never a day twice).</summary>
    Task<ImmutableArray<RegionTotals>> TotalsAsync(ReportingPeriod period, CancellationToken cancellationToken);

    /// <summary>A region's individual activities and the people they reached, month by month in a year.</summary>
    Task<IReadOnlyList<MonthFigure>> MonthsAsync(Region region, int year, CancellationToken cancellationToken);

    /// <summary>The region's bodies, each with the facts it holds (sessions, projects, summaries).</summary>
    Task<IReadOnlyList<(AssemblyDataSet Data, AssemblyBody Body)>> BodiesAsync(Region region, CancellationToken cancellationToken);

    /// <summary>Saves a reviewed draft by merging it into the stored facts; a conflict is refused.</summary>
    Task<string> SaveDraftAsync(AssemblyDataSet draft, CancellationToken cancellationToken);
}
