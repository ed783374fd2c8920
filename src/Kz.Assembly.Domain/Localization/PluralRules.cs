using Kz.Assembly.Domain.Localization.Profiles;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// CLDR plural rules of every registered language, keyed by culture name (<c>kk-KZ</c> → kk), independent of the
/// OS's culture data. Visible fraction digits count: <c>2.0m</c> is not <c>2m</c> (in English "1.0" is
/// <see cref="PluralCategory.Other"/>, in Russian every fraction is).
/// </summary>
/// <remarks>
/// One deliberate departure from CLDR: the Kazakh ordinal. CLDR (and ICU's <c>%digits-ordinal</c>, which writes
/// <c>-шы</c> for <c>many</c> and <c>-ші</c> for <c>other</c>) says <c>many</c> when n % 10 is 6, 9 or 0, so it
/// writes "50-шы", "70-шы", "80-шы" and "100-шы". The suffix really follows the vowel harmony of the spoken last word:
/// елу, жетпіс, сексен, жүз are front words, so 50-ші, 70-ші, 80-ші, 100-ші. Here <c>many</c> means "back-vowel
/// suffix" and is computed from the spoken word; tests pin the differing numbers.
/// </remarks>
public static class PluralRules
{
    /// <summary>Gets the cardinal plural category of a number.</summary>
    /// <param name="cultureName">A culture name, resolved by <see cref="LanguageProfiles.Resolve(string?)"/>: the rules
    /// are those of the language the library writes for that culture (English for an unknown one).</param>
    /// <param name="number">The number; its scale (visible fraction digits) counts.</param>
    /// <returns>The category.</returns>
    public static PluralCategory Cardinal(string? cultureName, decimal number) => LanguageProfiles.Resolve(cultureName).Cardinal(number);

    /// <summary>Gets the ordinal plural category of a position (see the remarks for Kazakh).</summary>
    /// <param name="cultureName">A culture name, resolved by <see cref="LanguageProfiles.Resolve(string?)"/>.</param>
    /// <param name="number">The position.</param>
    /// <returns>The category.</returns>
    public static PluralCategory Ordinal(string? cultureName, long number) => LanguageProfiles.Resolve(cultureName).Ordinal(number);
}
