using System;
using System.Collections.Generic;
using System.Text;

namespace Kz.Assembly.Domain.Reading.Scanning;

/// <summary>
/// Splits tokens into sentences, and passes over a sentence the report has already printed: real reports repeat
/// a sentence, sometimes with a typo changed, and a fact stated twice is one fact.
/// </summary>
internal static class SentenceSplitter
{
    // Words after whose dot a sentence does not end (г. for год, тыс. for тысяч, т.б. for and so on).
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "г", "гг", "тыс", "млн", "млрд", "т", "б", "т.б", "им", "ул", "обл", "р", "ж", "жж", "etc", "mr", "dr", "no",
    };

    /// <summary>How many leading words make two long sentences the same sentence printed again.</summary>
    private const int SameOpening = 8;

    /// <summary>The most tokens a sentence holds: text with no full stop (a table, garbage) is cut here, so the work
    /// each recognizer does within a sentence stays bounded and reading stays linear in the text.</summary>
    internal const int MaxTokens = 256;

    public static List<Sentence> Split(List<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int first = 0;
        int paragraph = 0;
        int open = 0;
        int line = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            Token token = tokens[i];
            open += token.Kind != TokenKind.Punctuation ? 0 : token.Norm == "(" ? 1 : token.Norm == ")" && open > 0 ? -1 : 0;

            // «(Из выступления на XX сессии⏎Ассамблеи народа Казахстана)»: a line broken inside parentheses goes on.
            bool breaks = token.Kind == TokenKind.Break && open == 0;
            bool ends = token.Kind == TokenKind.Punctuation && token.Norm is "." or "!" or "?" or "…"
                && !(i > first && tokens[i - 1].Kind == TokenKind.Word && Abbreviations.Contains(tokens[i - 1].Norm))
                && !(i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && !tokens[i + 1].Capitalized && tokens[i + 1].Start == token.End);
            if (breaks || ends || i - first + 1 >= MaxTokens)
            {
                Add(tokens, first, breaks ? i : i + 1, paragraph, sentences, seen);
                first = i + 1;
                paragraph += breaks && !StartsListItem(tokens, i + 1) && !(IsFigureLine(tokens, line) && IsFigureLine(tokens, i + 1)) ? 1 : 0;
                line = breaks ? i + 1 : line;
                open = 0;
            }
        }

        Add(tokens, first, tokens.Count, paragraph, sentences, seen);
        return sentences;
    }

    /// <summary>Whether the line at <paramref name="i"/> opens with a list's or a dialogue's dash or bullet («– іс-шаралар
    /// саны: 310;», «– Более 250»): it goes on with the paragraph above it (a list under its heading, an answer after
    /// its question) rather than starting one.</summary>
    private static bool StartsListItem(List<Token> tokens, int i) =>
        i < tokens.Count && tokens[i].Kind == TokenKind.Punctuation && tokens[i].Norm is "–" or "—" or "-" or "•" or "·" or "*";

    /// <summary>Whether the line at <paramref name="i"/> is a table's row, a label and a figure after a colon or a dash
    /// («Мероприятия: 560», «Участники: 61 000», «Events: 560», «участники – более 21 000 человек;»), with up to two
    /// words before the figure (its qualifier) and after it (its unit): rows one under another are one paragraph, as a
    /// list's lines are.</summary>
    private static bool IsFigureLine(List<Token> tokens, int i)
    {
        int k = WordsFrom(tokens, i, int.MaxValue);
        if (k == i || k + 1 >= tokens.Count || !(tokens[k].Is(':') || (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Norm is "–" or "—" or "-")))
        {
            return false;
        }

        k = WordsFrom(tokens, k + 1, 2);
        if (k >= tokens.Count || tokens[k].Kind != TokenKind.Number)
        {
            return false;
        }

        k = WordsFrom(tokens, k + 1, 2);
        k += k < tokens.Count && tokens[k].Kind == TokenKind.Punctuation && tokens[k].Norm is ";" or "." ? 1 : 0;
        return k >= tokens.Count || tokens[k].Kind == TokenKind.Break;
    }

    /// <summary>Where the run of at most <paramref name="most"/> words from <paramref name="i"/> ends.</summary>
    private static int WordsFrom(List<Token> tokens, int i, int most)
    {
        int k = i;
        while (k < tokens.Count && tokens[k].Kind == TokenKind.Word && k - i < most)
        {
            k++;
        }

        return k;
    }

    private static void Add(List<Token> tokens, int first, int end, int paragraph, List<Sentence> sentences, HashSet<string> seen)
    {
        if (end <= first)
        {
            return;
        }

        var words = new StringBuilder();
        int count = 0;
        for (int i = first; i < end && count < SameOpening; i++)
        {
            if (tokens[i].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Name)
            {
                words.Append(tokens[i].Norm).Append(' ');
                count++;
            }
        }

        // A sentence whose first eight words (or all of them, if it has three to seven) are those of an earlier one is
        // that sentence printed again.
        if (count >= 3 && !seen.Add(words.ToString()))
        {
            return;
        }

        sentences.Add(new Sentence(first, end, paragraph));
    }
}
