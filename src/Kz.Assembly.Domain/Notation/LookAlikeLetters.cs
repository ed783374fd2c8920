using System.Text;

namespace Kz.Assembly.Domain.Notation;

/// <summary>
/// Latin and Cyrillic letters drawn alike, the one table behind every place that meets them: the analyzers' ASM0003 and
/// its fix (a word typed in two scripts), the reader (a Russian word typed with Latin <c>e</c> and <c>p</c>) and the
/// Roman numerals (<see cref="RomanNumeralGrammar"/>). Shared by source with the analyzers.
/// </summary>
internal static class LookAlikeLetters
{
    // Position by position, a Latin letter and the Cyrillic letter of the same shape, capitals and small letters apart
    // (the capitals K, M, T, B, H match; their small letters do not quite, and are not listed).
    private const string Latin = "AaBCcEeHIiKMOoPpTXxy";
    private const string Cyrillic = "АаВСсЕеНІіКМОоРрТХху";

    /// <summary>Whether the character is a basic Latin letter.</summary>
    internal static bool IsLatinLetter(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    /// <summary>Whether the character is in the Cyrillic block (Kazakh letters included).</summary>
    internal static bool IsCyrillicLetter(char c) => c is >= '\u0400' and <= '\u04FF';

    /// <summary>The Cyrillic letter drawn like a Latin one, or the letter itself.</summary>
    internal static char ToCyrillic(char latin)
    {
        int index = Latin.IndexOf(latin);
        return index < 0 ? latin : Cyrillic[index];
    }

    /// <summary>The Latin letter drawn like a Cyrillic one, or the letter itself.</summary>
    internal static char ToLatin(char cyrillic)
    {
        int index = Cyrillic.IndexOf(cyrillic);
        return index < 0 ? cyrillic : Latin[index];
    }

    /// <summary>
    /// For text already in small letters: the Cyrillic small letter that a Latin small letter stands for when either it
    /// or its capital looks like one (<c>e</c> → <c>е</c>, and <c>k</c> → <c>к</c> because <c>K</c> looks like <c>К</c>).
    /// </summary>
    internal static char ToCyrillicFolded(char latinSmall)
    {
        int index = Latin.IndexOf(latinSmall);
        if (index < 0)
        {
            index = Latin.IndexOf(char.ToUpperInvariant(latinSmall));
        }

        return index < 0 ? latinSmall : char.ToLowerInvariant(Cyrillic[index]);
    }

    /// <summary>Whether some word (a run of letters: any other character separates words, so <c>Жастар/Youth</c> is two
    /// words) holds both Latin and Cyrillic letters.</summary>
    internal static bool HasMixedWord(string text)
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
    internal static string ToSingleScript(string text)
    {
        var result = new StringBuilder(text.Length);
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || !char.IsLetter(text[i]))
            {
                result.Append(SingleScriptWord(text.Substring(start, i - start)));
                if (i < text.Length)
                {
                    result.Append(text[i]);
                }

                start = i + 1;
            }
        }

        return result.ToString();
    }

    private static string SingleScriptWord(string word)
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
            result.Append(toCyrillic ? ToCyrillic(c) : ToLatin(c));
        }

        return result.ToString();
    }
}
