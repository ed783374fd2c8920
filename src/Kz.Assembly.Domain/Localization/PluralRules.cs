using System;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// CLDR plural rules for Kazakh, Russian and English, keyed by culture name (<c>kk-KZ</c> → kk), independent of the
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
    /// <param name="cultureName">kk, ru or en, with or without a region (<c>ru-KZ</c>).</param>
    /// <param name="number">The number; its scale (visible fraction digits) counts.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The culture is not kk, ru or en.</exception>
    public static PluralCategory Cardinal(string cultureName, decimal number)
    {
        Language language = Supported(cultureName);
        decimal n = Math.Abs(number);
        int visibleFractionDigits = (decimal.GetBits(number)[3] >> 16) & 0xFF;
        decimal integer = decimal.Truncate(n);
        return language switch
        {
            Language.Kazakh => n == 1 ? PluralCategory.One : PluralCategory.Other,
            Language.English => integer == 1 && visibleFractionDigits == 0 ? PluralCategory.One : PluralCategory.Other,
            _ => visibleFractionDigits != 0 ? PluralCategory.Other : RussianInteger(integer),
        };
    }

    /// <summary>Gets the ordinal plural category of a position (see the remarks for Kazakh).</summary>
    /// <param name="cultureName">kk, ru or en, with or without a region.</param>
    /// <param name="number">The position.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The culture is not kk, ru or en.</exception>
    public static PluralCategory Ordinal(string cultureName, long number)
    {
        Language language = Supported(cultureName);
        ulong n = KazakhNumber.Magnitude(number);
        return language switch
        {
            Language.Kazakh => n != 0 && KazakhPhonology.IsBack(KazakhNumber.LastWord(number)) ? PluralCategory.Many : PluralCategory.Other,
            Language.English => (n % 10, n % 100) switch
            {
                (1, not 11) => PluralCategory.One,
                (2, not 12) => PluralCategory.Two,
                (3, not 13) => PluralCategory.Few,
                _ => PluralCategory.Other,
            },
            _ => PluralCategory.Other,
        };
    }

    private static PluralCategory RussianInteger(decimal integer)
    {
        decimal mod10 = integer % 10;
        decimal mod100 = integer % 100;
        if (mod10 == 1 && mod100 != 11)
        {
            return PluralCategory.One;
        }

        return mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14 ? PluralCategory.Few : PluralCategory.Many;
    }

    internal static Language Supported(string? cultureName)
    {
        Language language = Languages.FromCultureName(cultureName);
        if (language == Language.English && !IsEnglish(cultureName))
        {
            throw new ArgumentOutOfRangeException(nameof(cultureName), cultureName, $"Culture '{cultureName}' has no plural rules here: use kk, ru or en (with or without a region).");
        }

        return language;
    }

    private static bool IsEnglish(string? cultureName) =>
        cultureName is not null && (cultureName.Equals("en", StringComparison.OrdinalIgnoreCase)
            || cultureName.StartsWith("en-", StringComparison.OrdinalIgnoreCase)
            || cultureName.StartsWith("en_", StringComparison.OrdinalIgnoreCase));
}
