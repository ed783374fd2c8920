using System;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Reading.Scanning;

namespace Kz.Assembly.Domain.Reading.Recognizers;

/// <content>Anniversaries: «Ассамблеяның 30 жылдығы», «құрылғанына 30 жыл толып», «30-летие Ассамблеи»,
/// «30 лет со дня образования»; of the body named beside it (the APK unless a regional one is).</content>
internal sealed partial class ReportScan
{
    private readonly System.Collections.Generic.HashSet<(string Body, int Years)> anniversaries = [];

    /// <summary>Whether the years word at <paramref name="years"/> is a span something was done within, not an age: in
    /// the locative («Ассамблеясы бір жылда 450 іс-шара өткізді», in one year) or before a word of within («екі жыл
    /// ішінде»).</summary>
    private bool YearsAsADuration(int years) =>
        (headFinal && ReadingLexicon.EndsWithAny(tokens[years].Norm, lexicon.LocativeEndings)) || IsWholeWord(years + 1, lexicon.YearsWithinWords);

    private void ReadAnniversaries(SentenceFacts clause)
    {
        Sentence s = clause.Sentence;
        for (int i = s.First; i < s.End; i++)
        {
            Token token = tokens[i];
            if (used[i] || YearsAt(i, s, out int first) is not long value)
            {
                continue;
            }

            int last;
            if (ReadingLexicon.StartsWithAny(token.Suffix, lexicon.AnniversaryWords))
            {
                // «30-летие», «30-жылдығы»: the years and the word in one.
                last = i;
            }
            else if (token.Kind == TokenKind.Word && i == first && CompoundYears(token.Norm) is > 10 and < 100)
            {
                // «тридцатилетия Ассамблеи», «двадцатипятилетие АНК»: in words, only with the assembly right after.
                if (!IsAssemblyHead(OwnerAfter(i)))
                {
                    continue;
                }

                last = i;
            }
            else if (IsWord(i + 1, lexicon.AnniversaryWords))
            {
                last = i + 1;
            }
            else if (IsWord(i + 1, lexicon.YearsWords) && IsWord(i + 2, lexicon.YearsPassedWords))
            {
                last = i + 2;
            }
            else if (IsWord(i + 1, lexicon.YearsWords) && !YearsAsADuration(i + 1) && (AssemblyRightBefore(first, s) || IsAssemblyHead(OwnerAfter(i + 1))))
            {
                // «Қазақстан халқы Ассамблеясына 30 жыл», «Ассамблее народа Казахстана – 30 лет», «30 years of the
                // Assembly»: the years right before or after the assembly they are of, with no word of their passing.
                last = i + 1;
            }
            else if (IsWord(first - 1, lexicon.TurnsWords))
            {
                // «Ассамблее народа Казахстана исполнилось 30 лет», «the Assembly … turns 30 today».
                last = i + (IsWord(i + 1, lexicon.YearsWords) ? 1 : 0);
            }
            else
            {
                continue;
            }

            // «30 мерейтойлық іс-шара», «300 юбилейных мероприятий», «300 anniversary events»: the anniversary's word is
            // the adjective of counted activities right after it; the number counts them.
            if (last == i + 1 && IsWord(i + 2, lexicon.ActivityHeadStems))
            {
                continue;
            }

            // «Көкшетау қаласының 200 жылдығы аясында … іс-шаралар», «175-летие Абая»: more years than any assembly has,
            // so another's anniversary; still its years, never a count of what follows them.
            if (value > 100)
            {
                mentions.Add(new Mention(MentionKind.Uncertain, Source(first, last), "the years of an anniversary, not a count"));
                MarkUsed(first, last);
                continue;
            }

            // «the 30th anniversary of the Assembly», «30-летие Ассамблеи»: an assembly right after the anniversary (or
            // after «of») is whose it is, even where another assembly, the one marking it, stands before.
            // A Kazakh genitive right before the number names whose it is first: «Тәуелсіздіктің 30 жылдығы Ассамблея
            // жұмысында …» is Independence's, though the Assembly's name follows.
            int owner = OwnerAfter(last);
            bool genitiveBefore = GenitiveOwnerBefore(first, s);
            int head = !genitiveBefore && IsAssemblyHead(owner) ? owner : -1;
            // «30 летия Независимости», «Тәуелсіздіктің 30 жылдығы»: someone else's anniversary, even with an assembly
            // named nearby (the one marking it).
            bool another = head < 0 && (genitiveBefore || NamesAnotherOwner(owner, s));
            // The nearest assembly before the number, else after it: in «Ақтөбе облыстық Қазақстан халқы Ассамблеясы
            // Ассамблеяның 30 жылдығы аясында …» the Assembly's genitive right before the years owns them, not the
            // regional assembly marking them one word earlier.
            // After «turns» the assembly's whole English name may stand between («the Assembly of People of Kazakhstan turns 30»).
            int reach = IsWord(first - 1, lexicon.TurnsWords) ? 7 : 5;
            for (int k = first - 1; k >= Math.Max(s.First, first - reach) && head < 0 && !another; k--)
            {
                head = IsAssemblyHead(k) ? k : -1;
            }

            for (int k = last + 1; k < Math.Min(s.End, last + 4) && head < 0 && !another; k++)
            {
                head = IsAssemblyHead(k) ? k : -1;
            }

            // «Ассамблея народа Казахстана отмечает свое 30-летие», «the Assembly … marks its 30th anniversary»: the
            // possessive points back to the assembly named earlier in the sentence, however far.
            for (int k = first - 2; k >= s.First && head < 0 && !another && IsWholeWord(first - 1, lexicon.OwnPossessiveWords); k--)
            {
                head = IsAssemblyHead(k) ? k : -1;
            }

            if (head < 0)
            {
                // No assembly's: still the years of an anniversary, never a count of what follows them.
                mentions.Add(new Mention(MentionKind.Uncertain, Source(first, last), "the years of an anniversary, not a count"));
                MarkUsed(first, last);
                continue;
            }

            clause.MentionsAnniversary = true;
            AssemblyBody body = BodyAt(head, s, out _, out _);
            if (ReferenceEquals(body, Apk) && RegionalAdjectiveBefore(head))
            {
                // «облыстық ҚХА-ның 25 жылдығы» where the report names no region: a regional assembly's years.
                mentions.Add(new Mention(MentionKind.Uncertain, Source(first, last), "a regional assembly's anniversary in no region the report names"));
                MarkUsed(first, last);
                continue;
            }

            // «Жамбыл облыстық ҚХА 30 жылдық мерейтой аясында … атқарды»: a regional assembly before the years in the
            // nominative marks the Assembly's jubilee; only in the genitive or dative («облыстық ҚХА-ның 30 жылдығы»,
            // «ҚХА-сына 30 жыл») are the years its own.
            if (!ReferenceEquals(body, Apk) && headFinal && head < first
                && !ReadingLexicon.EndsWithAny(tokens[head].Norm, lexicon.GenitiveEndings) && !ReadingLexicon.EndsWithAny(tokens[head].Norm, lexicon.DativeEndings))
            {
                body = Apk;
            }

            int years = (int)value;
            MarkUsed(first, last);
            if (body.Founded.Year + years <= Periods.DomainCalendar.MaxYear
                && anniversaries.Add((body.Id.ToString(), years)))
            {
                facts.Add(new ReadAnniversary(Anniversary.Of(body, body.Founded.Year + years), Source(Math.Min(first, head), Math.Max(last, head))));
            }
        }
    }

    /// <summary>The years at token <paramref name="i"/>: digits, a number word («отыз», «thirty», with its tens before
    /// it: «жиырма бес»), an ordinal word («thirtieth»), or a Russian compound («тридцатилетия»); null where there are
    /// none. <paramref name="first"/> is where the years start.</summary>
    private long? YearsAt(int i, Sentence s, out int first)
    {
        first = i;
        Token token = tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            return token.Value >= 1 ? token.Value : null;
        }

        if (token.Kind != TokenKind.Word)
        {
            return null;
        }

        // Years in words stand before a word of years or of an anniversary, or are one word with it: look no further
        // at any other word (this runs for every token).
        // «десятилетие», «пятилетие», «столетие» are also a decade, five years, a century: only 11 to 99 years in one
        // word are an anniversary's.
        long compound = CompoundYears(token.Norm) is var inOneWord and > 10 and < 100 ? inOneWord : 0;
        if (compound == 0 && !IsWord(i + 1, lexicon.AnniversaryWords) && !IsWord(i + 1, lexicon.YearsWords))
        {
            return null;
        }

        long words = compound > 0 ? compound
            : numberWords.TryGetValue(token.Norm, out long cardinal) ? cardinal
            : OrdinalWords.Ordinal(token.Norm, numberWords) is int ordinal ? ordinal
            : 0;
        if (words is < 1 or > 100)
        {
            return null;
        }

        if (words < 10 && i - 1 >= s.First && tokens[i - 1].Kind == TokenKind.Word && OrdinalWords.Tens(tokens[i - 1].Norm, numberWords) is int tens)
        {
            first = i - 1;
            words += tens;
        }

        return words;
    }

    /// <summary>The years of a Russian compound anniversary word: genitive number words, then the anniversary's ending
    /// («тридцатилетие» 30, «двадцатипятилетия» 25, «десятилетию» 10); 0 where the word is none.</summary>
    private long CompoundYears(string word)
    {
        foreach (string ending in lexicon.AnniversaryWords)
        {
            if (word.Length <= ending.Length + 2 || !word.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            long total = 0;
            int at = 0;
            string numbers = word[..^ending.Length];
            while (at < numbers.Length)
            {
                int longest = 0;
                long part = 0;
                foreach (var (form, number) in numberWords)
                {
                    if (form.Length > longest && string.CompareOrdinal(numbers, at, form, 0, form.Length) == 0 && at + form.Length <= numbers.Length)
                    {
                        (longest, part) = (form.Length, number);
                    }
                }

                if (longest == 0)
                {
                    return 0;
                }

                total += part;
                at += longest;
            }

            return total;
        }

        return 0;
    }

    /// <summary>Whether an anniversary is named as another's than an assembly's by a capitalised name right after it
    /// («30-летия Независимости», «the 30th anniversary of Independence», not «of the People's Assembly»).</summary>
    private bool NamesAnotherOwner(int owner, Sentence s) =>
        owner < s.End && tokens[owner].Kind == TokenKind.Word && tokens[owner].Capitalized
            && !(IsWord(owner, lexicon.PeopleWords) && IsAssemblyHead(owner + 1));

    /// <summary>A capitalised Kazakh genitive right before an anniversary's number, not an assembly's («Тәуелсіздіктің 30
    /// жылдығы»): whose the anniversary is.</summary>
    private bool GenitiveOwnerBefore(int number, Sentence s)
    {
        int before = number - 1;
        return before >= s.First && tokens[before].Kind == TokenKind.Word && tokens[before].Capitalized
            && !IsAssemblyHead(before) && ReadingLexicon.EndsWithAny(tokens[before].Norm, lexicon.GenitiveEndings);
    }

    /// <summary>An assembly's name ending right before the token: «Ассамблеясына», «АНК», «Ассамблее народа Казахстана».</summary>
    private bool AssemblyRightBefore(int i, Sentence s)
    {
        // «Ассамблее народа Казахстана 30 лет»: the words that may follow the assembly's name, read backwards.
        int before = i - 1;
        if (IsWord(before, lexicon.AfterAssemblySecond) && IsWord(before - 1, lexicon.AfterAssemblyFirst))
        {
            before -= 2;
        }

        return before >= s.First && IsAssemblyHead(before);
    }
}
