using System;
using Kz.Assembly.Domain.Localization.Profiles;
using Microsoft.AspNetCore.Http;

namespace Kz.Assembly.Domain.AspNetCore.Languages;

/// <summary>The request's language, for views and endpoints.</summary>
public static class HttpContextLanguageExtensions
{
    /// <summary>Gets the language the request is answered in.</summary>
    /// <param name="context">The request's context.</param>
    /// <returns>The profile; English when <c>UseAssemblyDomainWeb</c> did not run for this request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public static LanguageProfile AssemblyLanguage(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<RequestLanguage>()?.Profile ?? LanguageProfiles.English;
    }
}
