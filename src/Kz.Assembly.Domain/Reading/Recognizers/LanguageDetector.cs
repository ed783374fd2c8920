namespace Kz.Assembly.Domain.Reading;

/// <summary>
/// Tells a report's language from its letters: Cyrillic with the letters only Kazakh has (ә ғ қ ң ө ұ ү һ і) is
/// Kazakh, other Cyrillic Russian; Latin with the 2021 Kazakh alphabet's letters (ä ğ ñ ö ū ü ı ş) is Kazakh in Latin,
/// other Latin English.
/// </summary>
internal static class LanguageDetector
{
    public static string Detect(string text)
    {
        int cyrillic = 0;
        int kazakhCyrillic = 0;
        int latin = 0;
        int kazakhLatin = 0;
        foreach (char c in text)
        {
            char lower = char.ToLowerInvariant(c);
            if (lower is >= 'а' and <= 'я' or 'ё')
            {
                cyrillic++;
            }
            else if ("әғқңөұүһі".Contains(lower, System.StringComparison.Ordinal))
            {
                cyrillic++;
                kazakhCyrillic++;
            }
            else if (lower is >= 'a' and <= 'z')
            {
                latin++;
            }
            else if ("äğñöūüış".Contains(lower, System.StringComparison.Ordinal))
            {
                latin++;
                kazakhLatin++;
            }
        }

        // One Kazakh letter in a hundred is far above what a Russian text quoting a Kazakh name holds.
        return cyrillic >= latin
            ? kazakhCyrillic * 100 >= cyrillic && kazakhCyrillic > 0 ? "kk" : "ru"
            : kazakhLatin * 100 >= latin && kazakhLatin > 0 ? "kk-Latn" : "en";
    }
}
