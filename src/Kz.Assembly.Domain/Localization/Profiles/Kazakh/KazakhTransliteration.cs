using System;
using System.Text;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// Kazakh text between its Cyrillic alphabet and the Latin alphabet of 2021 (presented by the Government of
/// Kazakhstan on 28 January 2021; the switch is planned for 2023–2031). Letter for letter: А A, Ә Ä, Б B, В V, Г G,
/// Ғ Ğ, Д D, Е E, Ж J, З Z, И and Й İ i, К K, Қ Q, Л L, М M, Н N, Ң Ñ, О O, Ө Ö, П P, Р R, С S, Т T, У U, Ұ Ū, Ү Ü,
/// Ф F, Х and Һ H, Ш Ş, Ы Y, І I ı (dotless). The letters of Russian loanwords have no letter of their own: Ц ts,
/// Ч ch, Щ şş, Ё io, Ю iu, Я ia, Э e; Ъ and Ь are dropped. Anything else (digits, punctuation, other scripts) is kept.
/// </summary>
/// <remarks>
/// Back to Cyrillic, i is й after a vowel and и elsewhere, h is х, and ch is ч (the Latin alphabet has no c of its
/// own). So every native Kazakh word comes back as it was written; what cannot come back is what the Latin alphabet
/// merges: һ (шаһар → şahar → шахар), и after a vowel, and the loanword letters above.
/// </remarks>
public static class KazakhTransliteration
{
    private const string Cyrillic = "аәбвгғдежзийкқлмнңоөпрстуұүфхһшыіэ";

    // Index by index with Cyrillic above.
    private static readonly string[] Latin =
    [
        "a", "ä", "b", "v", "g", "ğ", "d", "e", "j", "z", "i", "i", "k", "q", "l", "m", "n", "ñ", "o", "ö", "p", "r", "s",
        "t", "u", "ū", "ü", "f", "h", "h", "ş", "y", "ı", "e",
    ];

    /// <summary>Writes Kazakh Cyrillic text in the Latin alphabet of 2021: «Қазақстан Республикасы» → «Qazaqstan Respublikasy».</summary>
    /// <param name="text">Kazakh text in Cyrillic (other characters are kept).</param>
    /// <returns>The text in Latin script.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string ToLatin(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        var latin = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char letter = text[i];
            char lower = char.ToLowerInvariant(letter);
            string? written = LatinOf(lower);
            if (written is null)
            {
                latin.Append(letter);
            }
            else if (letter == lower || written.Length == 0)
            {
                latin.Append(written);
            }
            else
            {
                // A digraph is capitalised whole inside an all-capital word (ЧАЙ → CHAİ), else its first letter (Чай → Chai).
                bool allCapitals = i + 1 < text.Length && char.IsUpper(text[i + 1]);
                for (int j = 0; j < written.Length; j++)
                {
                    latin.Append(j == 0 || allCapitals ? Capital(written[j]) : written[j]);
                }
            }
        }

        return latin.ToString();
    }

    /// <summary>Reads Kazakh text in the Latin alphabet of 2021 back into Cyrillic: «Qazaqstan» → «Қазақстан».</summary>
    /// <param name="text">Kazakh text in Latin script (other characters are kept).</param>
    /// <returns>The text in Cyrillic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string ToCyrillic(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        var cyrillic = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char letter = text[i];
            bool upper = char.IsUpper(letter);
            char lower = letter switch
            {
                'İ' => 'i',
                'I' => 'ı',
                _ => char.ToLowerInvariant(letter),
            };
            char? written = lower switch
            {
                'c' when i + 1 < text.Length && text[i + 1] is 'h' or 'H' => 'ч',
                'i' => i > 0 && IsLatinVowel(text[i - 1]) ? 'й' : 'и',
                'h' => 'х',
                _ => CyrillicOf(lower),
            };
            if (written is not { } cyrillicLetter)
            {
                cyrillic.Append(letter);
                continue;
            }

            cyrillic.Append(upper ? char.ToUpperInvariant(cyrillicLetter) : cyrillicLetter);
            if (cyrillicLetter == 'ч')
            {
                i++;
            }
        }

        return cyrillic.ToString();
    }

    private static string? LatinOf(char lower) => lower switch
    {
        'ц' => "ts",
        'ч' => "ch",
        'щ' => "şş",
        'ё' => "io",
        'ю' => "iu",
        'я' => "ia",
        'ъ' or 'ь' => string.Empty,
        _ => Cyrillic.IndexOf(lower, StringComparison.Ordinal) is >= 0 and int index ? Latin[index] : null,
    };

    /// <summary>The Cyrillic letter of a Latin one; where two share it (e: е э, h: х һ, i: и й) the first, the native one.</summary>
    private static char? CyrillicOf(char lower)
    {
        for (int index = 0; index < Latin.Length; index++)
        {
            if (Latin[index].Length == 1 && Latin[index][0] == lower)
            {
                return Cyrillic[index];
            }
        }

        return null;
    }

    /// <summary>The Latin capital: the dotted İ of i (и, й) and the plain I of the dotless ı (і), as in Turkish.</summary>
    private static char Capital(char letter) => letter switch
    {
        'i' => 'İ',
        'ı' => 'I',
        _ => char.ToUpperInvariant(letter),
    };

    private static bool IsLatinVowel(char letter) => char.ToLowerInvariant(letter) is 'a' or 'ä' or 'e' or 'o' or 'ö' or 'u' or 'ū' or 'ü' or 'y' or 'ı'
        || letter == 'I';
}
