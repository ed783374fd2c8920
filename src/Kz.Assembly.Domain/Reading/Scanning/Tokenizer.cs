using System;
using System.Collections.Generic;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Notation;

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

    /// <summary>Cuts a text into tokens; <paramref name="alphabet"/> is the Kazakh Latin alphabet the text is written
    /// in (its words are read as Cyrillic), or null for Cyrillic, Russian and English text.</summary>
    public static List<Token> Tokenize(string text, KazakhLatinAlphabet? alphabet)
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
                i = Word(text, i, alphabet, tokens);
            }
            else if (char.IsAsciiDigit(c))
            {
                i = Number(text, i, alphabet, tokens);
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

    private static int Word(string text, int start, KazakhLatinAlphabet? alphabet, List<Token> tokens)
    {
        int i = start;
        while (i < text.Length && (char.IsLetter(text[i]) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark
            || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            || (alphabet is not null && text[i] is '\'' or '\u2019' or '\u02BC' && i > start && alphabet.TakesApostropheAfter(text[i - 1]))))
        {
            i++;
        }

        string lower = LowerCase.Of(text.AsSpan(start, i - start)).Replace('ё', 'е');
        string norm = alphabet is not null ? KazakhTransliteration.ToCyrillic(alphabet.To2021(lower)) : Homoglyphs(lower);
        tokens.Add(new Token(TokenKind.Word, start, i, norm) { Capitalized = char.IsUpper(text[start]) });
        return i;
    }

    /// <summary>
    /// A Cyrillic word typed with Latin look-alikes (мepоприятий with Latin e and p, іс-шaра) is read as the word it
    /// looks like: an unambiguous typo, common where keyboards switch layout. A word with no Cyrillic letter is left
    /// alone (an English word, a Latin name).
    /// </summary>
    private static string Homoglyphs(string word)
    {
        bool cyrillic = false;
        bool latin = false;
        foreach (char c in word)
        {
            cyrillic |= LookAlikeLetters.IsCyrillicLetter(c);
            latin |= LookAlikeLetters.IsLatinLetter(c);
        }

        if (!cyrillic || !latin)
        {
            return word;
        }

        var fixedWord = new System.Text.StringBuilder(word.Length);
        foreach (char c in word)
        {
            fixedWord.Append(LookAlikeLetters.ToCyrillicFolded(c));
        }

        return fixedWord.ToString();
    }

    private static bool EnglishOrdinal(string text, int i) =>
        text.AsSpan(i, 2) is "st" or "nd" or "rd" or "th" && (i + 2 == text.Length || !char.IsLetter(text[i + 2]));

    private static bool IsJoiner(char c) => c is '-' or '\u2010' or '\u2011' or '\'' or '\u2019';

    private static int Number(string text, int start, KazakhLatinAlphabet? alphabet, List<Token> tokens)
    {
        int i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (TryNumericDate(text, start, i, out int dateEnd, out NodaTime.LocalDate? date))
        {
            tokens.Add(new Token(TokenKind.Number, start, dateEnd, text.Substring(start, dateEnd - start)) { Value = -1, Date = date });
            return dateEnd;
        }

        // 39 500, 1 250 000, 39,500: the one grammar of grouped digits, with every separator reports use.
        i = GroupedDigits.Read(text, start, GroupSeparators, out long value);
        int digits = 0;
        for (int d = start; d < i; d++)
        {
            digits += char.IsAsciiDigit(text[d]) ? 1 : 0;
        }

        // 2,5 тысячи, 1.5 million: a fraction before a scale word makes a whole number; «2.5 times», «на 15,7 процента»:
        // one digit after the point and no digit after it makes a fraction, one token, no count (and no sentence's end).
        decimal fraction = 0;
        int fractionEnd = 0;
        if (digits == i - start && i + 2 < text.Length && text[i] is ',' or '.' && char.IsAsciiDigit(text[i + 1])
            && (ScaleFollows(text, i + 1, alphabet, out fractionEnd) || OneDecimalDigit(text, i + 1, out fractionEnd)))
        {
            for (int d = fractionEnd - 1; d > i; d--)
            {
                fraction = (fraction + (text[d] - '0')) / 10;
            }

            i = fractionEnd;
        }

        string suffix = "";
        if (i + 2 <= text.Length && EnglishOrdinal(text, i))
        {
            // 13th, 21st, 2nd, 3rd
            suffix = LowerCase.Of(text.AsSpan(i, 2));
            i += 2;
        }
        else if (i + 1 < text.Length && IsJoiner(text[i]) && char.IsLetter(text[i + 1]))
        {
            int suffixStart = i + 1;
            i = suffixStart;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            suffix = LowerCase.Of(text.AsSpan(suffixStart, i - suffixStart));
        }

        tokens.Add(new Token(TokenKind.Number, start, i, text.Substring(start, i - start)) { Value = value, Suffix = suffix, Fraction = fraction });
        return i;
    }

    /// <summary>Whether exactly one digit stands at <paramref name="at"/>, with no digit, point or comma and digit after
    /// it («2.5 times», «15,7 процента»; not «1.10.2025» or «1,250»); <paramref name="end"/> is after it.</summary>
    private static bool OneDecimalDigit(string text, int at, out int end)
    {
        end = at + 1;
        bool digitAfter = end < text.Length && char.IsAsciiDigit(text[end]);
        bool groupAfter = end + 1 < text.Length && text[end] is ',' or '.' && char.IsAsciiDigit(text[end + 1]);
        return !digitAfter && !groupAfter;
    }

    /// <summary>One or two digits and then, after spaces, a scale word (мың, тысяч, тыс, млн, миллион, thousand, million;
    /// in Latin Kazakh read as its Cyrillic twin: «2,5 myń» is «2,5 мың»).</summary>
    private static bool ScaleFollows(string text, int digitsStart, KazakhLatinAlphabet? alphabet, out int digitsEnd)
    {
        digitsEnd = digitsStart;
        while (digitsEnd < text.Length && digitsEnd - digitsStart < 2 && char.IsAsciiDigit(text[digitsEnd]))
        {
            digitsEnd++;
        }

        int word = digitsEnd;
        while (word < text.Length && word - digitsEnd < 3 && text[word] is ' ' or '\u00A0')
        {
            word++;
        }

        if (word == digitsEnd || (digitsEnd < text.Length && char.IsAsciiDigit(text[digitsEnd])))
        {
            return false;
        }

        int end = Math.Min(text.Length, word + 8);
        string next = LowerCase.Of(text.AsSpan(word, end - word));
        next = alphabet is null ? next : KazakhTransliteration.ToCyrillic(alphabet.To2021(next));
        foreach ((string stem, long _) in QuantityPhrase.Scales)
        {
            if (next.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A date written dd.MM.yyyy (24.04.2025), valid in the ISO calendar.</summary>
    private static bool TryNumericDate(string text, int start, int digitsEnd, out int end, out NodaTime.LocalDate? date)
    {
        end = start;
        date = null;
        int dayDigits = digitsEnd - start;
        if (dayDigits is < 1 or > 2 || digitsEnd + 8 > text.Length || text[digitsEnd] != '.' || text[digitsEnd + 3] != '.'
            || !char.IsAsciiDigit(text[digitsEnd + 1]) || !char.IsAsciiDigit(text[digitsEnd + 2]))
        {
            return false;
        }

        for (int k = digitsEnd + 4; k < digitsEnd + 8; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                return false;
            }
        }

        if (digitsEnd + 8 < text.Length && char.IsAsciiDigit(text[digitsEnd + 8]))
        {
            return false;
        }

        int day = int.Parse(text.AsSpan(start, dayDigits), System.Globalization.CultureInfo.InvariantCulture);
        int month = ((text[digitsEnd + 1] - '0') * 10) + (text[digitsEnd + 2] - '0');
        int year = int.Parse(text.AsSpan(digitsEnd + 4, 4), System.Globalization.CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || year is < Periods.DomainCalendar.MinYear or > Periods.DomainCalendar.MaxYear || day < 1
            || day > NodaTime.CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new NodaTime.LocalDate(year, month, day);
        end = digitsEnd + 8;
        return true;
    }

    // The separators of thousands reports use: spaces of every width, and the English comma.
    private const string GroupSeparators = " \u00A0\u202F\u2009,";

    private static bool IsOpeningQuote(char c) => c is '«' or '„' or '“' or '"' or '‹';

    private static char Closing(char c) => c switch
    {
        '«' => '»',
        '„' => '“',
        '“' => '”',
        '‹' => '›',
        _ => '"',
    };

    /// <summary>Whether the quotation closing at <paramref name="close"/> is someone's words, not a name: a comma before
    /// the closing quote («"We held 520 events," he said») or a comma and a dash after it («В прошлом году мы провели 520
    /// мероприятий», – сказал …; «…», - деді …). Its words are read as ordinary text.</summary>
    private static bool IsSpeech(string text, int close)
    {
        if (text[close - 1] == ',')
        {
            return true;
        }

        int k = close + 1;
        k += k < text.Length && text[k] == ',' ? 1 : 0;
        bool comma = k > close + 1;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        return comma && k < text.Length && text[k] is '-' or '–' or '—';
    }

    /// <summary>A quotation short enough to be a name (no sentence inside, at most ten words; an exclamation mark
    /// right before the closing quote is the name's own), ending within reach.</summary>
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
                return i > open + 1 && !IsSpeech(text, i);
            }

            // «Өнерім саған, Қазақстан!», «Туған елге мың алғыс!»: a name may end on its exclamation mark, right before
            // its quote (a full stop there ends a quoted sentence).
            bool closesName = c == '!' && i + 1 < limit && (text[i + 1] == close || (close == '“' && text[i + 1] == '”'));
            if (!closesName && (c is '.' or '!' or '?' or '\n' or '«' or '“' || (c == '"' && close != '"')))
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
