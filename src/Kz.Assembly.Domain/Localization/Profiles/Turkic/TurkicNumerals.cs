using System;
using System.Collections.Generic;
using System.Linq;

namespace Kz.Assembly.Domain.Localization.Profiles;

/// <summary>
/// Number words of a Turkic language from its tables: units, tens, the hundred and the scale words, joined the way
/// Kazakh and Kyrgyz join them (34 отыз төрт / отуз төрт; the hundred and one thousand stand without «one»: жүз, мың;
/// a million and above keep it: бір миллион). Ordinals put one suffix on the last word only. Immutable and thread-safe.
/// </summary>
public sealed class TurkicNumerals
{
    // A long has seven groups of three digits (the quintillions to the units).
    private const int ScaleGroups = 7;

    // A buffer of a constant size lives on the stack (Kazakh's longest long needs 251 characters); longer tables of
    // words take one from the heap.
    private const int StackLength = 320;

    private readonly string[] units;
    private readonly string[] tens;
    private readonly string hundred;
    private readonly string[] scales;
    private readonly string zero;
    private readonly string minus;

    /// <summary>Creates the tables.</summary>
    /// <param name="units">The words for 1 to 9.</param>
    /// <param name="tens">The words for 10, 20 … 90.</param>
    /// <param name="hundred">The word for a hundred.</param>
    /// <param name="scales">The words for a thousand, a million and on, up to a quintillion (six).</param>
    /// <param name="zero">The word for zero.</param>
    /// <param name="minus">The word before a negative number.</param>
    /// <exception cref="ArgumentNullException">An argument or a word is null.</exception>
    /// <exception cref="ArgumentException">A table has the wrong length, or a word is blank.</exception>
    public TurkicNumerals(IReadOnlyList<string> units, IReadOnlyList<string> tens, string hundred, IReadOnlyList<string> scales, string zero, string minus)
    {
        this.units = ["", .. Table(units, 9, nameof(units))];
        this.tens = ["", .. Table(tens, 9, nameof(tens))];
        this.scales = ["", .. Table(scales, 6, nameof(scales))];
        this.hundred = Table([hundred], 1, nameof(hundred))[0];
        this.zero = Table([zero], 1, nameof(zero))[0];
        this.minus = Table([minus], 1, nameof(minus))[0];
        // The longest words: «minus», then seven groups of at most unit, hundred, ten, unit and scale, each with a space.
        static int Longest(string[] words) => words.Max(word => word.Length) + 1;
        int group = Longest(this.units) + this.hundred.Length + 1 + Longest(this.tens) + Longest(this.units) + Longest(this.scales);
        BufferLength = Math.Max(this.zero.Length, this.minus.Length + 1 + (ScaleGroups * group));
    }

    /// <summary>Gets a buffer length that holds any number's words.</summary>
    internal int BufferLength { get; }

    /// <summary>Writes a number in words: 34 → «отыз төрт», 1000 → «мың», -5 → «минус бес».</summary>
    /// <param name="number">Any number.</param>
    /// <returns>The words, separated by single spaces.</returns>
    public string Words(long number)
    {
        Span<char> buffer = BufferLength <= StackLength ? stackalloc char[StackLength] : new char[BufferLength];
        return new string(buffer[..WriteWords(number, buffer)]);
    }

    /// <summary>Writes an ordinal in words, the suffix on the last word only (жиырма бірінші, тогузунчу).</summary>
    /// <param name="number">The position, not negative.</param>
    /// <param name="suffix">The ordinal suffix's table.</param>
    /// <param name="irregular">Last words whose ordinal is not the word and the suffix (Kazakh қырық → қырқыншы), or null.</param>
    /// <returns>The ordinal words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="suffix"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is negative.</exception>
    public string OrdinalWords(long number, TurkicSuffix suffix, IReadOnlyDictionary<string, string>? irregular = null)
    {
        Preconditions.CheckNotNull(suffix, nameof(suffix));
        if (number < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, $"Ordinal {number} is negative: ordinals number positions from zero up.");
        }

        Span<char> buffer = BufferLength <= StackLength ? stackalloc char[StackLength] : new char[BufferLength];
        int length = WriteWords(number, buffer);
        int lastWordStart = buffer[..length].LastIndexOf(' ') + 1;
        ReadOnlySpan<char> lastWord = buffer[lastWordStart..length];
        if (irregular is not null)
        {
            foreach (KeyValuePair<string, string> entry in irregular)
            {
                if (lastWord.SequenceEqual(entry.Key))
                {
                    return string.Concat(buffer[..lastWordStart], entry.Value);
                }
            }
        }

        return string.Concat(buffer[..length], suffix.For(lastWord));
    }

    /// <summary>Gets the last word a number is spoken with (9000 → мың, 2025 → бес): the word its endings agree with.</summary>
    /// <param name="number">Any number.</param>
    /// <returns>The word.</returns>
    public string LastWord(long number)
    {
        ulong magnitude = Magnitude(number);
        if (magnitude == 0)
        {
            return zero;
        }

        ulong lowest = magnitude % 1000;
        if (lowest != 0)
        {
            return lowest % 10 != 0 ? units[lowest % 10] : lowest % 100 != 0 ? tens[lowest / 10 % 10] : hundred;
        }

        int scale = 0;
        while (magnitude % 1000 == 0)
        {
            magnitude /= 1000;
            scale++;
        }

        return scales[scale];
    }

    /// <summary>|number| as an unsigned value, right for long.MinValue too.</summary>
    internal static ulong Magnitude(long number) => number < 0 ? (ulong)(-(number + 1)) + 1 : (ulong)number;

    /// <summary>Writes the words into a buffer of at least <see cref="BufferLength"/> characters, with no allocation; returns their length.</summary>
    internal int WriteWords(long number, Span<char> buffer)
    {
        ulong magnitude = Magnitude(number);
        if (magnitude == 0)
        {
            zero.AsSpan().CopyTo(buffer);
            return zero.Length;
        }

        int length = 0;
        if (number < 0)
        {
            Append(buffer, ref length, minus);
        }

        ulong divisor = 1_000_000_000_000_000_000;
        for (int scale = 6; scale >= 0; scale--, divisor /= 1000)
        {
            int group = (int)(magnitude / divisor % 1000);
            if (group == 0)
            {
                continue;
            }

            // A thousand stands alone for exactly one thousand; a million and above keep «one».
            if (!(scale == 1 && group == 1))
            {
                AppendGroup(buffer, ref length, group);
            }

            if (scale > 0)
            {
                Append(buffer, ref length, scales[scale]);
            }
        }

        return length;
    }

    private void AppendGroup(Span<char> buffer, ref int length, int group)
    {
        int hundreds = group / 100;
        if (hundreds > 1)
        {
            Append(buffer, ref length, units[hundreds]);
        }

        if (hundreds > 0)
        {
            Append(buffer, ref length, hundred);
        }

        Append(buffer, ref length, tens[group / 10 % 10]);
        Append(buffer, ref length, units[group % 10]);
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

    private static string[] Table(IReadOnlyList<string> words, int count, string parameter)
    {
        Preconditions.CheckNotNull(words, parameter);
        if (words.Count != count)
        {
            throw new ArgumentException($"The table needs {count} words; {words.Count} given.", parameter);
        }

        foreach (string word in words)
        {
            Preconditions.CheckNotNull(word, parameter);
            if (string.IsNullOrWhiteSpace(word) || word.Length > 40)
            {
                throw new ArgumentException($"The number word «{word}» must be a word of 1 to 40 letters.", parameter);
            }
        }

        return [.. words];
    }
}
