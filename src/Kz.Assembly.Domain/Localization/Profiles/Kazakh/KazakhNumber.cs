using System;
using System.Globalization;
using System.Collections.Generic;
using Kz.Assembly.Domain.Annotations;
using Kz.Assembly.Domain.Localization.Profiles;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// Kazakh numbers: cardinal and ordinal words, ordinals in digits, and digits with the case ending that agrees with
/// the spoken last word (<c>9000-ға</c>: тоғыз мың). Humanizer has no Kazakh; this is the library's own. Thread-safe;
/// each method allocates only its result string.
/// </summary>
/// <remarks>
/// Standard Kazakh: words are separated by single spaces; <c>жүз</c> (100) and <c>мың</c> (1000) stand alone without
/// <c>бір</c> (1000 = мың, 1001 = мың бір, 101 000 = жүз бір мың), while millions and above take their count
/// (бір миллион). In an ordinal only the last word takes the suffix, chosen by vowel harmony of that word
/// (жиырма бірінші, елуінші, жиырмасыншы, қырқыншы).
/// </remarks>
public static class KazakhNumber
{
    /// <summary>Kazakh's number tables on the Turkic base.</summary>
    internal static TurkicNumerals Numerals { get; } = new(
        units: ["бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"],
        tens: ["он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"],
        hundred: "жүз",
        scales: ["мың", "миллион", "миллиард", "триллион", "квадриллион", "квинтиллион"],
        zero: "нөл",
        minus: "минус");

    // -ыншы/-інші after a consonant, -ншы/-нші after a vowel (елуінші, алтыншы); two words are irregular: жиырма
    // takes -сыншы, and қырық drops its second ы (қырқыншы).
    private static readonly TurkicSuffix OrdinalSuffix = TurkicSuffix.Create(KazakhPhonology.Table, "ыншы", "інші").After(FinalSound.Vowel, "ншы", "нші");

    private static readonly Dictionary<string, string> IrregularOrdinals = new(StringComparer.Ordinal) { ["жиырма"] = "жиырмасыншы", ["қырық"] = "қырқыншы" };

    /// <summary>Writes a number in Kazakh words: 34 → <c>отыз төрт</c>, 1000 → <c>мың</c>, -5 → <c>минус бес</c>.</summary>
    /// <param name="number">Any number.</param>
    /// <returns>The words, separated by single spaces.</returns>
    public static string ToWords(long number) => Numerals.Words(number);

    /// <summary>
    /// Writes an ordinal in Kazakh words; only the last word takes the suffix: 21 → <c>жиырма бірінші</c>,
    /// 40 → <c>қырқыншы</c>, 50 → <c>елуінші</c>.
    /// </summary>
    /// <param name="number">The position, not negative.</param>
    /// <returns>The ordinal words.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is negative: positions start at zero.</exception>
    public static string ToOrdinalWords([ValidRange(0, long.MaxValue)] long number)
    {
        CheckNotNegative(number);
        return Numerals.OrdinalWords(number, OrdinalSuffix, IrregularOrdinals);
    }

    /// <summary>
    /// Writes an ordinal in digits. Official style: the hyphen replaces the suffix and the noun attaches to it
    /// (<c>34-</c>, giving <c>34-сессия</c>). Colloquial style: a short suffix agreeing with the spoken last word
    /// (<c>34-ші</c>, <c>30-шы</c>, <c>50-ші</c>), never chosen by the last digit alone.
    /// </summary>
    /// <param name="number">The position, not negative.</param>
    /// <param name="style">The style.</param>
    /// <returns>The ordinal in digits.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is negative or <paramref name="style"/> undefined.</exception>
    public static string ToOrdinalDigits([ValidRange(0, long.MaxValue)] long number, KazakhOrdinalStyle style)
    {
        CheckNotNegative(number);
        string digits = number.ToString(CultureInfo.InvariantCulture);
        return style switch
        {
            KazakhOrdinalStyle.Official => digits + "-",
            KazakhOrdinalStyle.Colloquial => digits + (KazakhPhonology.IsBack(LastWord(number)) ? "-шы" : "-ші"),
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, $"{(int)style} is not a defined KazakhOrdinalStyle."),
        };
    }

    /// <summary>
    /// Writes a number in digits with the case ending that agrees with its spoken last word, after a hyphen:
    /// <c>9000-ға</c> (мың), <c>2000-нан</c>, <c>2025-ке</c> (бес), <c>34-тен</c> (төрт), <c>100-ге</c> (жүз).
    /// The nominative has no ending.
    /// </summary>
    /// <param name="number">The number.</param>
    /// <param name="grammaticalCase">The case.</param>
    /// <returns>The inflected number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grammaticalCase"/> is undefined.</exception>
    public static string Inflect(long number, KazakhCase grammaticalCase) =>
        Inflect(number, number.ToString(CultureInfo.InvariantCulture), grammaticalCase);

    /// <summary>Appends the case ending of <paramref name="number"/>'s spoken last word to its digits as written (grouped or not).</summary>
    internal static string Inflect(long number, string digits, KazakhCase grammaticalCase)
    {
        string ending = KazakhGrammar.CaseEnding(LastWord(number), grammaticalCase);
        return ending.Length == 0 ? digits : digits + "-" + ending;
    }

    /// <summary>Gets the last word of a number spoken in Kazakh (9000 → <c>мың</c>, 2025 → <c>бес</c>), the word endings agree with.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The last word.</returns>
    internal static string LastWord(long number) => Numerals.LastWord(number);

    /// <summary>|number| as an unsigned value, right for long.MinValue too.</summary>
    internal static ulong Magnitude(long number) => TurkicNumerals.Magnitude(number);

    private static void CheckNotNegative(long number)
    {
        if (number < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, $"Ordinal {number} is negative: ordinals number positions from zero up.");
        }
    }
}
