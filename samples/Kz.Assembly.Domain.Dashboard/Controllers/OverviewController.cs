using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Dashboard.Data;
using Kz.Assembly.Domain.Dashboard.Web;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Samples;
using Microsoft.AspNetCore.Mvc;

namespace Kz.Assembly.Domain.Dashboard.Controllers;

/// <summary>The national overview: every region of a period with its activities and people reached.</summary>
/// <param name="data">The data.</param>
public sealed class OverviewController(IDashboardData data) : PageController
{
    /// <summary>The overview for a period (by default the article's year to date).</summary>
    /// <param name="period">The period: 2025, 2025-Q1, 2025-04, YTD 2025-04-24, or a run of days.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page.</returns>
    [HttpGet("/")]
    public async Task<IActionResult> Index(ReportingPeriod? period, CancellationToken cancellationToken)
    {
        string[] errors = RefusedValues();
        ReportingPeriod shown = errors.Length == 0 && period is not null ? period : TurkistanArticle2025.YearToDate;
        var totals = (await data.TotalsAsync(shown, cancellationToken)).ToDictionary(t => t.Region);

        // The regions as they existed in the period: the five abolished in 1997 for the 1990s, the three of 2022 since.
        var regions = Region.AllSince1995
            .Where(r => r.ExistedOn(shown.Start) || r.ExistedOn(shown.End))
            .Select(r => (r, totals.GetValueOrDefault(r)))
            .ToList();
        return View(new OverviewModel(Language, Labels.Of("overview", Language), shown, regions) { Errors = errors });
    }
}
