using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using Kz.Assembly.Domain.Localization.Profiles;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// Reads a qualified count written as a phrase, in the forms <see cref="QuantityText"/> writes and the forms news
/// reports use: kk «39 мыңға жуық», «9000-ға жуық», «2 мыңнан аса», «кемінде 5», «100-ге дейін»; kk-Latn
/// «39 myñğa juyq»; ru «около 39 тысяч», «более 2 тысяч», «не менее 5», «до 100», «1,2 млн»; en «about 9,000»,
/// «more than 2 thousand», «1.2 million»; and the invariant «~39000». A single pass over the text with no regular
/// expression, so reading is linear in its length.
/// </summary>
public static class QuantityPhrase
{
    // The built-in languages' words: read in a phrase of any language, since reports quote each other.
    private static readonly LanguageProfile[] BuiltIn = [LanguageProfiles.Kazakh, LanguageProfiles.Russian, LanguageProfiles.English];

    private static readonly Lexicon BuiltInLexicon = new(BuiltIn);

    // A registered language's words come first in its own phrases: one lexicon per profile, built on first use.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LanguageProfile, Lexicon> Lexicons = new();

    // The built-in qualifier words with the space that joins them to the number; longest first (the reader's too).
    internal static (string Word, CountQualifier Qualifier)[] Leading => BuiltInLexicon.Leading;

    internal static (string Word, CountQualifier Qualifier)[] Trailing => BuiltInLexicon.Trailing;

    // The built-in scale words by stem; a Kazakh one may carry a case ending (мыңға, миллионнан), a Russian one its forms.
    internal static (string Stem, long Multiplier)[] Scales => BuiltInLexicon.Scales;

    /// <summary>The qualifier and scale words a phrase in a language is read with: the built-in languages', and a
    /// registered language's own first.</summary>
    internal static Lexicon LexiconOf(LanguageProfile language) =>
        Array.IndexOf(BuiltIn, language) >= 0 ? BuiltInLexicon : Lexicons.GetValue(language, profile => new Lexicon([profile, .. BuiltIn]));

    /// <summary>Reads a phrase; throws when it is not one.</summary>
    /// <param name="text">The phrase.</param>
    /// <param name="cultureName">Its language (<c>kk</c>, <c>kk-Latn</c>, <c>ru</c>, <c>en</c>): it decides whether
    /// a comma groups thousands (en) or marks decimals (kk, ru); any language's qualifier words are read.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a count phrase, or its number is not a whole count.</exception>
    public static QualifiedCount Parse(string text, string? cultureName)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return TryParse(text, cultureName, out QualifiedCount count)
            ? count
            : throw new FormatException($"'{text}' is not a count phrase (a number with an optional scale word such as мың, тысяч, thousand, and a qualifier such as жуық, около, about).");
    }

    /// <summary>Reads a phrase, or returns false; never throws.</summary>
    /// <param name="text">The phrase.</param>
    /// <param name="cultureName">Its language; see <see cref="Parse"/>.</param>
    /// <param name="count">The count, or zero.</param>
    /// <returns>Whether the text is a count phrase.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, string? cultureName, out QualifiedCount count)
    {
        count = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (QualifiedCount.TryParse(text, out count))
        {
            return true;
        }

        LanguageProfile language = LanguageProfiles.Resolve(cultureName);
        Lexicon lexicon = LexiconOf(language);
        string phrase = language.FromScript(text.Trim().ToLowerInvariant().Replace('\u00A0', ' ').Replace('\u202F', ' '));
        CountQualifier qualifier = CountQualifier.Exact;
        foreach ((string word, CountQualifier q) in lexicon.Leading)
        {
            if (phrase.StartsWith(word, StringComparison.Ordinal))
            {
                phrase = phrase[word.Length..];
                qualifier = q;
                break;
            }
        }

        foreach ((string word, CountQualifier q) in lexicon.Trailing)
        {
            if (qualifier == CountQualifier.Exact && phrase.EndsWith(word, StringComparison.Ordinal))
            {
                phrase = phrase[..^word.Length];
                qualifier = q;
                break;
            }
        }

        bool english = language.DecimalPoint == '.';
        return TryNumber(phrase, english, lexicon.Scales, out long value) && QualifiedCount.TryCreate(value, qualifier, out count);
    }

    /// <summary>Digits (grouped by spaces, or by commas in English), an optional decimal part, and then a scale word
    /// or a Kazakh case ending after a hyphen (9000-ға).</summary>
    private static bool TryNumber(string phrase, bool english, (string Stem, long Multiplier)[] scales, out long value)
    {
        value = 0;
        char point = english ? '.' : ',';

        // Digits grouped by spaces, or by commas in English: the one grammar of written counts.
        int i = Notation.GroupedDigits.Read(phrase, 0, english ? "," : " ", out long whole);
        if (i == 0 || whole < 0)
        {
            return false;
        }

        decimal number = whole;
        decimal scale = 1;
        if (i + 1 < phrase.Length && phrase[i] == point && char.IsAsciiDigit(phrase[i + 1]))
        {
            i++;
            while (i < phrase.Length && char.IsAsciiDigit(phrase[i]))
            {
                scale /= 10;
                number += (phrase[i] - '0') * scale;
                i++;
            }
        }

        ReadOnlySpan<char> rest = phrase.AsSpan(i);
        decimal multiplier = 1;
        if (rest.StartsWith("-", StringComparison.Ordinal))
        {
            // A Kazakh case ending written after digits: 9000-ға, 39 500-ден.
            if (rest.Length < 2 || !IsLetters(rest[1..]))
            {
                return false;
            }
        }
        else if (rest.StartsWith(" ", StringComparison.Ordinal))
        {
            if (!TryScale(rest[1..], scales, out multiplier))
            {
                return false;
            }
        }
        else if (!rest.IsEmpty)
        {
            return false;
        }

        decimal total = number * multiplier;
        if (total != decimal.Truncate(total) || total > long.MaxValue)
        {
            return false;
        }

        value = (long)total;
        return true;
    }

    private static bool TryScale(ReadOnlySpan<char> word, (string Stem, long Multiplier)[] scales, out decimal multiplier)
    {
        foreach ((string stem, long scale) in scales)
        {
            // The stem and then only letters (a case ending or a Russian form) or the abbreviation's dot.
            if (word.StartsWith(stem, StringComparison.Ordinal) && (IsLetters(word[stem.Length..]) || word[stem.Length..] is "."))
            {
                multiplier = scale;
                return true;
            }
        }

        multiplier = 0;
        return false;
    }

    private static bool IsLetters(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The qualifier and scale words of some languages, in the order a phrase is tried against them.</summary>
    internal sealed class Lexicon
    {
        internal Lexicon(LanguageProfile[] languages)
        {
            Leading = Words(languages, before: true);
            Trailing = Words(languages, before: false);
            Scales = [.. languages.SelectMany(language => language.ScaleWords).Select(scale => (scale.Stem, scale.Multiplier)).Distinct()];
        }

        internal (string Word, CountQualifier Qualifier)[] Leading { get; }

        internal (string Word, CountQualifier Qualifier)[] Trailing { get; }

        internal (string Stem, long Multiplier)[] Scales { get; }

        // Longest first, so that «более чем» is tried before «более»; a word two languages share is kept once.
        private static (string Word, CountQualifier Qualifier)[] Words(LanguageProfile[] languages, bool before) =>
            [.. languages.SelectMany(language => language.QualifierWords)
                .Where(word => word.Before == before)
                .Select(word => (before ? word.Word + " " : " " + word.Word, word.Qualifier))
                .Distinct()
                .OrderByDescending(word => word.Item1.Length)];
    }
}
