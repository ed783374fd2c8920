using System.Threading;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Dashboard.Data;
using Kz.Assembly.Domain.Dashboard.Web;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Samples;
using Microsoft.AspNetCore.Mvc;

namespace Kz.Assembly.Domain.Dashboard.Controllers;

/// <summary>A region's page: its monthly chart, its sessions, projects and reports as the library writes them.</summary>
/// <param name="data">The data.</param>
public sealed class RegionsController(IDashboardData data) : PageController
{
    /// <summary>The region's page for a year (by default the article's).</summary>
    /// <param name="region">The region's code, as in JSON (KZ-61).</param>
    /// <param name="year">The year of the monthly chart.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page, or 400 with the reason when the region is not one.</returns>
    [HttpGet("/regions/{region}")]
    public async Task<IActionResult> Show(Region? region, int? year, CancellationToken cancellationToken)
    {
        string[] errors = RefusedValues();
        if (region is null || errors.Length > 0)
        {
            return View("Problem", new PageModel(Language, Labels.Of("region", Language)) { Errors = errors });
        }

        int shown = year is >= 1995 and <= 2100 ? year.Value : TurkistanArticle2025.AsOf.Year;
        var months = await data.MonthsAsync(region, shown, cancellationToken);
        var bodies = await data.BodiesAsync(region, cancellationToken);
        return View(new RegionModel(Language, region.NameOn(new NodaTime.LocalDate(shown, 12, 31)).In(Language.Tag), region, shown, months, bodies));
    }
}
