using System;
using System.Globalization;

namespace Kz.Assembly.Domain.Text;

/// <summary>
/// Maps culture names to <see cref="Language"/>. Works on the name alone, walking its parents (<c>kk-KZ</c> →
/// <c>kk</c>), so it behaves the same on every OS and under <c>InvariantGlobalization=true</c>, where
/// <c>new CultureInfo("kk-KZ")</c> throws.
/// </summary>
public static class Languages
{
    /// <summary>
    /// Resolves a culture name such as <c>kk</c>, <c>kk-KZ</c>, <c>ru-RU</c> or <c>en-GB</c>. Any other name, the empty
    /// name of the invariant culture included, resolves to <see cref="Language.English"/>, the invariant text.
    /// </summary>
    /// <param name="cultureName">A BCP 47 culture name; null or empty means the invariant culture.</param>
    /// <returns>The language whose text serves that culture.</returns>
    public static Language FromCultureName(string? cultureName)
    {
        if (string.IsNullOrEmpty(cultureName))
        {
            return Language.English;
        }

        int separator = cultureName.IndexOfAny(['-', '_']);
        ReadOnlySpan<char> neutral = separator < 0 ? cultureName.AsSpan() : cultureName.AsSpan(0, separator);
        if (neutral.Equals("kk", StringComparison.OrdinalIgnoreCase))
        {
            return Language.Kazakh;
        }

        if (neutral.Equals("ru", StringComparison.OrdinalIgnoreCase))
        {
            return Language.Russian;
        }

        return Language.English;
    }

    /// <summary>Resolves a format provider: a <see cref="CultureInfo"/> by its name, a <see cref="Localization.DomainFormatProvider"/> by its language, anything else as invariant.</summary>
    /// <param name="provider">The provider passed to a <c>ToString</c> overload, or null.</param>
    /// <returns>The language for that provider.</returns>
    public static Language FromProvider(IFormatProvider? provider) => provider switch
    {
        CultureInfo culture => FromCultureName(culture.Name),
        Localization.DomainFormatProvider domain => domain.Language,
        _ => Language.English,
    };

    /// <summary>Gets the neutral culture name of a language: <c>kk</c>, <c>ru</c> or <c>en</c>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>Its two-letter culture name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined member.</exception>
    public static string CultureName(this Language language) => language switch
    {
        Language.Kazakh => "kk",
        Language.Russian => "ru",
        Language.English => "en",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Not a defined Language."),
    };
}
