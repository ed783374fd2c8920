using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Kz.Assembly.Domain.Localization.Profiles;
using Kz.Assembly.Domain.Reading.Scanning;

namespace Kz.Assembly.Domain.Reading.Recognizers;

/// <summary>
/// A list of phrases grouped by what can open them: the first letter of their first stem, or a written year
/// (<see cref="ReadingVocabulary.YearSlot"/>). The reader looks phrase lists up at every token; a word can open only the
/// phrases whose first stem shares its first letter, and a number only those that open with a year, so only those are
/// tried. Each group keeps the list's order, so the first phrase that matches is the one the whole list would give.
/// </summary>
internal sealed class PhraseIndex
{
    // Built once for each phrase list of a lexicon (a lexicon lives as long as its languages), shared by every report.
    private static readonly ConditionalWeakTable<string[][], PhraseIndex> Indexes = new();

    private readonly Dictionary<char, string[][]> byFirstLetter;
    private readonly string[][] yearFirst;

    private PhraseIndex(string[][] phrases)
    {
        byFirstLetter = phrases.Where(p => p.Length > 0 && p[0].Length > 0 && p[0] != ReadingVocabulary.YearSlot)
            .GroupBy(p => p[0][0])
            .ToDictionary(group => group.Key, group => group.ToArray());
        yearFirst = phrases.Where(p => p.Length > 0 && p[0] == ReadingVocabulary.YearSlot).ToArray();
    }

    /// <summary>The index of <paramref name="phrases"/>, built on first use.</summary>
    public static PhraseIndex Of(string[][] phrases) => Indexes.GetValue(phrases, list => new PhraseIndex(list));

    /// <summary>The phrases <paramref name="token"/> could open, in the list's order.</summary>
    public string[][] OpenedBy(Token token) =>
        token.Kind == TokenKind.Word && token.Norm.Length > 0 ? (byFirstLetter.TryGetValue(token.Norm[0], out string[][]? found) ? found : [])
        : token.Kind == TokenKind.Number ? yearFirst
        : [];
}
