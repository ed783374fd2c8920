using System;
using System.Collections.Generic;

namespace Kz.Assembly.Domain.Reading.Recognizers;

/// <summary>
/// Session numbers written as ordinal words: «отыз бесінші сессиясы», «тридцать пятой сессии», «the thirty-fifth
/// session». Read backwards from the word before «сессия»: the ordinal word itself (its last part), then at most one
/// word of tens before it. Numbers above 99 are written in numerals in every report the reader has seen.
/// </summary>
internal static class OrdinalWords
{
    // Russian ordinal stems, longest first so «пятнадцат» is not read as «пят»; any adjective ending may follow.
    private static readonly (string Stem, int Value)[] Russian =
    [
        ("девятнадцат", 19), ("восемнадцат", 18), ("семнадцат", 17), ("шестнадцат", 16), ("пятнадцат", 15),
        ("четырнадцат", 14), ("тринадцат", 13), ("двенадцат", 12), ("одиннадцат", 11),
        ("восьмидесят", 80), ("семидесят", 70), ("шестидесят", 60), ("пятидесят", 50), ("девяност", 90), ("сороков", 40),
        ("тридцат", 30), ("двадцат", 20), ("десят", 10),
        ("четверт", 4), ("четвёрт", 4), ("девят", 9), ("восьм", 8), ("седьм", 7), ("шест", 6), ("пят", 5), ("трет", 3), ("втор", 2), ("перв", 1),
    ];

    private static readonly (string Word, int Value)[] RussianTens =
    [
        ("двадцать", 20), ("тридцать", 30), ("сорок", 40), ("пятьдесят", 50), ("шестьдесят", 60), ("семьдесят", 70), ("восемьдесят", 80), ("девяносто", 90),
    ];

    private static readonly Dictionary<string, int> English = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9,
        ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16,
        ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50,
        ["sixtieth"] = 60, ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90,
    };

    private static readonly Dictionary<string, int> EnglishTens = new(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    // Kazakh ordinal suffixes after the cardinal: бес-інші, алты-ншы, екі-нші, он-ыншы, жиырма-сыншы.
    private static readonly string[] KazakhSuffixes = ["сыншы", "сінші", "інші", "ыншы", "нші", "ншы"];

    /// <summary>The ordinal a word states by itself (the units or a round ten), or null.</summary>
    public static int? Ordinal(string word, IReadOnlyDictionary<string, long> cardinals)
    {
        // «thirty-fifth» is one token: its last part is the ordinal, the first the tens.
        int hyphen = word.LastIndexOf('-');
        if (hyphen > 0 && hyphen < word.Length - 1 && Tens(word[..hyphen], cardinals) is { } tens && Ordinal(word[(hyphen + 1)..], cardinals) is { } units && units < 10)
        {
            return tens + units;
        }

        if (English.TryGetValue(word, out int english))
        {
            return english;
        }

        foreach ((string stem, int value) in Russian)
        {
            if (word.Length > stem.Length && word.StartsWith(stem, StringComparison.Ordinal) && word.Length - stem.Length <= 4
                && "аоуыиеёьюя".Contains(word[stem.Length], StringComparison.Ordinal))
            {
                return value;
            }
        }

        foreach (string suffix in KazakhSuffixes)
        {
            if (word.Length > suffix.Length + 1 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                string stem = word[..^suffix.Length];
                stem = stem == "қырқ" ? "қырық" : stem; // қырық → қырқыншы drops its vowel
                if (cardinals.TryGetValue(stem, out long value) && value is > 0 and < 100)
                {
                    return (int)value;
                }
            }
        }

        return null;
    }

    /// <summary>A word of tens before an ordinal (отыз, тридцать, thirty), or null.</summary>
    public static int? Tens(string word, IReadOnlyDictionary<string, long> cardinals)
    {
        if (EnglishTens.TryGetValue(word, out int english))
        {
            return english;
        }

        foreach ((string tens, int value) in RussianTens)
        {
            if (word == tens)
            {
                return value;
            }
        }

        return cardinals.TryGetValue(word, out long kazakh) && kazakh is >= 20 and < 100 && kazakh % 10 == 0 ? (int)kazakh : null;
    }
}
