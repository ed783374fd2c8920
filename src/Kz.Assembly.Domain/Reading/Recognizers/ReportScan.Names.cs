using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Projects;
using Kz.Assembly.Domain.Reading.Scanning;
using Kz.Assembly.Domain.Representation;

namespace Kz.Assembly.Domain.Reading.Recognizers;

/// <content>Quoted names: a run of them before «жобалары» or after «проекты» are projects; one beside «депутаттар
/// тобы» / «депутатская группа» is a deputy group (inter-chamber where the report says палатааралық, межпалатная).
/// A name read twice is one project.</content>
internal sealed partial class ReportScan
{
    // Whether an assembly is named near the sentence being read: in it, earlier in its paragraph or in the sentence
    // before. A project named with no assembly near it («В рамках проекта «Шымкентские вечера» …» on a city's culture
    // page) is the city's or another body's, not the report's assembly's.
    private bool assemblyNearby;
    private int paragraphNaming = -1;
    private bool assemblyInSentenceBefore;

    private readonly System.Collections.Generic.HashSet<string> projectNames = new(System.StringComparer.Ordinal);
    private readonly System.Collections.Generic.HashSet<string> groupNames = new(System.StringComparer.Ordinal);

    private void ReadNames(SentenceFacts clause)
    {
        Sentence s = clause.Sentence;
        for (int i = s.First; i < s.End; i++)
        {
            if (tokens[i].Kind != TokenKind.Name || used[i])
            {
                continue;
            }

            // A run of names separated by commas and "and": «Салауатты сана», «Адал азамат» ... жобалары.
            int last = i;
            while (last + 2 < s.End && tokens[last + 2].Kind == TokenKind.Name && IsListJoin(last + 1))
            {
                last += 2;
            }

            // «the national project "…"», «общенационального проекта «…»», ««…» жалпыұлттық жобасы»: the national Assembly's.
            bool nationalAfter = IsWord(last + 1, lexicon.NationalProjectWords) && IsWord(last + 2, lexicon.ProjectAfter);
            int projectAfterWord = nationalAfter ? last + 2 : ProjectNounAfter(last, s);
            bool projectAfter = projectAfterWord >= 0;
            int projectWord = IsWord(i - 1, lexicon.ProjectBefore) ? i - 1 : IsWord(i - 2, lexicon.ProjectBefore) ? i - 2 : -1;
            bool projectBefore = projectWord >= 0;
            if (projectAfter || projectBefore)
            {
                bool national = nationalAfter || (projectBefore && IsWord(projectWord - 1, lexicon.NationalProjectWords));
                for (int k = i; k <= last; k += 2)
                {
                    AddProject(k, s, national || IsNationalProjectName(tokens[k]));
                }

                MarkUsed(i, projectAfter ? projectAfterWord : last);
                i = last;
                continue;
            }

            int groupWord = FindWord(new Sentence(i + 1, System.Math.Min(s.End, i + 5), s.Paragraph), lexicon.GroupWords);
            bool groupBefore = IsWord(i - 1, lexicon.GroupWords) || IsWord(i - 2, lexicon.GroupWords);
            if ((groupWord >= 0 || groupBefore) && FindWord(s, lexicon.DeputyWords) >= 0)
            {
                if (FindWord(s, lexicon.LocalCouncilWords) >= 0)
                {
                    // «Облыстық мәслихат жанынан «Ынтымақ» депутаттар тобы құрылды»: a maslikhat's group, not Parliament's.
                    mentions.Add(new Mention(MentionKind.Name, Source(i, groupWord >= 0 ? groupWord : i), "a deputy group of a maslikhat, not of Parliament"));
                }
                else if (LocalAdjectiveBetween(groupBefore ? System.Math.Max(s.First, i - 4) : i + 1, groupBefore ? i : groupWord))
                {
                    // «„Бірлік“ облыстық ҚХА депутаттық тобы», «районная депутатская группа»: a region's or district's group.
                    mentions.Add(new Mention(MentionKind.Name, Source(i, groupWord >= 0 ? groupWord : i), "a deputy group of a region or district, not of Parliament"));
                }
                else if (Draft(tokens[i].Norm) is { } name && groupNames.Add(NameKey(tokens[i])))
                {
                    bool interChamber = FindWord(s, lexicon.InterChamberWords) >= 0;
                    facts.Add(new ReadDeputyGroup(DeputyGroup.Create(Apk, name, interChamber), Source(groupBefore ? i - 1 : i, groupWord >= 0 ? groupWord : i)));
                }

                MarkUsed(i, groupWord >= 0 ? groupWord : i);
            }
        }
    }

    /// <summary>Whether a regional, district or town adjective («облыстық», «аудандық», «областной», «regional») stands
    /// among the tokens from <paramref name="from"/> up to <paramref name="to"/> (exclusive).</summary>
    private bool LocalAdjectiveBetween(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (IsWord(k, lexicon.RegionalAdjectives) || IsWord(k, lexicon.DistrictAdjectives) || IsWord(k, lexicon.CityAdjectives))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The project noun after a name, right after it or past up to three lower-case words that describe the project
    /// («Бір ел» тарихи-ағартушылық жастар жобасы, «Алғыс» атты жоба); -1 if none. A genitive between them makes the
    /// name the owner («Қоғамдық келісім» мекемесінің жобасы: the institution's project), so the search stops there.
    /// </summary>
    private int ProjectNounAfter(int last, Sentence s)
    {
        for (int k = last + 1; k < System.Math.Min(s.End, last + 5); k++)
        {
            if (IsWord(k, lexicon.ProjectAfter))
            {
                return k;
            }

            if (tokens[k].Kind != TokenKind.Word || tokens[k].Capitalized || ReadingLexicon.EndsWithAny(tokens[k].Norm, lexicon.GenitiveEndings))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether a name begins with a national Assembly's project name as whole words («Большая страна –
    /// большая семья», not «Большая странаведческая …»).</summary>
    private bool IsNationalProjectName(Token name)
    {
        string key = NameKey(name);
        foreach (string start in lexicon.NationalProjectNames)
        {
            if (key.StartsWith(start, System.StringComparison.Ordinal) && (key.Length == start.Length || !char.IsLetter(key[start.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence says an assembly took part («APK took part», «АНК приняла участие», «ҚХА
    /// қатысты») with no count beside it: a count makes it people who took part in the assembly's own project.</summary>
    private bool AssemblyTakesPart(Sentence s)
    {
        if (FindWord(s, lexicon.ParticipationWords) < 0)
        {
            return false;
        }

        bool assembly = false;
        for (int k = s.First; k < s.End; k++)
        {
            if (tokens[k].Kind == TokenKind.Number)
            {
                return false;
            }

            assembly |= IsAssemblyHead(k);
        }

        return assembly;
    }

    private bool IsListJoin(int i) =>
        tokens[i].Is(',') || (tokens[i].Kind == TokenKind.Word && System.Array.IndexOf(lexicon.ListJoins, tokens[i].Norm) >= 0);

    /// <summary>Notes whether the sentence names an assembly (any level, any form) and so whether one is named near it:
    /// in it, earlier in its paragraph or in the sentence before.</summary>
    private bool NoteAssembliesNamed(Sentence s)
    {
        bool named = false;
        for (int k = s.First; k < s.End && !named; k++)
        {
            named = IsAssemblyHead(k);
        }

        assemblyNearby = named || s.Paragraph == paragraphNaming || assemblyInSentenceBefore;
        paragraphNaming = named ? s.Paragraph : paragraphNaming;
        assemblyInSentenceBefore = named;
        return named;
    }

    private void AddProject(int i, Sentence s, bool national)
    {
        if (!namesAnAssembly)
        {
            mentions.Add(new Mention(MentionKind.Uncertain, Source(i, i), "a project in a report that names no assembly: an akimat's or a party's, not the region's assembly's"));
            return;
        }

        bool ownerBefore = i - 1 >= s.First && IsAssemblyHead(i - 1);

        // In Kazakh an assembly right before the name owns it only in the genitive («ҚХА-ның «…» жобасына 500 адам
        // қатысты»); in the nominative it is the subject that took part («облыстық ҚХА «…» жобасына қатысты»).
        bool ownerNamed = ownerBefore && (lexicon.GenitiveEndings.Length == 0 || ReadingLexicon.EndsWithAny(tokens[i - 1].Norm, lexicon.GenitiveEndings));
        if (!national && !ownerNamed && AssemblyTakesPart(s))
        {
            // «the regional APK took an active part in the selection» of the project «100 New Persons»: the assembly
            // took part in another body's project; it is not the assembly's own.
            mentions.Add(new Mention(MentionKind.Uncertain, Source(i, i), "a project the assembly took part in: another body's, not its own"));
            return;
        }

        if (!national && !ownerNamed && reportRegion is not null && PhraseIn(s, lexicon.NationalPhrases, wholeWords: false))
        {
            // «всеми областями страны и городом Алматы реализуется проект «Регионы в дар Астане»»: a project carried
            // out across the country is no one region's, whichever region the report is about.
            mentions.Add(new Mention(MentionKind.Uncertain, Source(i, i), "a project carried out across the country, not one region's"));
            return;
        }

        // «… 390 іс-шара … Оның ішінде 42 қайырымдылық акциясы өткізілді. «Қамқорлық» жобасы аясында …»: right after a
        // sentence that counted for the assembly's summary, the assembly is still the one spoken of.
        bool afterItsSummary = lastSummaryEnd >= 0 && lastSummaryEnd <= s.First && OnlyBreaksBetween(lastSummaryEnd, s.First);
        if (!national && !ownerBefore && !assemblyNearby && !afterItsSummary)
        {
            mentions.Add(new Mention(MentionKind.Uncertain, Source(i, i), "a project with no assembly named near it: another body's, not the report's assembly's"));
            return;
        }

        // «Қазақстан халқы Ассамблеясының «Достық керуені» жобасы», «проекта АНК «Шаңырақ»»: the assembly named right
        // before the name owns the project (the national Assembly, or a regional one by its adjective), not the report's.
        AssemblyBody owner = national || (nationalHeadline && !ownerBefore) ? Apk : ownerBefore ? BodyAt(i - 1, s, out _, out _) : ReportBody;
        if (Draft(tokens[i].Norm) is not { } name || !SocialProject.TryCreate(owner, name, null, out SocialProject? project))
        {
            mentions.Add(new Mention(MentionKind.Refused, Source(i, i), "a project name the model refuses"));
            return;
        }

        if (projectNames.Add(NameKey(tokens[i])))
        {
            facts.Add(new ReadProject(project, Source(i, i)));
        }
    }
}
