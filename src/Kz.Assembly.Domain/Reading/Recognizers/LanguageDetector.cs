namespace Kz.Assembly.Domain.Reading;

/// <summary>
/// Tells a report's language from its letters: Cyrillic with the letters only Kazakh has among its neighbours
/// (ә ғ қ ұ һ і) is Kazakh, other Cyrillic Russian; Latin with the 2021 Kazakh alphabet's letters (ä ğ ñ ö ū ü ı ş)
/// is Kazakh in Latin, other Latin English. Kazakh's neighbours are told apart by the letters they have and Kazakh has
/// not: Kyrgyz writes ң ө ү without ә ғ қ ұ і; Uzbek Cyrillic has ў and ҳ, Uzbek Latin oʻ and gʻ; German ä ö ü ß without the dotless ı, ş, ğ, ñ and ū of Kazakh Latin. A text with
/// no letters has no language (<see cref="None"/>).
/// </summary>
internal static class LanguageDetector
{
    /// <summary>The tag of a text with no letters: «undetermined» in BCP 47.</summary>
    public const string None = "und";

    /// <summary>The languages the reader reads: a registered language that lists its reading words (kk, kk-Latn, ru,
    /// en built in); any other detected or given language states no fact.</summary>
    public static bool IsRead(string tag) =>
        Localization.Profiles.LanguageProfiles.TryResolve(tag, out Localization.Profiles.LanguageProfile? profile) && tag != None && ReadingLexicon.Reads(profile);

    public static string Detect(string text) => Detect(text, out _);

    /// <summary>Detects the language, and how sure the detection is: the share of the text's letters that decided it
    /// (1 for a text whose every letter is of the detected script, lower for a mixed one).</summary>
    public static string Detect(string text, out double certainty)
    {
        int cyrillic = 0, kazakhOnly = 0, turkic = 0, uzbek = 0, latin = 0, kazakhLatin = 0, kazakhLatinOnly = 0, uzbekLatin = 0, german = 0;

        // Cyrillic words outside «quotes», and those holding a letter of Kazakh's and its neighbours' (ә ғ қ ұ һ і ң ө ү):
        // a Russian text that quotes a Kazakh name («Мейірімді жүрек») can pass the letters' share, never the words'.
        // In the team's corpus Kazakh reports have 31 % or more of such words, Russian ones 8 % or fewer.
        int words = 0, turkicWords = 0, quoted = 0;
        bool inWord = false, turkicLetter = false;
        foreach (char c in text)
        {
            char lower = Scanning.LowerCase.Of(c);
            bool letterOfWord = false;
            if (lower is >= 'а' and <= 'я' or 'ё')
            {
                cyrillic++;
                letterOfWord = true;
            }
            else if ("әғқұһі".Contains(lower, System.StringComparison.Ordinal))
            {
                cyrillic++;
                kazakhOnly++;
                letterOfWord = turkicLetter = true;
            }
            else if ("ңөү".Contains(lower, System.StringComparison.Ordinal))
            {
                cyrillic++;
                turkic++;
                letterOfWord = turkicLetter = true;
            }
            else if (lower is 'ў' or 'ҳ')
            {
                cyrillic++;
                uzbek++;
            }
            else if (lower is >= 'a' and <= 'z')
            {
                latin++;
            }
            else if ("ğñūış".Contains(lower, System.StringComparison.Ordinal))
            {
                latin++;
                kazakhLatin++;
                kazakhLatinOnly++;
            }
            else if ("äöü".Contains(lower, System.StringComparison.Ordinal))
            {
                latin++;
                kazakhLatin++;
                german++;
            }
            else if (c is '\u02BB' or '\u02BC')
            {
                uzbekLatin++; // oʻ, gʻ
            }
            else if (c == 'ß')
            {
                latin++;
                german += 10;
            }

            if (letterOfWord && quoted == 0)
            {
                inWord = true;
                continue;
            }

            if (inWord)
            {
                words++;
                turkicWords += turkicLetter ? 1 : 0;
            }

            inWord = turkicLetter = false;
            quoted = c == '«' ? quoted + 1 : c == '»' && quoted > 0 ? quoted - 1 : quoted;
        }

        if (inWord)
        {
            words++;
            turkicWords += turkicLetter ? 1 : 0;
        }

        int letters = cyrillic + latin;
        if (letters == 0)
        {
            certainty = 1;
            return None;
        }

        certainty = (double)System.Math.Max(cyrillic, latin) / letters;
        if (cyrillic >= latin)
        {
            // One Kazakh letter in a hundred is far above what a Russian text quoting a Kazakh name holds.
            // Kazakh writes ә ғ қ ұ і several times as often as ң ө ү; Kyrgyz has only the latter, so a Kyrgyz text that
            // quotes a Kazakh name («Түркістан») still has far more of them.
            return uzbek * 200 >= cyrillic && uzbek > 0 ? "uz"
                : turkic * 100 >= cyrillic && kazakhOnly * 2 < turkic ? "ky"
                : kazakhOnly * 100 >= cyrillic && kazakhOnly > 0 && (words == 0 || turkicWords * 5 >= words) ? "kk"
                : "ru";
        }

        return uzbekLatin * 200 >= latin && uzbekLatin > 0 ? "uz"
            : german > 0 && kazakhLatinOnly * 20 < german ? "de"
            : kazakhLatin * 100 >= latin && kazakhLatin > 0 ? "kk-Latn"
            : Scanning.KazakhLatinAlphabet.Detect(text) is not null ? "kk-Latn"
            : "en";
    }
}
