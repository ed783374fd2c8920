using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Kz.Assembly.Domain.Dashboard.Web;

/// <summary>
/// Holds the reader's endpoints (the form and the API) to the configured report size before anything reads the body:
/// a larger declared length is a 413 problem at once, and the server stops a chunked body at the same size.
/// </summary>
public sealed class ReportSizeLimit(RequestDelegate next, IOptions<DashboardOptions> options)
{
    /// <summary>Checks a request to the reader, then runs the rest of the pipeline.</summary>
    /// <param name="context">The request.</param>
    /// <returns>The pipeline's task.</returns>
    public Task InvokeAsync(HttpContext context)
    {
        System.ArgumentNullException.ThrowIfNull(context);
        if (HttpMethods.IsPost(context.Request.Method) && (context.Request.Path.StartsWithSegments("/read") || context.Request.Path.StartsWithSegments("/api/read")))
        {
            int limit = options.Value.ReportSizeLimit;
            if (context.Request.ContentLength > limit + FormOverhead)
            {
                throw new BadHttpRequestException($"The report is larger than the {limit} bytes this site reads (Dashboard:ReportSizeLimit).", StatusCodes.Status413PayloadTooLarge);
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit + FormOverhead;
            }
        }

        return next(context);
    }

    // A form carries its fields' names, the date and the antiforgery token besides the report.
    private const int FormOverhead = 4096;
}
