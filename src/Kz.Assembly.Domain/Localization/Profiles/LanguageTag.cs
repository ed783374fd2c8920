using System;
using System.Collections.Generic;

namespace Kz.Assembly.Domain.Localization.Profiles;

/// <summary>
/// The one rule that turns a culture name into the tags to try, most specific first: the name itself, then its
/// parents with subtags dropped from the end (<c>kk-Latn-KZ</c> → <c>kk-Latn</c> → <c>kk</c>), and before the bare
/// language the language with any script subtag the name carries (<c>kk-KZ-Latn</c> → <c>kk-Latn</c>). Underscores
/// count as hyphens and case is ignored, so it works on the name alone, under <c>InvariantGlobalization</c> too.
/// </summary>
internal static class LanguageTag
{
    /// <summary>Lists the candidate tags of a culture name, normalised to hyphens; none for a null or empty name.</summary>
    internal static List<string> Candidates(string? cultureName)
    {
        var candidates = new List<string>(4);
        if (string.IsNullOrEmpty(cultureName))
        {
            return candidates;
        }

        string name = cultureName.Replace('_', '-');
        string[] subtags = name.Split('-');
        for (int length = subtags.Length; length >= 1; length--)
        {
            if (length == 1)
            {
                foreach (string subtag in subtags.AsSpan(1))
                {
                    if (IsScript(subtag))
                    {
                        candidates.Add(subtags[0] + "-" + subtag);
                    }
                }
            }

            candidates.Add(string.Join('-', subtags, 0, length));
        }

        return candidates;
    }

    /// <summary>Whether a tag is a language subtag (2–3 letters) optionally followed by a script subtag (4 letters).</summary>
    internal static bool IsLanguageWithScript(string tag)
    {
        string[] subtags = tag.Split('-');
        return subtags.Length is 1 or 2 && IsLetters(subtags[0], 2, 3) && (subtags.Length == 1 || IsScript(subtags[1]));
    }

    private static bool IsScript(string subtag) => IsLetters(subtag, 4, 4);

    private static bool IsLetters(string subtag, int min, int max)
    {
        if (subtag.Length < min || subtag.Length > max)
        {
            return false;
        }

        foreach (char c in subtag)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
