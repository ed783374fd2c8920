using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Aggregation;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Samples;
using Microsoft.Extensions.Options;

namespace Kz.Assembly.Domain.Dashboard.Data;

/// <summary>
/// The embedded default: the article's data set and synthetic national activities, in memory. Months come from the
/// ledger's rollups; a period's regional totals are computed once by the data set's rule and kept, since the embedded
/// data never changes.
/// </summary>
public sealed class EmbeddedDashboardData : IDashboardData
{
    private readonly AssemblyDataSet data;
    private readonly ParticipationLedger ledger;
    private readonly ConcurrentDictionary<ReportingPeriod, ImmutableArray<RegionTotals>> totals = new();

    /// <summary>Builds the embedded data.</summary>
    /// <param name="options">How many synthetic activities to add.</param>
    public EmbeddedDashboardData(IOptions<DashboardOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        AssemblyDataSet article = TurkistanArticle2025.DataSet;

        // The article's own regional assembly organises its region's synthetic activities too.
        List<AssemblyActivity> synthetic = SyntheticNationalData.Activities(
            options.Value.SyntheticActivities,
            assemblyOf: region => article.Bodies.FirstOrDefault(b => b.Level == AssemblyLevel.Regional && b.Region == region));
        var builder = new AssemblyDataSetBuilder();
        foreach (AssemblyBody body in article.Bodies.Concat(synthetic.Select(a => a.Organiser)).DistinctBy(b => b.Id))
        {
            builder.Add(body);
        }

        AddFacts(builder, article);
        foreach (var project in synthetic.Select(a => a.Project).OfType<Projects.SocialProject>().DistinctBy(p => p.Id))
        {
            builder.Add(project);
        }

        foreach (AssemblyActivity activity in synthetic.DistinctBy(a => a.Id))
        {
            builder.Add(activity);
        }

        data = builder.Build();
        var ledgerBuilder = new ParticipationLedgerBuilder();
        foreach (AssemblyActivity activity in data.Activities)
        {
            ledgerBuilder.Append(activity);
        }

        ledger = ledgerBuilder.ToLedger();
    }

    /// <inheritdoc/>
    public bool CanSaveDrafts => false;

    /// <inheritdoc/>
    public Task<ImmutableArray<RegionTotals>> TotalsAsync(ReportingPeriod period, CancellationToken cancellationToken) =>
        Task.FromResult(totals.GetOrAdd(period, data.TotalsByRegion));

    /// <inheritdoc/>
    public Task<IReadOnlyList<MonthFigure>> MonthsAsync(Region region, int year, CancellationToken cancellationToken)
    {
        AggregateTable table = ledger.Aggregate(AggregationQuery.By(Dimensions.None, PeriodBucket.Month).OnlyRegions(region).Within(ReportingPeriod.CalendarYear(year)));
        IReadOnlyList<MonthFigure> months = [.. table.Select(row => new MonthFigure(row.Period!.Start.Month, row.Activities.Value, row.PeopleReached))];
        return Task.FromResult(months);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<(AssemblyDataSet Data, AssemblyBody Body)>> BodiesAsync(Region region, CancellationToken cancellationToken)
    {
        IReadOnlyList<(AssemblyDataSet, AssemblyBody)> bodies = [.. data.Bodies.Where(b => b.Region == region).Select(b => (data, b))];
        return Task.FromResult(bodies);
    }

    /// <inheritdoc/>
    public Task<string> SaveDraftAsync(AssemblyDataSet draft, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The embedded data is read-only: start the dashboard with a connection string to save drafts.");

    private static void AddFacts(AssemblyDataSetBuilder builder, AssemblyDataSet article)
    {
        foreach (var person in article.People) builder.Add(person);
        foreach (var session in article.Sessions) builder.Add(session);
        foreach (var council in article.Councils) builder.Add(council);
        foreach (var project in article.Projects) builder.Add(project);
        foreach (var activity in article.Activities) builder.Add(activity);
        foreach (var summary in article.Summaries) builder.Add(summary);
        foreach (var fact in article.Representation) builder.Add(fact);
        foreach (var group in article.DeputyGroups) builder.Add(group);
        foreach (var house in article.FriendshipHouses) builder.Add(house);
    }
}
