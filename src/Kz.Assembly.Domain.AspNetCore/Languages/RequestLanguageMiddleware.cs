using System;
using System.Linq;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Localization.Profiles;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Kz.Assembly.Domain.AspNetCore.Languages;

/// <summary>
/// Chooses the language of a request: the query parameter, then the cookie, then <c>Accept-Language</c> by quality,
/// then the default; each resolved by <see cref="LanguageProfiles.TryResolve"/> (so <c>kk-KZ</c> is Kazakh and
/// <c>kk-Latn</c> Kazakh in the Latin script). A language asked for by the query parameter that no profile matches is
/// a 400 problem naming it and the languages there are; one in a cookie or a header is passed over, as browsers send
/// what they like.
/// </summary>
internal sealed class RequestLanguageMiddleware(RequestDelegate next, IOptions<AssemblyDomainWebOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        AssemblyDomainWebOptions settings = options.Value;
        RequestLanguage language;
        if (context.Request.Query.TryGetValue(settings.LanguageQueryParameter, out var asked) && asked.Count > 0)
        {
            string tag = asked[0] ?? string.Empty;
            if (!LanguageProfiles.TryResolve(tag, out LanguageProfile? chosen) || tag.Length == 0)
            {
                throw Refuse(settings, tag);
            }

            language = new RequestLanguage(chosen, "query");
            if (settings.LanguageCookie is { } cookie)
            {
                context.Response.Cookies.Append(cookie, chosen.Tag, new CookieOptions { HttpOnly = true, SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax, Secure = context.Request.IsHttps, MaxAge = TimeSpan.FromDays(365), IsEssential = true });
            }
        }
        else if (settings.LanguageCookie is { } cookie && context.Request.Cookies.TryGetValue(cookie, out string? remembered) && LanguageProfiles.TryResolve(remembered, out LanguageProfile? kept) && remembered.Length > 0)
        {
            language = new RequestLanguage(kept, "cookie");
        }
        else if (FromHeader(context.Request) is { } accepted)
        {
            language = new RequestLanguage(accepted, "header");
        }
        else
        {
            language = new RequestLanguage(LanguageProfiles.Resolve(settings.DefaultLanguage), "default");
        }

        context.Features.Set(language);
        context.Response.Headers.ContentLanguage = language.Profile.Tag;
        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
        await next(context).ConfigureAwait(false);
    }

    private static LanguageProfile? FromHeader(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var ranges))
        {
            return null;
        }

        foreach (StringWithQualityHeaderValue range in ranges.OrderByDescending(r => r.Quality ?? 1))
        {
            string tag = range.Value.ToString();
            if (tag != "*" && range.Quality is not 0 && LanguageProfiles.TryResolve(tag, out LanguageProfile? profile) && tag.Length > 0)
            {
                return profile;
            }
        }

        return null;
    }

    /// <summary>The language asked for is none the site writes: a 400 the exception handler answers as a problem.</summary>
    private static BadHttpRequestException Refuse(AssemblyDomainWebOptions settings, string tag)
    {
        string offered = string.Join(", ", LanguageProfiles.All.Select(p => p.Tag).Order(StringComparer.Ordinal));
        return new BadHttpRequestException(
            $"'{tag}' in ?{settings.LanguageQueryParameter}= is not a language this site is written in: the languages are {offered}.",
            StatusCodes.Status400BadRequest);
    }
}
