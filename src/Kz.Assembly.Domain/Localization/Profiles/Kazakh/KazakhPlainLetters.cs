using System;

namespace Kz.Assembly.Domain.Localization.Profiles;

/// <summary>
/// Kazakh as it is typed on a Russian keyboard: each letter only Kazakh has written as the Russian letter it looks or
/// sounds like (ә а, ғ г, і и, қ к, ң н, ө о, ү у, ұ у, һ х), so «іс-шара өткізілді» comes as «ис-шара откизилди» and
/// «облыстық» as «облыстык». The reader knows each Kazakh stem in this form too.
/// </summary>
internal static class KazakhPlainLetters
{
    private const string Kazakh = "әғіқңөүұһӘҒІҚҢӨҮҰҺ";
    private const string Plain = "агикноуухАГИКНОУУХ";
    private static readonly System.Buffers.SearchValues<char> KazakhLetters = System.Buffers.SearchValues.Create(Kazakh);

    /// <summary>A stem with the letters only Kazakh has replaced, or the stem itself where it has none.</summary>
    internal static string Fold(string stem)
    {
        if (stem.AsSpan().IndexOfAny(KazakhLetters) < 0)
        {
            return stem;
        }

        char[] letters = stem.ToCharArray();
        for (int i = 0; i < letters.Length; i++)
        {
            int k = Kazakh.IndexOf(letters[i], System.StringComparison.Ordinal);
            letters[i] = k >= 0 ? Plain[k] : letters[i];
        }

        return new string(letters);
    }
}
