using System;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Localization.Profiles;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// Anniversaries of a body, its name declined by the library: kk <c>Қазақстан халқы Ассамблеясының 30 жылдығы</c>,
/// ru <c>30-летие Ассамблеи народа Казахстана</c>, en <c>30th anniversary of the Assembly of People of Kazakhstan</c>.
/// </summary>
public static class AnniversaryText
{
    /// <summary>Writes an anniversary.</summary>
    /// <param name="anniversary">The anniversary.</param>
    /// <param name="cultureName">A culture name, resolved by <see cref="LanguageProfiles.Resolve(string?)"/>.</param>
    /// <returns>The phrase.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="anniversary"/> is null.</exception>
    public static string Format(Anniversary anniversary, string? cultureName)
    {
        Preconditions.CheckNotNull(anniversary, nameof(anniversary));
        return LanguageProfiles.Write(cultureName, anniversary, static (language, a) => language.Anniversary(a));
    }
}
