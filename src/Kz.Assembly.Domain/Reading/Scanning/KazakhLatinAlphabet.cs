using System;
using System.Collections.Generic;
using System.Text;

namespace Kz.Assembly.Domain.Reading.Scanning;

/// <summary>
/// The Latin alphabets Kazakh has been published in, each as a table to the alphabet of 2021 that the library writes
/// (<see cref="Localization.KazakhTransliteration"/>): news sites went on publishing in the alphabet of 2018 (acute
/// accents: á ǵ ń ó ú ý, and ı for И/Й) and some in that of 2017 (apostrophes: a' g' n' o' u' y' i' s' c'). Both
/// differ from 2021 in more than their marks: in them a plain u is Ұ and a plain i is І (2021's ū and ı), ý and y'
/// are У (2021's u), 2018's dotless ı and 2017's i' are И/Й (2021's i), sh and s' are Ш (2021's ş). A report in either
/// reads like its Cyrillic twin.
/// </summary>
/// <remarks>Sources: Decree of the President of Kazakhstan No. 569 of 26 October 2017 (the apostrophe alphabet),
/// amended by Decree No. 637 of 19 February 2018 (the acute alphabet); the alphabet of 2021 presented on 28 January
/// 2021.</remarks>
internal sealed class KazakhLatinAlphabet
{
    /// <summary>
    /// The alphabet of 2021: the reader's own, but as some news sites typeset it, with ŋ for ñ and ǧ for ğ
    /// («Assambleiasynyŋ», «oǧan», «myŋnan» on adyrna.kz): the same letters, drawn otherwise.
    /// </summary>
    public static readonly KazakhLatinAlphabet Of2021 = new("2021", [], [('ŋ', 'ñ'), ('ǧ', 'ğ')]);

    /// <summary>The alphabet of 2018, with acute accents.</summary>
    public static readonly KazakhLatinAlphabet Of2018 = new(
        "2018",
        [("sh", "ş")],
        [('á', 'ä'), ('ǵ', 'ğ'), ('ń', 'ñ'), ('ó', 'ö'), ('ú', 'ü'), ('ý', 'u'), ('ı', 'i'), ('u', 'ū'), ('i', 'ı')]);

    /// <summary>The alphabet of 2017, with apostrophes (written ', ’ or ʼ).</summary>
    public static readonly KazakhLatinAlphabet Of2017 = new(
        "2017",
        [("a'", "ä"), ("g'", "ğ"), ("n'", "ñ"), ("o'", "ö"), ("u'", "ü"), ("y'", "u"), ("i'", "i"), ("s'", "ş"), ("c'", "ch")],
        [('u', 'ū'), ('i', 'ı')]);

    private readonly (string From, string To)[] pairs;
    private readonly Dictionary<char, char> letters = [];

    private KazakhLatinAlphabet(string year, (string From, string To)[] pairs, (char From, char To)[] letters)
    {
        Year = year;
        this.pairs = pairs;
        foreach ((char from, char to) in letters)
        {
            this.letters[from] = to;
        }
    }

    /// <summary>Gets the year the alphabet was adopted in.</summary>
    public string Year { get; }

    /// <summary>Whether an apostrophe after this letter belongs to the word (the 2017 alphabet's a' g' n' …).</summary>
    public bool TakesApostropheAfter(char letter) =>
        ReferenceEquals(this, Of2017) && "agnouyiscAGNOUYISC".Contains(letter, StringComparison.Ordinal);

    /// <summary>A word of this alphabet in the alphabet of 2021, capitals kept (İ for i, I for ı, as 2021 writes them).</summary>
    public string To2021(string word)
    {
        if (pairs.Length == 0 && !HasLetterToConvert(word))
        {
            return word;
        }

        var written = new StringBuilder(word.Length);
        for (int i = 0; i < word.Length; i++)
        {
            char lower = LowerCase.Of(word[i]);
            bool upper = lower != word[i];
            string? converted = null;
            foreach ((string from, string to) in pairs)
            {
                if (i + 1 < word.Length && lower == from[0] && (LowerCase.Of(word[i + 1]) == from[1] || (from[1] == '\'' && IsApostrophe(word[i + 1]))))
                {
                    converted = to;
                    i++;
                    break;
                }
            }

            // Kazakh has no І after a vowel: «Abai», «Aitys» typed with a plain i where this alphabet wants ı are Й. (After
            // У, a glide, І is written: «sáýir».)
            converted ??= lower == 'i' && i > 0 && IsVowel(LowerCase.Of(word[i - 1])) ? "i"
                : letters.TryGetValue(lower, out char letter) ? letter.ToString() : lower.ToString();
            written.Append(upper ? Capital(converted[0]) + converted[1..] : converted);
        }

        return written.ToString();
    }

    private static bool IsVowel(char letter) => "aeouyáóú".Contains(letter, StringComparison.Ordinal);

    private bool HasLetterToConvert(string word)
    {
        foreach (char c in word)
        {
            if (letters.ContainsKey(LowerCase.Of(c)))
            {
                return true;
            }
        }

        return false;
    }

    private static string Capital(char letter) => letter switch
    {
        'i' => "İ",
        'ı' => "I",
        _ => char.ToUpperInvariant(letter).ToString(),
    };

    /// <summary>Whether an English possessive or contraction ends the word at <paramref name="at"/>, right after an
    /// apostrophe («region's», «don't», «we'll», «they're», «we've», «she'd», «I'm»): an English text's apostrophes,
    /// which are no letters of the 2017 alphabet.</summary>
    private static bool EnglishEndingAfter(string text, int at)
    {
        int end = at;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        string ending = LowerCase.Of(text.AsSpan(at, end - at));
        return ending is "s" or "t" or "ll" or "re" or "ve" or "d" or "m";
    }

    /// <summary>The Kazakh Latin alphabet a text is written in, or null for a text that is not Kazakh in Latin letters.
    /// Kazakh Latin writes q far more often than English (Qazaqstan, halqy, qala): one q in a hundred letters, with one
    /// letter in a hundred that only its alphabet has.</summary>
    public static KazakhLatinAlphabet? Detect(string text)
    {
        int letters = 0, q = 0, of2021 = 0, acute = 0, kazakhAcute = 0, apostrophes = 0, kazakhApostrophes = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = LowerCase.Of(text[i]);
            if (c is >= 'a' and <= 'z' || "äğñşūıáǵńóúýŋǧ".Contains(c, StringComparison.Ordinal))
            {
                letters++;
                q += c == 'q' ? 1 : 0;

                // ı is in both 2018 (И, Й) and 2021 (І): only the others tell them apart.
                of2021 += "äğñşūŋǧ".Contains(c, StringComparison.Ordinal) ? 1 : 0;
                acute += "áǵńóúý".Contains(c, StringComparison.Ordinal) ? 1 : 0;
                kazakhAcute += "ǵńý".Contains(c, StringComparison.Ordinal) ? 1 : 0;
                if (i + 1 < text.Length && IsApostrophe(text[i + 1]) && "agnouyisc".Contains(c, StringComparison.Ordinal) && !EnglishEndingAfter(text, i + 2))
                {
                    apostrophes++;

                    // Uzbek writes oʻ and gʻ too; only Kazakh's 2017 alphabet writes a' n' u' s' c'.
                    kazakhApostrophes += "anusc".Contains(c, StringComparison.Ordinal) ? 1 : 0;
                }
            }
        }

        if (letters == 0 || q * 100 < letters)
        {
            // A short text may have no Қ: the 2018 letters only Kazakh writes (ǵ ń ý) still tell it
            // («Táýelsizdiktiń 30 jyldyǵy»).
            return of2021 > 0 && of2021 * 100 >= letters ? Of2021
                : kazakhAcute > 0 && acute * 100 >= letters && acute > of2021 ? Of2018
                : null;
        }

        // 2021 has no acute letter and 2018 none of ä ğ ñ ş ū: whichever the text has more of.
        return acute * 100 >= letters && acute > of2021 ? Of2018
            : of2021 * 100 >= letters ? Of2021
            : apostrophes * 100 >= letters && kazakhApostrophes > 0 ? Of2017
            : null;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';
}
