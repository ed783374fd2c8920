namespace Kz.Assembly.Domain.Notation;

/// <summary>
/// A count written in ASCII digits with its thousands grouped (39 500, 1 250 000, 39,500): a first group of one to
/// three digits, then groups of exactly three after a separator; a run with no separator is one group of any length.
/// The one grammar of written counts: the report reader's tokenizer and <c>QuantityPhrase</c> both read by it, each
/// naming the separators its text uses. Shared by source with the analyzers.
/// </summary>
internal static class GroupedDigits
{
    /// <summary>Reads the grouped digits at <paramref name="start"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the first digit stands.</param>
    /// <param name="separators">The characters that may separate groups.</param>
    /// <param name="value">The number, or -1 when it is larger than a <see cref="long"/> holds.</param>
    /// <returns>The index after the last digit read; <paramref name="start"/> when no digit stands there.</returns>
    internal static int Read(string text, int start, string separators, out long value)
    {
        int i = start;
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }

        if (i - start is >= 1 and <= 3)
        {
            while (i + 1 < text.Length && IsOneOf(separators, text[i]) && ThreeDigitsAt(text, i + 1))
            {
                i += 4;
            }
        }

        value = 0;
        for (int d = start; d < i && value >= 0; d++)
        {
            if (IsDigit(text[d]))
            {
                int digit = text[d] - '0';
                value = value > (long.MaxValue - digit) / 10 ? -1 : (value * 10) + digit;
            }
        }

        return i;
    }

    /// <summary>Whether exactly three digits stand at <paramref name="i"/>, with no fourth after them.</summary>
    internal static bool ThreeDigitsAt(string text, int i) =>
        i + 3 <= text.Length && IsDigit(text[i]) && IsDigit(text[i + 1]) && IsDigit(text[i + 2])
        && (i + 3 == text.Length || !IsDigit(text[i + 3]));

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    // A loop, not string.Contains(char): the analyzers build this file for netstandard2.0, which lacks it.
    private static bool IsOneOf(string characters, char c)
    {
        foreach (char candidate in characters)
        {
            if (candidate == c)
            {
                return true;
            }
        }

        return false;
    }
}
