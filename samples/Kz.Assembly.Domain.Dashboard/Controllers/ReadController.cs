using System.Threading;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Dashboard.Data;
using Kz.Assembly.Domain.Dashboard.Web;
using Kz.Assembly.Domain.Reading;
using Kz.Assembly.Domain.Samples;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Kz.Assembly.Domain.Dashboard.Controllers;

/// <summary>"Read a report": paste a text and its date, see the facts marked in it, and (on PostgreSQL) save the draft.
/// Every form that writes carries an antiforgery token (checked for every POST).</summary>
/// <param name="data">The data.</param>
/// <param name="options">The size limit of a report.</param>
public sealed class ReadController(IDashboardData data, IOptions<DashboardOptions> options) : PageController
{
    /// <summary>The empty form.</summary>
    /// <returns>The page.</returns>
    [HttpGet("/read")]
    public IActionResult Index() => View(new ReadModel(Language, Labels.Of("read", Language), string.Empty, TurkistanArticle2025.AsOf, null, data.CanSaveDrafts));

    /// <summary>Reads the pasted text.</summary>
    /// <param name="text">The report.</param>
    /// <param name="published">The day it was published.</param>
    /// <returns>The page with the reading.</returns>
    [HttpPost("/read")]
    public IActionResult Read([FromForm] string? text, [FromForm] LocalDate? published) => Page(text, published, saved: null);

    /// <summary>Reads the text again and saves its draft (a merge that refuses conflicts).</summary>
    /// <param name="text">The report.</param>
    /// <param name="published">The day it was published.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page with what saving did.</returns>
    [HttpPost("/read/save")]
    public async Task<IActionResult> Save([FromForm] string? text, [FromForm] LocalDate? published, CancellationToken cancellationToken)
    {
        ViewResult page = Page(text, published, saved: null);
        if (page.Model is ReadModel { Reading: { } reading } model && data.CanSaveDrafts)
        {
            string saved = await data.SaveDraftAsync(reading.Draft, cancellationToken);
            return View("Index", model with { Saved = saved });
        }

        return page;
    }

    private ViewResult Page(string? text, LocalDate? published, string? saved)
    {
        string[] errors = RefusedValues();
        string report = BoundedText.Check(text ?? string.Empty, options.Value.ReportSizeLimit);
        LocalDate day = published ?? TurkistanArticle2025.AsOf;
        if (errors.Length == 0 && string.IsNullOrWhiteSpace(report))
        {
            Response.StatusCode = 400;
            errors = ["The report is empty: paste the text of a report to read it."];
        }

        ReportReading? reading = errors.Length == 0 ? ReportReader.Read(report, day, null) : null;
        return View("Index", new ReadModel(Language, Labels.Of("read", Language), report, day, reading, data.CanSaveDrafts, saved) { Errors = errors });
    }
}
