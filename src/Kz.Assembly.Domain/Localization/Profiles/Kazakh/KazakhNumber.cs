using System;
using System.Globalization;
using Kz.Assembly.Domain.Annotations;

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
    // Long enough for the longest long: "минус тоғыз квинтиллион екі жүз жиырма үш квадриллион ..." plus an ordinal suffix.
    private const int BufferLength = 320;

    private static readonly string[] Units = ["", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"];
    private static readonly string[] Tens = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"];
    private static readonly string[] Scales = ["", "мың", "миллион", "миллиард", "триллион", "квадриллион", "квинтиллион"];

    /// <summary>Writes a number in Kazakh words: 34 → <c>отыз төрт</c>, 1000 → <c>мың</c>, -5 → <c>минус бес</c>.</summary>
    /// <param name="number">Any number.</param>
    /// <returns>The words, separated by single spaces.</returns>
    public static string ToWords(long number)
    {
        Span<char> buffer = stackalloc char[BufferLength];
        return new string(buffer[..WriteWords(number, buffer)]);
    }

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
        Span<char> buffer = stackalloc char[BufferLength];
        int length = WriteWords(number, buffer);
        int lastWordStart = buffer[..length].LastIndexOf(' ') + 1;
        ReadOnlySpan<char> lastWord = buffer[lastWordStart..length];
        string suffix = OrdinalSuffix(lastWord, out int keep);
        length = lastWordStart + keep;
        suffix.AsSpan().CopyTo(buffer[length..]);
        return new string(buffer[..(length + suffix.Length)]);
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
    internal static string LastWord(long number)
    {
        ulong magnitude = Magnitude(number);
        if (magnitude == 0)
        {
            return "нөл";
        }

        ulong lowest = magnitude % 1000;
        if (lowest != 0)
        {
            return lowest % 10 != 0 ? Units[lowest % 10] : lowest % 100 != 0 ? Tens[lowest / 10 % 10] : "жүз";
        }

        int scale = 0;
        while (magnitude % 1000 == 0)
        {
            magnitude /= 1000;
            scale++;
        }

        return Scales[scale];
    }

    internal static int WriteWords(long number, Span<char> buffer)
    {
        ulong magnitude = Magnitude(number);
        if (magnitude == 0)
        {
            "нөл".AsSpan().CopyTo(buffer);
            return 3;
        }

        int length = 0;
        if (number < 0)
        {
            Append(buffer, ref length, "минус");
        }

        ulong divisor = 1_000_000_000_000_000_000;
        for (int scale = 6; scale >= 0; scale--, divisor /= 1000)
        {
            int group = (int)(magnitude / divisor % 1000);
            if (group == 0)
            {
                continue;
            }

            // мың stands alone for exactly one thousand; millions and above keep бір.
            if (!(scale == 1 && group == 1))
            {
                AppendGroup(buffer, ref length, group);
            }

            if (scale > 0)
            {
                Append(buffer, ref length, Scales[scale]);
            }
        }

        return length;
    }

    private static void AppendGroup(Span<char> buffer, ref int length, int group)
    {
        int hundreds = group / 100;
        if (hundreds > 1)
        {
            Append(buffer, ref length, Units[hundreds]);
        }

        if (hundreds > 0)
        {
            Append(buffer, ref length, "жүз");
        }

        Append(buffer, ref length, Tens[group / 10 % 10]);
        Append(buffer, ref length, Units[group % 10]);
    }

    private static void Append(Span<char> buffer, ref int length, string word)
    {
        if (word.Length == 0)
        {
            return;
        }

        if (length > 0)
        {
            buffer[length++] = ' ';
        }

        word.AsSpan().CopyTo(buffer[length..]);
        length += word.Length;
    }

    /// <summary>The ordinal suffix of one number word, and how many of its letters stay (қырық keeps қырқ...).</summary>
    private static string OrdinalSuffix(ReadOnlySpan<char> word, out int keep)
    {
        keep = word.Length;
        if (word.SequenceEqual("жиырма"))
        {
            return "сыншы";
        }

        if (word.SequenceEqual("қырық"))
        {
            // The second ы drops before the suffix: қырық → қырқыншы.
            keep = word.Length - 2;
            return "қыншы";
        }

        bool back = KazakhPhonology.IsBack(word);
        return KazakhPhonology.Final(word) == KazakhPhonology.FinalSound.Vowel
            ? (back ? "ншы" : "нші")
            : (back ? "ыншы" : "інші");
    }

    /// <summary>|number| as an unsigned value, right for long.MinValue too.</summary>
    internal static ulong Magnitude(long number) => number < 0 ? (ulong)(-(number + 1)) + 1 : (ulong)number;

    private static void CheckNotNegative(long number)
    {
        if (number < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, $"Ordinal {number} is negative: ordinals number positions from zero up.");
        }
    }
}
