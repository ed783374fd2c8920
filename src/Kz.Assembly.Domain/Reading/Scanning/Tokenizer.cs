using System;
using System.Collections.Generic;
using Kz.Assembly.Domain.Localization;

namespace Kz.Assembly.Domain.Reading.Scanning;

/// <summary>
/// Cuts a report into tokens in one pass, every character looked at a bounded number of times: a quoted name is
/// looked for at most <see cref="NameReach"/> characters ahead, so the whole is linear in the text.
/// </summary>
internal static class Tokenizer
{
    /// <summary>How far a closing quote is looked for; a longer quotation is speech, read as ordinary text.</summary>
    private const int NameReach = 120;

    /// <summary>The most words a quoted name holds; more is a quotation.</summary>
    private const int NameWords = 10;

    public static List<Token> Tokenize(string text, bool kazakhLatin)
    {
        var tokens = new List<Token>(text.Length / 6);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n' || c == '\r')
            {
                int start = i;
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Break, start, start + 1, "\n"));
            }
            else if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
            }
            else if (char.IsLetter(c))
            {
                i = Word(text, i, kazakhLatin, tokens);
            }
            else if (char.IsAsciiDigit(c))
            {
                i = Number(text, i, tokens);
            }
            else if (IsOpeningQuote(c) && TryName(text, i, out int end))
            {
                string inner = text.Substring(i + 1, end - i - 2).Trim();
                tokens.Add(new Token(TokenKind.Name, i, end, inner));
                i = end;
            }
            else
            {
                int length = char.IsSurrogatePair(text, i) ? 2 : 1;
                tokens.Add(new Token(TokenKind.Punctuation, i, i + length, text.Substring(i, length)));
                i += length;
            }
        }

        return tokens;
    }

    private static int Word(string text, int start, bool kazakhLatin, List<Token> tokens)
    {
        int i = start;
        while (i < text.Length && (char.IsLetter(text[i]) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark
            || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
        {
            i++;
        }

        string lower = text.Substring(start, i - start).ToLowerInvariant().Replace('ё', 'е');
        string norm = kazakhLatin ? KazakhTransliteration.ToCyrillic(lower) : lower;
        tokens.Add(new Token(TokenKind.Word, start, i, norm) { Capitalized = char.IsUpper(text[start]) });
        return i;
    }

    private static bool IsJoiner(char c) => c is '-' or '\u2010' or '\u2011' or '\'' or '\u2019';

    private static int Number(string text, int start, List<Token> tokens)
    {
        int i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        // 39 500, 1 250 000, 39,500: groups of exactly three digits after a first group of one to three.
        if (i - start <= 3)
        {
            while (i + 1 < text.Length && IsGroupSeparator(text[i]) && ThreeDigitsAt(text, i + 1))
            {
                i += 4;
            }
        }

        long value = 0;
        int digits = 0;
        for (int d = start; d < i; d++)
        {
            if (char.IsAsciiDigit(text[d]))
            {
                value = (value * 10) + (text[d] - '0');
                if (++digits > 18)
                {
                    value = -1;
                    break;
                }
            }
        }

        string suffix = "";
        if (i + 1 < text.Length && IsJoiner(text[i]) && char.IsLetter(text[i + 1]))
        {
            int suffixStart = i + 1;
            i = suffixStart;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            suffix = text.Substring(suffixStart, i - suffixStart).ToLowerInvariant();
        }

        tokens.Add(new Token(TokenKind.Number, start, i, text.Substring(start, i - start)) { Value = value, Suffix = suffix });
        return i;
    }

    private static bool IsGroupSeparator(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009' or ',';

    private static bool ThreeDigitsAt(string text, int i) =>
        i + 3 <= text.Length && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
        && (i + 3 == text.Length || !char.IsAsciiDigit(text[i + 3]));

    private static bool IsOpeningQuote(char c) => c is '«' or '„' or '“' or '"' or '‹';

    private static char Closing(char c) => c switch
    {
        '«' => '»',
        '„' => '“',
        '“' => '”',
        '‹' => '›',
        _ => '"',
    };

    /// <summary>A quotation short enough to be a name (no sentence inside, at most ten words), ending within reach.</summary>
    private static bool TryName(string text, int open, out int end)
    {
        char close = Closing(text[open]);
        int words = 0;
        bool inWord = false;
        int limit = Math.Min(text.Length, open + 1 + NameReach);
        for (int i = open + 1; i < limit; i++)
        {
            char c = text[i];
            if (c == close || (close == '“' && c == '”'))
            {
                end = i + 1;
                return i > open + 1;
            }

            if (c is '.' or '!' or '?' or '\n' or '«' or '“' || (c == '"' && close != '"'))
            {
                break;
            }

            bool letter = char.IsLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
            if (words > NameWords)
            {
                break;
            }
        }

        end = open;
        return false;
    }
}
