using System;
using System.Globalization;
using System.Text;

namespace Kz.Assembly.Domain.Identity;

/// <summary>The one rule for id slugs, and the derivation of a slug from a natural key.</summary>
internal static class IdSlug
{
    internal const int MaxLength = 100;

    internal static bool IsValid(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > MaxLength || text[0] == '-' || text[^1] == '-')
        {
            return false;
        }

        foreach (char c in text)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }

    internal static string Explain(string text, string entity) =>
        $"'{text}' is not an id of a {entity}: use 1..{MaxLength} lower-case Latin letters, digits and inner hyphens (for example apk-kz-61).";

    internal static string Derive(string[] parts)
    {
        var slug = new StringBuilder();
        foreach (string part in parts)
        {
            string piece = Slugify(part);
            if (piece.Length == 0)
            {
                piece = Hash(part);
            }

            if (slug.Length > 0)
            {
                slug.Append('-');
            }

            slug.Append(piece);
        }

        // A long natural key keeps its start, readable, and a hash of the whole, unique.
        string result = slug.ToString();
        return result.Length <= MaxLength ? result : result[..(MaxLength - 17)].TrimEnd('-') + "-" + Hash(result);
    }

    /// <summary>A stable 16-hex-digit FNV-1a hash: the same text gives the same id in every process and version, and
    /// 64 bits keep two different facts of one body, day and kind from sharing an id.</summary>
    internal static string Hash(string text)
    {
        ulong hash = 14695981039346656037;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 1099511628211;
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }

    private static string Slugify(string text)
    {
        var slug = new StringBuilder(text.Length);
        bool pendingHyphen = false;
        foreach (char c in text)
        {
            char lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                pendingHyphen = false;
                slug.Append(lower);
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return slug.ToString();
    }
}
