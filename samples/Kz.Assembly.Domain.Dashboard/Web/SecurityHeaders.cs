using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Kz.Assembly.Domain.Dashboard.Web;

/// <summary>
/// Headers for a site that shows user input back: a Content-Security-Policy without inline script (none is needed:
/// the pages work with scripts off), no framing, no MIME sniffing, no referrer leaking the query.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>Adds the headers, then runs the rest of the pipeline.</summary>
    /// <param name="context">The request.</param>
    /// <returns>The pipeline's task.</returns>
    public Task InvokeAsync(HttpContext context)
    {
        System.ArgumentNullException.ThrowIfNull(context);
        // Added as the response starts, so that an error page written after the exception handler cleared the
        // headers carries them too.
        context.Response.OnStarting(() =>
        {
            Add(context.Response.Headers);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static void Add(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
