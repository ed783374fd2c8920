using System.Collections.Generic;
using Kz.Assembly.Domain.Metrics;

namespace Kz.Assembly.Domain.Localization.Profiles;

/// <summary>
/// One entry of a language's qualifier lexicon, the table both the writer and the readers use: the word, the qualifier
/// it means, whether it stands before the number or after it, whether the library writes it (the others are only
/// read: примерно, свыше, астам …), and, in a Turkic language, the case it governs on the number (Kazakh жуық the
/// dative, аса the ablative).
/// </summary>
/// <param name="Word">The word or words, in small letters, in the script the language's words are listed in.</param>
/// <param name="Qualifier">What it means.</param>
/// <param name="Before">Whether it stands before the number (около 5) or after it (5-ке жуық).</param>
/// <param name="Written">Whether the language's <see cref="LanguageProfile.Count"/> writes it for its qualifier.</param>
/// <param name="Governs">The case it puts the number or scale word in; nominative where the language has none.</param>
public readonly record struct QualifierWord(string Word, CountQualifier Qualifier, bool Before, bool Written, KazakhCase Governs = KazakhCase.Nominative)
{
    /// <summary>Finds the entry a profile writes for a qualifier; none for <see cref="CountQualifier.Exact"/>.</summary>
    internal static QualifierWord? WrittenFor(IReadOnlyList<QualifierWord> lexicon, CountQualifier qualifier)
    {
        foreach (QualifierWord word in lexicon)
        {
            if (word.Written && word.Qualifier == qualifier)
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>Places the word beside a number already in the case the word governs.</summary>
    internal string Around(string number) => Before ? Word + " " + number : number + " " + Word;
}
