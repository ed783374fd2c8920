using System;
using System.Collections.Immutable;
using System.Globalization;
using Kz.Assembly.Domain.Annotations;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// Roman numerals as real Kazakh and Russian text writes them. Parsing accepts, case-insensitively, the Latin letters,
/// their Cyrillic look-alikes (Х U+0425/U+0445, І U+0406/U+0456, С, М, Ѵ) and the Unicode Roman numeral block
/// U+2160..U+2188, so both numerals of the source article parse: <c>XXVIІ</c> (ending in a Cyrillic І) is 27 and
/// <c>ХХХІV</c> (Cyrillic ХХХІ, Latin V) is 34. A numeral followed by its value in brackets (<c>ХХХІV (34)</c>)
/// parses when the two agree. Only canonical forms in 1..3999 are accepted (<c>IIII</c> is not 4). Output is always
/// Latin. Parsing allocates nothing; thread-safe.
/// </summary>
public static class RomanNumeral
{
    /// <summary>The smallest value a Roman numeral writes.</summary>
    public const int MinValue = 1;

    /// <summary>The largest value a canonical Roman numeral writes: MMMCMXCIX.</summary>
    public const int MaxValue = 3999;

    // A canonical numeral of 1..3999 is at most 15 letters (MMMDCCCLXXXVIII); anything longer is rejected before that.
    private const int MaxCanonicalLength = 15;

    private static readonly (int Value, string Symbol)[] Table =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    private enum Failure
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

    /// <summary>Writes a value as a canonical Latin Roman numeral: 34 → <c>XXXIV</c>.</summary>
    /// <param name="value">The value, 1..3999.</param>
    /// <returns>The numeral.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 1..3999.</exception>
    public static string ToRoman([ValidRange(MinValue, MaxValue)] int value)
    {
        if (value is < MinValue or > MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} has no Roman numeral: canonical numerals write {MinValue}..{MaxValue}.");
        }

        Span<char> buffer = stackalloc char[MaxCanonicalLength];
        return new string(buffer[..Format(value, buffer)]);
    }

    /// <summary>Reads a Roman numeral, or returns false; never throws.</summary>
    /// <param name="text">The numeral, in any of the accepted scripts, optionally followed by its value in brackets.</param>
    /// <param name="value">The value, or 0.</param>
    /// <returns>Whether the text was a canonical numeral of 1..3999.</returns>
    public static bool TryParse(string? text, out int value)
    {
        if (text is null)
        {
            value = 0;
            return false;
        }

        return Parse(text.AsSpan(), out value, out _, out _, out _) == Failure.None;
    }

    /// <summary>Reads a Roman numeral, or returns false, and tells which characters were read as Latin letters.</summary>
    /// <param name="text">The numeral.</param>
    /// <param name="value">The value, or 0.</param>
    /// <param name="normalized">Every character that was not already a Latin capital I, V, X, L, C, D or M.</param>
    /// <returns>Whether the text was a canonical numeral of 1..3999.</returns>
    public static bool TryParse(string? text, out int value, out ImmutableArray<NormalizedCharacter> normalized)
    {
        normalized = FindNormalizedCharacters(text);
        return TryParse(text, out value);
    }

    /// <summary>Reads a Roman numeral.</summary>
    /// <param name="text">The numeral, in any of the accepted scripts, optionally followed by its value in brackets.</param>
    /// <returns>The value, 1..3999.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a canonical Roman numeral of 1..3999, or its bracketed value disagrees.</exception>
    public static int Parse([RomanNumeral] string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        Failure failure = Parse(text.AsSpan(), out int value, out int numeralValue, out int position, out int bracketValue);
        return failure == Failure.None ? value : throw new FormatException(Describe(text, failure, numeralValue, position, bracketValue));
    }

    /// <summary>Lists the characters of a text that a parse reads as Latin letters (look-alikes, lower case, U+2160 block).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The characters, in order; empty for pure Latin capitals or null.</returns>
    public static ImmutableArray<NormalizedCharacter> FindNormalizedCharacters(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        ImmutableArray<NormalizedCharacter>.Builder found = ImmutableArray.CreateBuilder<NormalizedCharacter>();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M')
            {
                continue;
            }

            string? latin = Latin(text[i]);
            if (latin is not null)
            {
                found.Add(new NormalizedCharacter(i, text[i], latin));
            }
        }

        return found.ToImmutable();
    }

    internal static int Format(int value, Span<char> destination)
    {
        int length = 0;
        foreach ((int part, string symbol) in Table)
        {
            while (value >= part)
            {
                symbol.AsSpan().CopyTo(destination[length..]);
                length += symbol.Length;
                value -= part;
            }
        }

        return length;
    }

    /// <summary>The Latin capitals a character stands for, or null when it is no Roman numeral character.</summary>
    internal static string? Latin(char c) => c switch
    {
        'I' or 'i' or 'І' or 'і' => "I",
        'V' or 'v' or 'Ѵ' or 'ѵ' => "V",
        'X' or 'x' or 'Х' or 'х' => "X",
        'L' or 'l' => "L",
        'C' or 'c' or 'С' or 'с' => "C",
        'D' or 'd' => "D",
        'M' or 'm' or 'М' or 'м' => "M",
        >= '\u2160' and <= '\u216F' => UnicodeNumeral(c - 0x2160),
        >= '\u2170' and <= '\u217F' => UnicodeNumeral(c - 0x2170),
        '\u2180' => "M",
        '\u2185' => "VI",
        '\u2186' => "L",
        _ => null,
    };

    private static string UnicodeNumeral(int offset) => offset switch
    {
        0 => "I", 1 => "II", 2 => "III", 3 => "IV", 4 => "V", 5 => "VI", 6 => "VII", 7 => "VIII",
        8 => "IX", 9 => "X", 10 => "XI", 11 => "XII", 12 => "L", 13 => "C", 14 => "D", _ => "M",
    };

    private static Failure Parse(ReadOnlySpan<char> text, out int value, out int numeralValue, out int position, out int bracketValue)
    {
        value = numeralValue = position = bracketValue = 0;
        text = text.Trim();
        int open = text.IndexOf('(');
        bool bracketed = open > 0 && text[^1] == ')';
        ReadOnlySpan<char> numeral = bracketed ? text[..open].TrimEnd() : text;

        Failure failure = ParseNumeral(numeral, out numeralValue, out position);
        if (failure != Failure.None)
        {
            return failure;
        }

        if (bracketed)
        {
            ReadOnlySpan<char> digits = text[(open + 1)..^1].Trim();
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out bracketValue))
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

    private static Failure ParseNumeral(ReadOnlySpan<char> numeral, out int value, out int position)
    {
        // Fast path: walk the canonical grammar M{0,3} (CM|CD|D?C{0,3}) (XC|XL|L?X{0,3}) (IX|IV|V?I{0,3}) once,
        // reading every character through the look-alike map. It accepts exactly the canonical numerals.
        position = 0;
        value = ParseCanonical(numeral, out int consumed);
        if (consumed == numeral.Length && value > 0)
        {
            return Failure.None;
        }

        // Slow path, only for failures and the Unicode block's many-letter characters (Ⅻ): expand, then say why.
        return ParseExpanded(numeral, out value, out position);
    }

    private static int ParseCanonical(ReadOnlySpan<char> numeral, out int position)
    {
        position = 0;
        int thousands = 0;
        while (thousands < 3 && position < numeral.Length && Single(numeral[position]) == 'M')
        {
            thousands++;
            position++;
        }

        return thousands * 1000
            + Digit(numeral, ref position, 'C', 'D', 'M') * 100
            + Digit(numeral, ref position, 'X', 'L', 'C') * 10
            + Digit(numeral, ref position, 'I', 'V', 'X');
    }

    /// <summary>Reads one decimal digit of a canonical numeral written with the letters for one, five and ten.</summary>
    private static int Digit(ReadOnlySpan<char> numeral, ref int position, char one, char five, char ten)
    {
        char first = position < numeral.Length ? Single(numeral[position]) : '\0';
        char second = position + 1 < numeral.Length ? Single(numeral[position + 1]) : '\0';
        int digit = 0;
        if (first == one && second == ten)
        {
            position += 2;
            return 9;
        }

        if (first == one && second == five)
        {
            position += 2;
            return 4;
        }

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

    /// <summary>The one Latin capital a character stands for; '\0' for none or for the Unicode block's many-letter characters.</summary>
    private static char Single(char c) => c switch
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

    private static Failure ParseExpanded(ReadOnlySpan<char> numeral, out int value, out int position)
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
                return Failure.OutsideRange;
            }

            string? letters = Latin(c);
            if (letters is null)
            {
                return Failure.InvalidCharacter;
            }

            if (length + letters.Length > MaxCanonicalLength)
            {
                return Failure.TooLong;
            }

            letters.AsSpan().CopyTo(latin[length..]);
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

        int canonicalLength = ParseCanonical(latin[..length], out int consumed);
        return consumed == length && canonicalLength == total ? Failure.None : Failure.NotCanonical;
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

    private static string Describe(string text, Failure failure, int numeralValue, int position, int bracketValue)
    {
        string trimmed = text.Trim();
        return failure switch
        {
            Failure.Empty => $"'{text}' is not a Roman numeral: it is empty.",
            Failure.InvalidCharacter => string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a Roman numeral: '{trimmed[position]}' (U+{(int)trimmed[position]:X4}) at position {position} is not I, V, X, L, C, D, M or a look-alike of one."),
            Failure.OutsideRange => $"'{text}' is outside the Roman numerals' range {MinValue}..{MaxValue}.",
            Failure.TooLong => $"'{text}' is not a canonical Roman numeral: no numeral of {MinValue}..{MaxValue} is longer than {MaxCanonicalLength} letters.",
            Failure.NotCanonical => string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a canonical Roman numeral: {numeralValue} is written {ToRoman(numeralValue)}."),
            Failure.BracketNotANumber => $"'{text}' has a bracketed part that is not a whole number in digits.",
            _ => string.Create(CultureInfo.InvariantCulture, $"'{text}' contradicts itself: the numeral reads {numeralValue} ({ToRoman(numeralValue)}) but the brackets say {bracketValue}."),
        };
    }
}
