using System;
using Kz.Assembly.Domain.Localization.Profiles;

namespace Kz.Assembly.Domain.Text;

/// <summary>
/// Maps culture names to the <see cref="Language"/> whose stored text (<see cref="LocalizedText"/>) serves them, by
/// the one rule of <see cref="LanguageProfiles.Resolve(string?)"/>: a name resolves to its language profile, and the
/// profile to the stored language at the end of its fallback chain. Works on the name alone, so it behaves the same
/// on every OS and under <c>InvariantGlobalization=true</c>, where <c>new CultureInfo("kk-KZ")</c> throws.
/// </summary>
public static class Languages
{
    /// <summary>
    /// Resolves a culture name such as <c>kk</c>, <c>kk-KZ</c>, <c>kk-Latn</c>, <c>ru-RU</c> or <c>en-GB</c>. A name no
    /// language is registered for, the empty name of the invariant culture included, resolves to
    /// <see cref="Language.English"/>, the invariant text; a registered language to the stored language it falls back to.
    /// </summary>
    /// <param name="cultureName">A BCP 47 culture name; null or empty means the invariant culture.</param>
    /// <returns>The language whose text serves that culture.</returns>
    public static Language FromCultureName(string? cultureName) => LanguageProfiles.Resolve(cultureName).StoredLanguage;

    /// <summary>
    /// Tells whether a culture name asks for Kazakh in the Latin alphabet of 2021: <c>kk-Latn</c>, <c>kk-Latn-KZ</c>
    /// (any name whose language is <c>kk</c> and one of whose subtags is <c>Latn</c>). Such a name resolves to
    /// <see cref="Language.Kazakh"/>, and every text the library writes for it is the Kazakh text written by
    /// <see cref="Localization.KazakhTransliteration.ToLatin"/>; <c>kk</c>, <c>kk-KZ</c> and <c>kk-Cyrl</c> are Cyrillic.
    /// </summary>
    /// <param name="cultureName">A BCP 47 culture name, or null.</param>
    /// <returns>Whether it names Kazakh in Latin script.</returns>
    public static bool IsKazakhLatin(string? cultureName) => LanguageProfiles.Resolve(cultureName) == LanguageProfiles.KazakhLatin;

    /// <summary>Resolves a format provider by <see cref="LanguageProfiles.Resolve(IFormatProvider?)"/> (null is the
    /// current culture) to the language whose stored text it shows.</summary>
    /// <param name="provider">The provider passed to a <c>ToString</c> overload, or null.</param>
    /// <returns>The language for that provider.</returns>
    public static Language FromProvider(IFormatProvider? provider) => LanguageProfiles.Resolve(provider).StoredLanguage;

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
