using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Dashboard.Data;
using Kz.Assembly.Domain.Dashboard.Web;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Kz.Assembly.Domain.Dashboard.Controllers;

/// <summary>The JSON API beside the pages. A value that fails to bind is a problem details 400 naming it and its rule
/// (the library's binders, <c>[ApiController]</c>'s answer); the OpenAPI document is at <c>/openapi/v1.json</c>.</summary>
/// <param name="data">The data.</param>
/// <param name="options">The size limit of a report.</param>
[ApiController]
[Route("api")]
[IgnoreAntiforgeryToken]
public sealed class ApiController(IDashboardData data, IOptions<DashboardOptions> options) : ControllerBase
{
    /// <summary>A region's activities per kind and people reached for a period, by the data set's rule.</summary>
    /// <param name="region">The region's code (KZ-61).</param>
    /// <param name="period">The period (2025, 2025-Q1, 2025-04, YTD 2025-04-24, 2025-01-10/2025-02-20).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The region's totals; every figure null (unknown, not zero) when none of its bodies reported.</returns>
    [HttpGet("regions/{region}/totals")]
    public async Task<ActionResult<RegionTotalsResponse>> Totals(Region region, ReportingPeriod? period, CancellationToken cancellationToken)
    {
        if (period is null)
        {
            // Required, but said only when no value was given: a refused value already has its reason.
            ModelState.AddModelError(nameof(period), "The period is required: 2025, 2025-Q2, 2025-04, YTD 2025-04-24 or 2025-01-10/2025-02-20.");
            return ValidationProblem(ModelState);
        }

        RegionTotals? totals = (await data.TotalsAsync(period, cancellationToken)).FirstOrDefault(t => t.Region == region);
        return new RegionTotalsResponse(
            region,
            period,
            [.. System.Enum.GetValues<AssemblyActivityKind>().Select(kind => new KindFigure(kind, totals?.Activities(kind).Value, (totals?.Activities(kind).Coverage ?? default).ToString()))],
            totals?.PeopleReached.Value,
            (totals?.PeopleReached.Coverage ?? default).ToString());
    }

    /// <summary>Reads a report sent as the request's text (UTF-8, at most the configured size: 1 MB by default).</summary>
    /// <param name="published">The day it was published.</param>
    /// <param name="lang">The report's language if known (kk, kk-Latn, ru, en); detected when absent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The reading: facts with their spans, unplaced mentions, the draft.</returns>
    [HttpPost("read")]
    public async Task<ActionResult<ReportReading>> Read(LocalDate? published, [FromQuery(Name = "reportLanguage")] string? lang, CancellationToken cancellationToken)
    {
        if (published is null)
        {
            ModelState.AddModelError(nameof(published), "The day the report was published is required, as 2025-04-24.");
            return ValidationProblem(ModelState);
        }

        string text = await BoundedText.ReadAsync(Request, options.Value.ReportSizeLimit, cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            ModelState.AddModelError("text", "The report is empty: send the text of a report as the request's body.");
            return ValidationProblem(ModelState);
        }

        return ReportReader.Read(text, published.Value, lang);
    }
}

/// <summary>A region's totals as the API writes them.</summary>
/// <param name="Region">The region.</param>
/// <param name="Period">The period.</param>
/// <param name="Activities">Each kind's activities.</param>
/// <param name="PeopleReached">The people reached, or null when nothing is reported.</param>
/// <param name="PeopleCoverage">What the people figure covers.</param>
public sealed record RegionTotalsResponse(Region Region, ReportingPeriod Period, IReadOnlyList<KindFigure> Activities, QualifiedCount? PeopleReached, string PeopleCoverage);

/// <summary>One kind's activities.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Activities">How many, or null when nothing is reported.</param>
/// <param name="Coverage">What the figure covers.</param>
public sealed record KindFigure(AssemblyActivityKind Kind, QualifiedCount? Activities, string Coverage);
