using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Kz.Assembly.Domain.Dashboard.Web;

/// <summary>Reads a request's text up to a size limit; more is a 413 (which the library's exception handler answers as
/// a problem), whatever the server in front enforces.</summary>
public static class BoundedText
{
    /// <summary>Reads the body as UTF-8 text of at most <paramref name="limit"/> bytes.</summary>
    /// <param name="request">The request.</param>
    /// <param name="limit">The most bytes accepted.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The text.</returns>
    /// <exception cref="BadHttpRequestException">The body is larger than the limit (status 413).</exception>
    public static async Task<string> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        System.ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw TooLarge(limit);
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The text of a form field, held to the same limit.</summary>
    /// <param name="text">The field's text.</param>
    /// <param name="limit">The most bytes accepted.</param>
    /// <returns>The text.</returns>
    /// <exception cref="BadHttpRequestException">The text is larger than the limit (status 413).</exception>
    public static string Check(string text, int limit) =>
        Encoding.UTF8.GetByteCount(text) > limit ? throw TooLarge(limit) : text;

    private static BadHttpRequestException TooLarge(int limit) =>
        new($"The report is larger than the {limit} bytes this site reads (Dashboard:ReportSizeLimit).", StatusCodes.Status413PayloadTooLarge);
}
