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

    /// <summary>A stem with Ұ and Ү written as У and its other letters kept: Kazakh in Latin letters writes all three
    /// as a plain u when its marks are left off, and the alphabets of 2018 and 2021 give a plain u to Ұ and to У, so a
    /// word such as «turğyny» comes, once transliterated, as «турғыны».</summary>
    internal static string FoldU(string stem) =>
        stem.AsSpan().IndexOfAny("ұүҰҮ") < 0 ? stem : stem.Replace('ұ', 'у').Replace('ү', 'у').Replace('Ұ', 'У').Replace('Ү', 'У');
}
