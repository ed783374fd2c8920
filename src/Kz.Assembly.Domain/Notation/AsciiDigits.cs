using System;

namespace Kz.Assembly.Domain.Notation;

/// <summary>
/// A whole number written in ASCII digits and nothing else: no sign, no space, no other script's digits, no trailing
/// NUL (which <c>int.TryParse</c> accepts, so "27\0" would read as 27). Shared by source with the analyzers.
/// </summary>
internal static class AsciiDigits
{
    /// <summary>Reads the digits; a run too long for an int reads as <see cref="int.MaxValue"/>, which no bounded value takes.</summary>
    internal static bool TryRead(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                value = 0;
                return false;
            }

            value = value > (int.MaxValue - 9) / 10 ? int.MaxValue : (value * 10) + (c - '0');
        }

        return true;
    }
}
