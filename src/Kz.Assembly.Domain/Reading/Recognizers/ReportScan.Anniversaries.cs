using System;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Reading.Scanning;

namespace Kz.Assembly.Domain.Reading.Recognizers;

/// <content>Anniversaries: «Ассамблеяның 30 жылдығы», «құрылғанына 30 жыл толып», «30-летие Ассамблеи»,
/// «30 лет со дня образования»; of the body named beside it (the APK unless a regional one is).</content>
internal sealed partial class ReportScan
{
    private readonly System.Collections.Generic.HashSet<(string Body, int Years)> anniversaries = [];

    private void ReadAnniversaries(SentenceFacts clause)
    {
        Sentence s = clause.Sentence;
        for (int i = s.First; i < s.End; i++)
        {
            Token token = tokens[i];
            if (used[i] || token.Kind != TokenKind.Number || token.Value < 1)
            {
                continue;
            }

            int last;
            if (ReadingLexicon.StartsWithAny(token.Suffix, lexicon.AnniversaryWords))
            {
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
            else if (IsWord(i + 1, lexicon.YearsWords) && AssemblyRightBefore(i, s))
            {
                // «Қазақстан халқы Ассамблеясына 30 жыл», «Ассамблее народа Казахстана – 30 лет»: the years right after
                // the assembly they are of, with no word of their passing.
                last = i + 1;
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
            if (token.Value > 100)
            {
                mentions.Add(new Mention(MentionKind.Uncertain, Source(i, last), "the years of an anniversary, not a count"));
                MarkUsed(i, last);
                continue;
            }

            // «the 30th anniversary of the Assembly», «30-летие Ассамблеи»: an assembly right after the anniversary (or
            // after «of») is whose it is, even where another assembly, the one marking it, stands before.
            // A Kazakh genitive right before the number names whose it is first: «Тәуелсіздіктің 30 жылдығы Ассамблея
            // жұмысында …» is Independence's, though the Assembly's name follows.
            int owner = OwnerAfter(last);
            bool genitiveBefore = GenitiveOwnerBefore(i, s);
            int head = !genitiveBefore && IsAssemblyHead(owner) ? owner : -1;
            // «30 летия Независимости», «Тәуелсіздіктің 30 жылдығы»: someone else's anniversary, even with an assembly
            // named nearby (the one marking it).
            bool another = head < 0 && (genitiveBefore || NamesAnotherOwner(owner, s));
            // The nearest assembly before the number, else after it: in «Ақтөбе облыстық Қазақстан халқы Ассамблеясы
            // Ассамблеяның 30 жылдығы аясында …» the Assembly's genitive right before the years owns them, not the
            // regional assembly marking them one word earlier.
            for (int k = i - 1; k >= Math.Max(s.First, i - 4) && head < 0 && !another; k--)
            {
                head = IsAssemblyHead(k) ? k : -1;
            }

            for (int k = last + 1; k < Math.Min(s.End, last + 4) && head < 0 && !another; k++)
            {
                head = IsAssemblyHead(k) ? k : -1;
            }

            // «Ассамблея народа Казахстана отмечает свое 30-летие», «the Assembly … marks its 30th anniversary»: the
            // possessive points back to the assembly named earlier in the sentence, however far.
            for (int k = i - 2; k >= s.First && head < 0 && !another && IsWholeWord(i - 1, lexicon.OwnPossessiveWords); k--)
            {
                head = IsAssemblyHead(k) ? k : -1;
            }

            if (head < 0)
            {
                // No assembly's: still the years of an anniversary, never a count of what follows them.
                mentions.Add(new Mention(MentionKind.Uncertain, Source(i, last), "the years of an anniversary, not a count"));
                MarkUsed(i, last);
                continue;
            }

            clause.MentionsAnniversary = true;
            AssemblyBody body = BodyAt(head, s, out _, out _);
            if (ReferenceEquals(body, Apk) && RegionalAdjectiveBefore(head))
            {
                // «облыстық ҚХА-ның 25 жылдығы» where the report names no region: a regional assembly's years.
                mentions.Add(new Mention(MentionKind.Uncertain, Source(i, last), "a regional assembly's anniversary in no region the report names"));
                MarkUsed(i, last);
                continue;
            }

            int years = (int)token.Value;
            MarkUsed(i, last);
            if (body.Founded.Year + years <= Periods.DomainCalendar.MaxYear
                && anniversaries.Add((body.Id.ToString(), years)))
            {
                facts.Add(new ReadAnniversary(Anniversary.Of(body, body.Founded.Year + years), Source(Math.Min(i, head), Math.Max(last, head))));
            }
        }
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
