using System;
using System.Text;

namespace Kz.Assembly.Domain.Notation;

/// <summary>
/// Roman numerals as real Kazakh and Russian text writes them: the Latin letters in either case, their Cyrillic
/// look-alikes (Х, І, С, М, Ѵ) and the Unicode numeral block U+2160..U+2188; only canonical numerals of 1..3999, with an
/// optional value in brackets that must agree (<c>ХХХІV (34)</c>). The one grammar behind the library's
/// <c>RomanNumeral</c> and <c>SessionNumber</c> at run time and the analyzers' ASM0002, ASM0003 and ASM0010 at compile
/// time, shared by source so the two cannot disagree. Written in what netstandard2.0 compiles (no ranges); allocates
/// nothing on the way to a valid numeral.
/// </summary>
internal static class RomanNumeralGrammar
{
    /// <summary>The smallest value a Roman numeral writes.</summary>
    internal const int MinValue = 1;

    /// <summary>The largest value a canonical Roman numeral writes: MMMCMXCIX.</summary>
    internal const int MaxValue = 3999;

    /// <summary>A canonical numeral of 1..3999 is at most 15 letters (MMMDCCCLXXXVIII).</summary>
    internal const int MaxCanonicalLength = 15;

    /// <summary>Why a text is not a numeral.</summary>
    internal enum Failure
    {
        None,
        Empty,
        InvalidCharacter,
        OutsideRange,
        TooLong,
        NotCanonical,
        BracketNotANumber,
        BracketDisagrees,
    }

    // The Cyrillic letters written for numeral letters, and those letters, position by position, case kept.
    private const string CyrillicLetters = "ХхІіСсМмѴѵ";
    private const string LatinLetters = "XxIiCcMmVv";

    /// <summary>Whether a character is a Cyrillic look-alike of a numeral letter.</summary>
#pragma warning disable CA2249 // string.Contains(char) is not in netstandard2.0, for which the analyzers compile this file
    internal static bool IsCyrillicLookAlike(char c) => CyrillicLetters.IndexOf(c) >= 0;
#pragma warning restore CA2249

    /// <summary>Whether a numeral mixes Latin letters with Cyrillic look-alikes (<c>ХХХІV</c>).</summary>
    internal static bool IsMixed(string text)
    {
        bool latin = false, cyrillic = false;
        foreach (char c in text)
        {
            latin |= LookAlikeLetters.IsLatinLetter(c);
            cyrillic |= IsCyrillicLookAlike(c);
        }

        return latin && cyrillic;
    }

    /// <summary>
    /// The numeral in Latin letters, each character's case kept (<c>Хі</c> → <c>Xi</c>), the Unicode block's characters
    /// spelled out (<c>Ⅻ</c> → <c>XII</c>); any other character is left as it is.
    /// </summary>
    internal static string ToLatinLetters(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            int cyrillic = CyrillicLetters.IndexOf(c);
            if (cyrillic >= 0)
            {
                result.Append(LatinLetters[cyrillic]);
            }
            else
            {
                result.Append(c is >= '\u2160' and <= '\u2188' ? Expansion(c) ?? c.ToString() : c.ToString());
            }
        }

        return result.ToString();
    }

    /// <summary>The Latin capitals a character stands for, or null when it is no numeral character.</summary>
    internal static string? Expansion(char c) => c switch
    {
        >= '\u2160' and <= '\u216F' => UnicodeNumeral(c - 0x2160),
        >= '\u2170' and <= '\u217F' => UnicodeNumeral(c - 0x2170),
        '\u2180' => "M",
        '\u2185' => "VI",
        '\u2186' => "L",
        _ => Single(c) switch
        {
            'I' => "I", 'V' => "V", 'X' => "X", 'L' => "L", 'C' => "C", 'D' => "D", 'M' => "M",
            _ => null,
        },
    };

    /// <summary>The one Latin capital a character stands for; '\0' for none or for the Unicode block's many-letter characters.</summary>
    internal static char Single(char c) => c switch
    {
        'I' or 'i' or 'І' or 'і' or '\u2160' or '\u2170' => 'I',
        'V' or 'v' or 'Ѵ' or 'ѵ' or '\u2164' or '\u2174' => 'V',
        'X' or 'x' or 'Х' or 'х' or '\u2169' or '\u2179' => 'X',
        'L' or 'l' or '\u216C' or '\u217C' or '\u2186' => 'L',
        'C' or 'c' or 'С' or 'с' or '\u216D' or '\u217D' => 'C',
        'D' or 'd' or '\u216E' or '\u217E' => 'D',
        'M' or 'm' or 'М' or 'м' or '\u216F' or '\u217F' or '\u2180' => 'M',
        _ => '\0',
    };

    /// <summary>
    /// Reads a numeral, optionally followed by its value in brackets. <paramref name="numeralValue"/> is what the
    /// numeral alone read as, <paramref name="position"/> where reading stopped, <paramref name="bracketValue"/> what
    /// the brackets said: enough for a message that says why.
    /// </summary>
    internal static Failure Read(ReadOnlySpan<char> text, out int value, out int numeralValue, out int position, out int bracketValue)
    {
        value = numeralValue = position = bracketValue = 0;
        text = text.Trim();
        int open = text.IndexOf('(');
        bool bracketed = open > 0 && text[text.Length - 1] == ')';
        ReadOnlySpan<char> numeral = bracketed ? text.Slice(0, open).TrimEnd() : text;

        Failure failure = ReadNumeral(numeral, out numeralValue, out position);
        if (failure != Failure.None)
        {
            return failure;
        }

        if (bracketed)
        {
            if (!AsciiDigits.TryRead(text.Slice(open + 1, text.Length - open - 2).Trim(), out bracketValue))
            {
                return Failure.BracketNotANumber;
            }

            if (bracketValue != numeralValue)
            {
                return Failure.BracketDisagrees;
            }
        }

        value = numeralValue;
        return Failure.None;
    }

    /// <summary>Whether the text is a numeral of 1..3999 as <see cref="Read"/> reads it.</summary>
    internal static bool IsValid(string text, out int value) => Read(text.AsSpan(), out value, out _, out _, out _) == Failure.None;

    /// <summary>Whether the text is a value a numeral writes (1..3999) in ASCII digits: the other form session numbers take.</summary>
    internal static bool IsValidDigits(string text, out int value) =>
        AsciiDigits.TryRead(text.AsSpan(), out value) && value is >= MinValue and <= MaxValue;

    private static Failure ReadNumeral(ReadOnlySpan<char> numeral, out int value, out int position)
    {
        // Fast path: walk the canonical grammar M{0,3} (CM|CD|D?C{0,3}) (XC|XL|L?X{0,3}) (IX|IV|V?I{0,3}) once,
        // reading every character through the look-alike map. It accepts exactly the canonical numerals.
        position = 0;
        value = ReadCanonical(numeral, out int consumed);
        if (consumed == numeral.Length && value > 0)
        {
            return Failure.None;
        }

        // Slow path, only for failures and the Unicode block's many-letter characters (Ⅻ): expand, then say why.
        return ReadExpanded(numeral, out value, out position);
    }

    private static int ReadCanonical(ReadOnlySpan<char> numeral, out int position)
    {
        position = 0;
        int thousands = 0;
        while (thousands < 3 && position < numeral.Length && Single(numeral[position]) == 'M')
        {
            thousands++;
            position++;
        }

        return (thousands * 1000)
            + (Digit(numeral, ref position, 'C', 'D', 'M') * 100)
            + (Digit(numeral, ref position, 'X', 'L', 'C') * 10)
            + Digit(numeral, ref position, 'I', 'V', 'X');
    }

    /// <summary>Reads one decimal digit of a canonical numeral written with the letters for one, five and ten.</summary>
    private static int Digit(ReadOnlySpan<char> numeral, ref int position, char one, char five, char ten)
    {
        char first = position < numeral.Length ? Single(numeral[position]) : '\0';
        char second = position + 1 < numeral.Length ? Single(numeral[position + 1]) : '\0';
        if (first == one && (second == ten || second == five))
        {
            position += 2;
            return second == ten ? 9 : 4;
        }

        int digit = 0;
        if (first == five)
        {
            position++;
            digit = 5;
        }

        for (int ones = 0; ones < 3 && position < numeral.Length && Single(numeral[position]) == one; ones++)
        {
            position++;
            digit++;
        }

        return digit;
    }

    private static Failure ReadExpanded(ReadOnlySpan<char> numeral, out int value, out int position)
    {
        value = 0;
        position = 0;
        if (numeral.IsEmpty)
        {
            return Failure.Empty;
        }

        Span<char> latin = stackalloc char[MaxCanonicalLength];
        int length = 0;
        for (int i = 0; i < numeral.Length; i++)
        {
            position = i;
            char c = numeral[i];
            if (c is '\u2181' or '\u2182' or '\u2187' or '\u2188')
            {
                return Failure.OutsideRange; // 5000, 10000, 50000, 100000
            }

            string? letters = Expansion(c);
            if (letters is null)
            {
                return Failure.InvalidCharacter;
            }

            if (length + letters.Length > MaxCanonicalLength)
            {
                return Failure.TooLong;
            }

            letters.AsSpan().CopyTo(latin.Slice(length));
            length += letters.Length;
        }

        int total = 0;
        for (int i = 0; i < length; i++)
        {
            int current = LetterValue(latin[i]);
            int next = i + 1 < length ? LetterValue(latin[i + 1]) : 0;
            total += current < next ? -current : current;
        }

        value = total;
        if (total is < MinValue or > MaxValue)
        {
            return Failure.OutsideRange;
        }

        int canonical = ReadCanonical(latin.Slice(0, length), out int consumed);
        return consumed == length && canonical == total ? Failure.None : Failure.NotCanonical;
    }

    private static int LetterValue(char latin) => latin switch
    {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        _ => 1000,
    };

    private static string UnicodeNumeral(int offset) => offset switch
    {
        0 => "I", 1 => "II", 2 => "III", 3 => "IV", 4 => "V", 5 => "VI", 6 => "VII", 7 => "VIII",
        8 => "IX", 9 => "X", 10 => "XI", 11 => "XII", 12 => "L", 13 => "C", 14 => "D", _ => "M",
    };
}
