namespace Kz.Assembly.Domain.AspNetCore;

/// <summary>What <c>AddAssemblyDomainWeb</c> lets an app choose; every default is what a site of the Assembly's
/// secretariats would want.</summary>
public sealed class AssemblyDomainWebOptions
{
    /// <summary>Gets or sets the language of a request that asks for none the library knows (a profile's tag); Kazakh
    /// by default, the state language.</summary>
    public string DefaultLanguage { get; set; } = "kk";

    /// <summary>Gets or sets the query parameter that chooses the language (<c>?lang=ru</c>).</summary>
    public string LanguageQueryParameter { get; set; } = "lang";

    /// <summary>Gets or sets the cookie that remembers a language chosen by the query parameter; null to remember none.</summary>
    public string? LanguageCookie { get; set; } = "lang";
}
