using System.Text;

namespace Kz.Assembly.Domain.Analyzers;

/// <summary>
/// Latin/Cyrillic look-alikes and the canonical Roman numeral grammar, for the rules on string literals. The
/// library's <c>RomanNumeral</c> follows the same rules at run time; analyzers cannot reference it.
/// </summary>
internal static class Scripts
{
    // Latin letter → the Cyrillic letter that looks the same, and back.
    private const string Latin = "AaBCcEeHKMOoPpTXxyIi";
    private const string Cyrillic = "АаВСсЕеНКМОоРрТХхуІі";

    public static bool IsLatinLetter(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    public static bool IsCyrillicLetter(char c) => c is >= '\u0400' and <= '\u04FF';

    /// <summary>Whether some word (a run of letters: any other character separates words, so <c>Жастар/Youth</c> is two
    /// words) holds both Latin and Cyrillic letters.</summary>
    public static bool HasMixedWord(string text)
    {
        bool latin = false, cyrillic = false;
        foreach (char c in text)
        {
            if (!char.IsLetter(c))
            {
                if (latin && cyrillic)
                {
                    return true;
                }

                latin = cyrillic = false;
                continue;
            }

            latin |= IsLatinLetter(c);
            cyrillic |= IsCyrillicLetter(c);
        }

        return latin && cyrillic;
    }

    /// <summary>Rewrites each mixed word in the script most of its letters use, swapping look-alikes only.</summary>
    public static string ToSingleScript(string text)
    {
        var result = new StringBuilder(text.Length);
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || !char.IsLetter(text[i]))
            {
                result.Append(NormalizeWord(text.Substring(start, i - start)));
                if (i < text.Length)
                {
                    result.Append(text[i]);
                }

                start = i + 1;
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// Rewrites a Roman numeral in Latin letters: Cyrillic look-alikes, and the Unicode numeral characters (U+2160..U+2186,
    /// <c>Ⅻ</c> is <c>XII</c>) that the library's <c>RomanNumeral.Parse</c> accepts too; the same map as the library's,
    /// so the rule and the run time agree on every constant.
    /// </summary>
    public static string RomanToLatin(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            result.Append(c switch
            {
                'Х' => "X", 'х' => "x", 'І' => "I", 'і' => "i", 'С' => "C", 'с' => "c", 'М' => "M", 'м' => "m", 'Ѵ' => "V", 'ѵ' => "v",
                >= '\u2160' and <= '\u216F' => UnicodeNumeral(c - 0x2160),
                >= '\u2170' and <= '\u217F' => UnicodeNumeral(c - 0x2170),
                '\u2180' => "M",
                '\u2185' => "VI",
                '\u2186' => "L",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }

    private static string UnicodeNumeral(int offset) => offset switch
    {
        0 => "I", 1 => "II", 2 => "III", 3 => "IV", 4 => "V", 5 => "VI", 6 => "VII", 7 => "VIII",
        8 => "IX", 9 => "X", 10 => "XI", 11 => "XII", 12 => "L", 13 => "C", 14 => "D", _ => "M",
    };

    /// <summary>Whether a Roman numeral mixes Latin letters with Cyrillic look-alikes (ХХХІV).</summary>
    public static bool IsMixedRoman(string text)
    {
        bool latin = false, cyrillic = false;
        foreach (char c in text)
        {
            latin |= IsLatinLetter(c);
            cyrillic |= c is 'Х' or 'х' or 'І' or 'і' or 'С' or 'с' or 'М' or 'м' or 'Ѵ' or 'ѵ';
        }

        return latin && cyrillic;
    }

    /// <summary>Whether the text is ASCII digits only (no sign, space or NUL) of a number 1..3999, as SessionNumber.Parse reads them.</summary>
    public static bool IsValidDigits(string text)
    {
        if (text.Length == 0 || text.Length > 9)
        {
            return false;
        }

        int value = 0;
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return value is >= 1 and <= 3999;
    }

    /// <summary>Whether the text is a canonical numeral of 1..3999 in any accepted script, optionally with its value in brackets.</summary>
    public static bool IsValidRoman(string text, out int value)
    {
        value = 0;
        string trimmed = text.Trim();
        int open = trimmed.IndexOf('(');
        string numeral = open > 0 && trimmed.EndsWith(")", System.StringComparison.Ordinal) ? trimmed.Substring(0, open).TrimEnd() : trimmed;
        string latin = RomanToLatin(numeral).ToUpperInvariant();
        int position = 0;
        int thousands = 0;
        while (thousands < 3 && position < latin.Length && latin[position] == 'M')
        {
            thousands++;
            position++;
        }

        value = (thousands * 1000) + (Digit(latin, ref position, 'C', 'D', 'M') * 100) + (Digit(latin, ref position, 'X', 'L', 'C') * 10) + Digit(latin, ref position, 'I', 'V', 'X');
        if (position != latin.Length || value == 0)
        {
            return false;
        }

        if (numeral.Length == trimmed.Length)
        {
            return true;
        }

        string bracket = trimmed.Substring(open + 1, trimmed.Length - open - 2).Trim();
        return int.TryParse(bracket, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int stated) && stated == value;
    }

    private static int Digit(string numeral, ref int position, char one, char five, char ten)
    {
        char first = position < numeral.Length ? numeral[position] : '\0';
        char second = position + 1 < numeral.Length ? numeral[position + 1] : '\0';
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

        for (int ones = 0; ones < 3 && position < numeral.Length && numeral[position] == one; ones++)
        {
            position++;
            digit++;
        }

        return digit;
    }

    private static string NormalizeWord(string word)
    {
        int latin = 0, cyrillic = 0;
        foreach (char c in word)
        {
            latin += IsLatinLetter(c) ? 1 : 0;
            cyrillic += IsCyrillicLetter(c) ? 1 : 0;
        }

        if (latin == 0 || cyrillic == 0)
        {
            return word;
        }

        bool toCyrillic = cyrillic >= latin;
        var result = new StringBuilder(word.Length);
        foreach (char c in word)
        {
            int index = toCyrillic ? Latin.IndexOf(c) : Cyrillic.IndexOf(c);
            result.Append(index < 0 ? c : toCyrillic ? Cyrillic[index] : Latin[index]);
        }

        return result.ToString();
    }
}
