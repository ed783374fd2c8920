using System;
using System.Globalization;
using Humanizer;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// Number words in Kazakh, Russian and English. Kazakh is the library's own (<see cref="KazakhNumber"/>); Russian and
/// English come from Humanizer, which is right for them and agrees in gender for Russian.
/// </summary>
public static class NumberWords
{
    /// <summary>Writes a number in words: kk <c>отыз төрт</c>, ru <c>тридцать четыре</c>, en <c>thirty-four</c>.</summary>
    /// <param name="number">The number.</param>
    /// <param name="cultureName">kk, ru or en, with or without a region.</param>
    /// <param name="gender">The gender Russian words agree with; ignored in Kazakh and English.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The culture is not kk, ru or en.</exception>
    public static string ToWords(long number, string cultureName, GrammaticalGender gender = GrammaticalGender.Masculine)
    {
        if (Languages.IsKazakhLatin(cultureName))
        {
            return KazakhTransliteration.ToLatin(ToWords(number, "kk"));
        }

        Language language = PluralRules.Supported(cultureName);
        if (language == Language.Kazakh)
        {
            return KazakhNumber.ToWords(number);
        }

        // Humanizer writes a negative number as "minus" + the words of its negation, and long.MinValue is its own
        // negation: it recursed until the process died. Written as -9 223 372 036 854 775 000 and then 808, whose
        // words are the same in both languages' grammar (808 agrees in no gender).
        if (number == long.MinValue)
        {
            const long Thousands = long.MinValue / 1000 * 1000;
            return Humanize(Thousands, language, gender) + " " + Humanize(-(long.MinValue - Thousands), language, gender);
        }

        return Humanize(number, language, gender);
    }

    private static string Humanize(long number, Language language, GrammaticalGender gender) =>
        language == Language.Russian ? number.ToWords(Map(gender), HumanizerCultures.Russian) : number.ToWords(HumanizerCultures.English);

    /// <summary>Writes an ordinal in words: kk <c>отыз төртінші</c>, ru <c>тридцать четвёртый</c>, en <c>thirty-fourth</c>.</summary>
    /// <param name="number">The position, 0..<see cref="int.MaxValue"/>.</param>
    /// <param name="cultureName">kk, ru or en, with or without a region.</param>
    /// <param name="gender">The gender Russian words agree with (<c>тридцать четвёртая сессия</c>).</param>
    /// <returns>The ordinal words.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The culture is not kk, ru or en, or the number is negative.</exception>
    public static string ToOrdinalWords(int number, string cultureName, GrammaticalGender gender = GrammaticalGender.Masculine)
    {
        if (number < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, $"Ordinal {number} is negative: ordinals number positions from zero up.");
        }

        if (Languages.IsKazakhLatin(cultureName))
        {
            return KazakhTransliteration.ToLatin(ToOrdinalWords(number, "kk"));
        }

        return PluralRules.Supported(cultureName) switch
        {
            Language.Kazakh => KazakhNumber.ToOrdinalWords(number),
            Language.Russian => number.ToOrdinalWords(Map(gender), HumanizerCultures.Russian),
            _ => number.ToOrdinalWords(HumanizerCultures.English),
        };
    }

    /// <summary>Writes an ordinal in digits: kk <c>34-</c> (official style), ru <c>34-я</c> (feminine), en <c>34th</c>.</summary>
    /// <param name="number">The position, not negative.</param>
    /// <param name="cultureName">kk, ru or en, with or without a region.</param>
    /// <param name="gender">The gender the Russian ending agrees with.</param>
    /// <returns>The ordinal.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The culture is not kk, ru or en, or the number is negative.</exception>
    public static string ToOrdinalDigits(int number, string cultureName, GrammaticalGender gender = GrammaticalGender.Masculine)
    {
        if (number < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, $"Ordinal {number} is negative: ordinals number positions from zero up.");
        }

        if (Languages.IsKazakhLatin(cultureName))
        {
            return KazakhTransliteration.ToLatin(ToOrdinalDigits(number, "kk"));
        }

        return PluralRules.Supported(cultureName) switch
        {
            Language.Kazakh => KazakhNumber.ToOrdinalDigits(number, KazakhOrdinalStyle.Official),
            Language.Russian => number.ToString(CultureInfo.InvariantCulture) + gender switch
            {
                GrammaticalGender.Feminine => "-я",
                GrammaticalGender.Neuter => "-е",
                _ => "-й",
            },
            _ => number.Ordinalize(HumanizerCultures.English),
        };
    }

    private static Humanizer.GrammaticalGender Map(GrammaticalGender gender) => gender switch
    {
        GrammaticalGender.Feminine => Humanizer.GrammaticalGender.Feminine,
        GrammaticalGender.Neuter => Humanizer.GrammaticalGender.Neuter,
        _ => Humanizer.GrammaticalGender.Masculine,
    };
}
