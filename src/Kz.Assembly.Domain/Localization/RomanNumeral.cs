using System;
using System.Collections.Immutable;
using System.Globalization;
using Kz.Assembly.Domain.Annotations;
using Kz.Assembly.Domain.Notation;
using Failure = Kz.Assembly.Domain.Notation.RomanNumeralGrammar.Failure;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// Roman numerals as real Kazakh and Russian text writes them. Parsing accepts, case-insensitively, the Latin letters,
/// their Cyrillic look-alikes (Х U+0425/U+0445, І U+0406/U+0456, С, М, Ѵ) and the Unicode Roman numeral block
/// U+2160..U+2188, so both numerals of the source article parse: <c>XXVIІ</c> (ending in a Cyrillic І) is 27 and
/// <c>ХХХІV</c> (Cyrillic ХХХІ, Latin V) is 34. A numeral followed by its value in brackets (<c>ХХХІV (34)</c>)
/// parses when the two agree. Only canonical forms in 1..3999 are accepted (<c>IIII</c> is not 4). Output is always
/// Latin. Parsing allocates nothing; thread-safe. The grammar (<c>Notation/RomanNumeralGrammar</c>) is the very source
/// the analyzers compile, so a numeral ASM0002 accepts is one this type reads.
/// </summary>
public static class RomanNumeral
{
    /// <summary>The smallest value a Roman numeral writes.</summary>
    public const int MinValue = RomanNumeralGrammar.MinValue;

    /// <summary>The largest value a canonical Roman numeral writes: MMMCMXCIX.</summary>
    public const int MaxValue = RomanNumeralGrammar.MaxValue;

    private const int MaxCanonicalLength = RomanNumeralGrammar.MaxCanonicalLength;

    private static readonly (int Value, string Symbol)[] Table =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

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

        return RomanNumeralGrammar.Read(text.AsSpan(), out value, out _, out _, out _) == Failure.None;
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
        Failure failure = RomanNumeralGrammar.Read(text.AsSpan(), out int value, out int numeralValue, out int position, out int bracketValue);
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

            string? latin = RomanNumeralGrammar.Expansion(text[i]);
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
