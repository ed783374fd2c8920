using Kz.Assembly.Domain.Metrics;

namespace Kz.Assembly.Domain.Localization.Profiles;

/// <summary>
/// One entry of a language's qualifier lexicon, the table both the writer and the readers use: the word, the qualifier
/// it means, whether it stands before the number or after it, whether the library writes it (the others are only
/// read: примерно, свыше, астам …), and, in Kazakh, the case it governs on the number (жуық the dative, аса the ablative).
/// </summary>
internal readonly record struct QualifierWord(string Word, CountQualifier Qualifier, bool Before, bool Written, KazakhCase Governs = KazakhCase.Nominative)
{
    /// <summary>Finds the entry a profile writes for a qualifier; none for <see cref="CountQualifier.Exact"/>.</summary>
    internal static QualifierWord? WrittenFor(QualifierWord[] lexicon, CountQualifier qualifier)
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
