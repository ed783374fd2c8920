using Kz.Assembly.Domain.Localization.Profiles;

namespace Kz.Assembly.Domain.AspNetCore.Languages;

/// <summary>The language a request is answered in, as the library's profile (set by <c>UseAssemblyDomainWeb</c>).</summary>
public sealed class RequestLanguage
{
    internal RequestLanguage(LanguageProfile profile, string source) => (Profile, Source) = (profile, source);

    /// <summary>Gets the profile that writes the answer.</summary>
    public LanguageProfile Profile { get; }

    /// <summary>Gets where the choice came from: <c>query</c>, <c>cookie</c>, <c>header</c> or <c>default</c>.</summary>
    public string Source { get; }
}
