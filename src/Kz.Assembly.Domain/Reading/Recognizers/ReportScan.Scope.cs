using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Reading.Scanning;

namespace Kz.Assembly.Domain.Reading.Recognizers;

/// <content>
/// Scope, the first step of every sentence: whose figures a sentence states, before any recognizer reads them. A
/// sentence about another country's body or region, or about a district or town assembly (which the model has no
/// body for), states no fact: its numbers become <see cref="MentionKind.Uncertain"/> mentions saying why. A sentence
/// about the whole country («по всей стране», «елімізде», «across the country») states the national Assembly's
/// figures, never the report region's. Precision first: a wrong fact is worse than a missed one.
/// </content>
internal sealed partial class ReportScan
{
    // The organiser (not an assembly) the sentence before named, and its paragraph: a sentence naming neither an
    // assembly nor an organiser right after it counts that organiser's activities.
    private string? organiserBefore;
    private int organiserParagraph = -1;

    // Whether the sentence just classified counts another organiser's activities (not another place's or level's).
    private bool anotherOrganiserActs;

    // The paragraph of the sentence just classified when it was a district assembly's, else -1.
    private int districtParagraph = -1;

    private const string DistrictsFigure = "a district assembly's figure: the reader places no body below a region";

    private const string TownsFigure = "a town assembly's figure: the reader places no body below a region";

    /// <summary>Whose figures a sentence states.</summary>
    private enum Scope
    {
        /// <summary>The report's body (its region's assembly, or the one the sentence names).</summary>
        Report,

        /// <summary>The whole country: the national Assembly's figures.</summary>
        National,

        /// <summary>A body or region the model does not hold: no fact.</summary>
        Elsewhere,
    }

    /// <summary>Classifies a sentence (another organiser's first, then the words of other places and levels); for
    /// <see cref="Scope.Elsewhere"/>, <paramref name="why"/> says what it is about.</summary>
    private Scope ScopeOf(Sentence s, bool namesAssembly, out string why)
    {
        anotherOrganiserActs = AnotherOrganisers(s, namesAssembly, out why);
        if (anotherOrganiserActs)
        {
            return Scope.Elsewhere;
        }

        // «Eight district assemblies have been created in Almaty region. Together they have already held 96 events.»: a
        // sentence naming no assembly and no region right after a district's, in its paragraph, goes on about it.
        bool districtGoesOn = districtParagraph == s.Paragraph && !namesAssembly && !NamesAnyRegion(s);
        districtParagraph = -1;
        Scope scope = districtGoesOn ? Scope.Elsewhere : ScopeOfWords(s, out why);
        why = districtGoesOn ? DistrictsFigure : why;
        districtParagraph = why is DistrictsFigure or TownsFigure ? s.Paragraph : -1;
        return scope;
    }

    /// <summary>Whether the sentence names a region of Kazakhstan, or a region by its noun («в области», «облыста»).</summary>
    private bool NamesAnyRegion(Sentence s)
    {
        for (int i = s.First; i < s.End; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && (IsWord(i, lexicon.RegionWords) || RegionAt(i, s.End, out _, out _)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Classifies a sentence by the words of other places and levels in it.</summary>
    private Scope ScopeOfWords(Sentence s, out string why)
    {
        why = string.Empty;

        for (int i = s.First; i < s.End; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            if (IsWord(i, lexicon.ForeignWords))
            {
                why = $"a figure of another country («{tokens[i].Norm}»), not Kazakhstan's Assembly";
                return Scope.Elsewhere;
            }

            // «the Kyrgyz assembly», «кыргызская ассамблея», «Қырғыз тарапы»: another country's body, or its side in talks.
            if (IsWord(i, lexicon.ForeignAdjectives) && (IsAssemblyHead(i + 1) || IsWord(i + 1, lexicon.SideWords)))
            {
                why = $"a figure of another country's assembly («{tokens[i].Norm} {tokens[i + 1].Norm}»), not Kazakhstan's Assembly";
                return Scope.Elsewhere;
            }

            // «Детской ассамблеи», «Балалар ассамблеясы», «Children's Assembly»: another body, not the Assembly's.
            if (IsWord(i, lexicon.OtherAssemblyWords) && IsAssemblyHead(i + 1))
            {
                why = $"a figure of another assembly («{tokens[i].Norm} {tokens[i + 1].Norm}»), not the Assembly of People of Kazakhstan's";
                return Scope.Elsewhere;
            }

            // «Ассамблеи народов Евразии», «Assembly of Peoples of Eurasia», «Еуразия халықтары ассамблеясы»: the peoples
            // of somewhere else.
            if (IsAssemblyHead(i) && PeoplesOfElsewhere(i, s) is { } place)
            {
                why = $"a figure of another assembly (of the peoples of «{place}»), not the Assembly of People of Kazakhstan's";
                return Scope.Elsewhere;
            }

            // «Бәйдібек аудандық ҚХА», «районной ассамблеи», «Кентау қалалық Қазақстан халқы Ассамблеясы»: below the region.
            if (IsWord(i, lexicon.DistrictAdjectives) && AssemblyWithin(i + 1, 4, s))
            {
                why = DistrictsFigure;
                return Scope.Elsewhere;
            }

            // «Сайрам ауданының Қазақстан халқы Ассамблеясы», «Ассамблеи народа Казахстана Сайрамского района», «the
            // Assembly of Sairam District»: a district's assembly named by its district.
            if (IsWholeWord(i, lexicon.DistrictOwners)
                && ((headFinal && AssemblyWithin(i + 1, 4, s)) || (!headFinal && AssemblyNameEndsWithin(i, 3, s))))
            {
                why = DistrictsFigure;
                return Scope.Elsewhere;
            }

            // «городская ассамблея» in a report on Shymkent, Almaty or Astana is the report's own (regional) assembly.
            if (IsWord(i, lexicon.CityAdjectives) && AssemblyWithin(i + 1, 4, s) && !CityOfRepublicanSignificance(i - 1, s)
                && reportRegion is not { Kind: RegionKind.City })
            {
                why = TownsFigure;
                return Scope.Elsewhere;
            }

            // «Ассамблеи народа Казахстана города Рудного», «Рудный қаласының ҚХА»: a region's town named as its assembly's.
            if (tokens[i].Kind == TokenKind.Word && tokens[i].Capitalized
                && (headFinal ? IsWholeWord(i + 1, lexicon.RegionPossessorWords) && AssemblyWithin(i + 2, 3, s) : AssemblyNameEndsWithin(i, 2, s))
                && RegionalTowns.Of(NameKey(tokens[i]), published) is not null)
            {
                why = TownsFigure;
                return Scope.Elsewhere;
            }

            // «в Омской области», «Новосибирской области»: a Russian region adjective before the region word, naming
            // no region of Kazakhstan («Туркестанской области» is one; «Казахстана» is no adjective).
            if (IsWord(i, lexicon.RegionWords) && i - 1 > s.First && tokens[i - 1].Kind == TokenKind.Word && tokens[i - 1].Capitalized
                && ReadingLexicon.EndsWithAny(tokens[i - 1].Norm, lexicon.RegionAdjectiveEndings)
                && !RegionAt(i - 1, s.End, out _, out _))
            {
                why = $"a figure of a region that is not Kazakhstan's («{tokens[i - 1].Norm} {tokens[i].Norm}»)";
                return Scope.Elsewhere;
            }
        }

        // «Аудан бойынша жыл басынан бері 42 іс-шара»: a district's total, even where no district assembly is named.
        if (PhraseIn(s, lexicon.DistrictPhrases, wholeWords: true))
        {
            why = "a district's figure: the reader places no body below a region";
            return Scope.Elsewhere;
        }

        // «1,050 events, or 7% of the events held in the country», «1050 іс-шара, бұл елімізде өткендердің 7 пайызы»: the
        // whole country named after a share (before it, where the head comes last) is the share's base, not whose the
        // figures are; «15,000 events across the country, 7% of them in …» stays the country's.
        int national = PhraseAt(s, lexicon.NationalPhrases, wholeWords: false);
        int percent = national < 0 ? -1 : PercentAt(s);
        bool shareBase = percent >= 0 && (headFinal ? national > FirstCount(s) && national < percent : national > percent);
        return national >= 0 && !shareBase ? Scope.National : Scope.Report;
    }

    /// <summary>
    /// Whether a sentence counts another organiser's activities: it names one (an akimat, a department, a movement)
    /// and no assembly, or it names neither and follows such a sentence in its paragraph («Управление внутренней
    /// политики организовало работу 13 групп. Проведено 25 встреч»). An organiser cited as the source («по данным
    /// управления», «басқарма мәліметінше») did not hold what it reports.
    /// </summary>
    private bool AnotherOrganisers(Sentence s, bool namesAssembly, out string why)
    {
        why = string.Empty;

        // «При поддержке Ассамблеи … в школах проведено 50 мероприятий»: held by others with the assembly's support.
        if (namesAssembly && OnlySupports(s))
        {
            why = "activities held with an assembly's support, not by it";
            organiserBefore = null;
            return true;
        }

        // «Министерство культуры к 30-летию АНК провело 50 мероприятий», «кітапханалары ҚХА-ның 30 жылдығына орай … өткізді»:
        // an assembly named only as the occasion (its anniversary, its year) is not the one that acted.
        namesAssembly = namesAssembly && AssemblyActsIn(s);
        string? organiser = namesAssembly ? null : OrganiserIn(s);
        bool carried = organiser is null && !namesAssembly && organiserBefore is not null && s.Paragraph == organiserParagraph;
        string? actor = organiser ?? (carried ? organiserBefore : null);
        organiserBefore = organiser;
        organiserParagraph = s.Paragraph;
        if (actor is null)
        {
            return false;
        }

        // «Депутаты маслихата провели 40 встреч»: a local council's, whose sessions and groups are named as such.
        why = ReadingLexicon.StartsWithAny(actor, lexicon.LocalCouncilWords) ? $"a maslikhat's figure («{actor}»), not an assembly's"
            : $"another organiser's figure («{actor}»), not an assembly's";
        return true;
    }

    /// <summary>Whether the sentence names an assembly other than as an occasion: not only as the owner of an anniversary
    /// («30-летию АНК», «ҚХА-ның 30 жылдығына», «the Assembly's 30th anniversary», «the 30th anniversary of the Assembly»)
    /// or of a year («года Ассамблеи», «Ассамблея жылы», «the Year of the Assembly»).</summary>
    private bool AssemblyActsIn(Sentence s)
    {
        for (int head = s.First; head < s.End; head++)
        {
            if (IsAssemblyHead(head) && !NamedAsOccasion(head) && !NamedAsPartner(head, s))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every assembly the sentence names is named as the one whose support others had: a word of support
    /// within six words before its name («при поддержке Ассамблеи», «with the support of the … Assembly»), or, in
    /// Kazakh, right after it («ҚХА қолдауымен»).</summary>
    private bool OnlySupports(Sentence s)
    {
        bool any = false;
        for (int head = s.First; head < s.End; head++)
        {
            if (!IsAssemblyHead(head))
            {
                continue;
            }

            any = true;
            bool supports = headFinal ? IsWord(AfterAssemblyName(head), lexicon.SupportWords) : WordWithin(BeforeAssemblyName(head), head - 6, s, k => IsWord(k, lexicon.SupportWords));
            if (!supports)
            {
                return false;
            }
        }

        return any;
    }

    /// <summary>Whether a word the test accepts stands from <paramref name="from"/> back to <paramref name="to"/>,
    /// within the sentence (punctuation and all: a region's name and an article may stand between).</summary>
    private static bool WordWithin(int from, int to, Sentence s, System.Func<int, bool> accepts)
    {
        for (int k = from; k >= System.Math.Max(s.First, to); k--)
        {
            if (accepts(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the assembly at <paramref name="head"/> is named as the one another organiser worked with
    /// («Together with the Zhambyl Regional Assembly, the department organised …», «совместно с ассамблеей», «облыстық
    /// ҚХА-мен бірлесіп»): a word of together within three words before its name, or, in Kazakh, right after it.</summary>
    private bool NamedAsPartner(int head, Sentence s)
    {
        if (headFinal)
        {
            int after = AfterAssemblyName(head);
            return IsWholeWord(after, lexicon.TogetherWords) || IsWholeWord(after + 1, lexicon.TogetherWords);
        }

        // «Together with the Zhambyl Regional Assembly»: the region's name and an article may stand between; «Совместно с
        // управлением внутренней политики Ассамблея … провела»: an organiser between is the partner, the assembly acts.
        for (int k = BeforeAssemblyName(head); k >= System.Math.Max(s.First, head - 6); k--)
        {
            if (IsWord(k, lexicon.OtherOrganiserWords))
            {
                return false;
            }

            if (IsWholeWord(k, lexicon.TogetherWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the assembly at <paramref name="head"/> is named as whose anniversary or year it is.</summary>
    private bool NamedAsOccasion(int head)
    {
        // Before the name: «30-летию [АНК]», «30 жылдығы», «the 30th anniversary of the», «года», «the Year of the».
        int before = BeforeAssemblyName(head);
        before -= IsWholeWord(before, OpeningArticles) ? 1 : 0;
        before -= IsWholeWord(before, lexicon.OfWords) ? 1 : 0;
        before -= IsWholeWord(before, OpeningArticles) ? 1 : 0;
        if (IsAnniversaryYearsAt(before) || IsWholeWord(before, lexicon.OccasionYearWords))
        {
            return true;
        }

        // After the name: «ҚХА-ның 30 жылдығына», «the Assembly's 30th anniversary», «Ассамблея жылы».
        int after = AfterAssemblyName(head);
        return (after < tokens.Count && tokens[after].Kind == TokenKind.Number && (IsAnniversaryYearsAt(after) || IsWord(after + 1, lexicon.AnniversaryWords)))
            || IsWholeWord(after, lexicon.OccasionYearWords);
    }

    /// <summary>The years of an anniversary at <paramref name="i"/>: a number with the anniversary's word joined
    /// («30-летию») or the word after a number («30 жылдығы», «30th anniversary»).</summary>
    private bool IsAnniversaryYearsAt(int i) =>
        i >= 0 && i < tokens.Count
        && ((tokens[i].Kind == TokenKind.Number && ReadingLexicon.StartsWithAny(tokens[i].Suffix, lexicon.AnniversaryWords))
            || (IsWord(i, lexicon.AnniversaryWords) && i > 0 && tokens[i - 1].Kind == TokenKind.Number));

    private string? OrganiserIn(Sentence s)
    {
        for (int i = s.First; i < s.End; i++)
        {
            // «Депутаты маслихата провели 40 встреч с избирателями»: a maslikhat counting (its sessions and deputy groups are
            // read as such elsewhere).
            if ((IsWord(i, lexicon.OtherOrganiserWords) || (IsWord(i, lexicon.LocalCouncilWords) && HasCount(s.First, s.End))) && !CitedAsSource(i, s))
            {
                return tokens[i].Norm;
            }

            // «общество провело 45 мероприятий», «the centre held»; not «Облыс орталығы» (the region's centre, a town).
            if (IsWholeWord(i, lexicon.OneOrganisationWords) && !IsWord(i - 1, lexicon.RegionWords) && HeldVerbAfter(i, s) && !AssemblysOwn(i, s))
            {
                return tokens[i].Norm;
            }
        }

        // «Этнообъединения по собственной инициативе провели 12 встреч», «өз бастамасымен … өткізді»: whoever acted on
        // its own, in a sentence naming no assembly, is not the assembly.
        int own = PhraseAt(s, lexicon.OwnInitiativePhrases, wholeWords: false);
        if (own < 0)
        {
            return null;
        }

        int last = PhraseStartingAt(own, s.End, lexicon.OwnInitiativePhrases);
        return text[tokens[own].Start..tokens[last].End];
    }

    /// <summary>Whether the organisation at <paramref name="i"/> is named after an assembly, as its wing («Ассамблея
    /// жастары» қоғамдық бірлестігі): a name holding an assembly's word within three words before it.</summary>
    private bool AssemblysOwn(int i, Sentence s)
    {
        for (int k = System.Math.Max(s.First, i - 3); k < i; k++)
        {
            if (tokens[k].Kind == TokenKind.Name && ReadingLexicon.ContainsAny(NameKey(tokens[k]), lexicon.AssemblyHeads))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a verb of holding follows <paramref name="subject"/> in its clause, within a Kazakh sentence's
    /// reach (its verb comes last): «общество провело», «the centre held», «орталығы биыл 45 іс-шара өткізді».</summary>
    private bool HeldVerbAfter(int subject, Sentence s)
    {
        for (int k = subject + 1; k < System.Math.Min(s.End, subject + 9); k++)
        {
            if (tokens[k].Is(','))
            {
                return false;
            }

            if (IsWholeWord(k, lexicon.HeldVerbs))
            {
                return true;
            }
        }

        return false;
    }

    private bool CitedAsSource(int i, Sentence s)
    {
        for (int k = System.Math.Max(s.First, i - 5); k <= System.Math.Min(s.End - 1, i + 5); k++)
        {
            if (IsWord(k, lexicon.SourceCitationWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The place an assembly at <paramref name="head"/> is named for when it is of the peoples (plural) of
    /// somewhere other than Kazakhstan: after it («народов Евразии», «of Peoples of Eurasia») or, in Kazakh, before it
    /// («Еуразия халықтары ассамблеясы»); null otherwise.</summary>
    private string? PeoplesOfElsewhere(int head, Sentence s)
    {
        int plural = IsWord(head + 1, lexicon.PeoplesPluralWords) ? head + 1
            : IsWord(head + 1, lexicon.OfWords) && IsWord(head + 2, lexicon.PeoplesPluralWords) ? head + 2
            : -1;
        if (plural >= 0)
        {
            int place = IsWord(plural + 1, lexicon.OfWords) ? plural + 2 : plural + 1;
            return place < s.End && tokens[place].Kind == TokenKind.Word && !IsWord(place, lexicon.KazakhstanWords) ? tokens[place].Norm : null;
        }

        return head - 2 >= s.First && IsWord(head - 1, lexicon.PeoplesPluralWords) && tokens[head - 2].Kind == TokenKind.Word
            && !IsWord(head - 2, lexicon.KazakhstanWords) ? tokens[head - 2].Norm : null;
    }

    /// <summary>Whether an assembly's name («Ассамблеи народа Казахстана», «Assembly of People of Kazakhstan») ends
    /// within <paramref name="words"/> words before <paramref name="at"/>, with one word or two between («… Сайрамского
    /// района», «… of Sairam District»).</summary>
    private bool AssemblyNameEndsWithin(int at, int words, Sentence s)
    {
        for (int head = at - 1; head >= System.Math.Max(s.First, at - words - 4); head--)
        {
            if (IsAssemblyHead(head) && AfterAssemblyName(head) is int after && at - after is >= 0 and < 3)
            {
                return true;
            }
        }

        return false;
    }

    private bool AssemblyWithin(int from, int words, Sentence s)
    {
        for (int i = from; i < System.Math.Min(s.End, from + words); i++)
        {
            if (IsAssemblyHead(i))
            {
                return true;
            }

            // «… in rural districts, the assembly's secretariat said»: a clause's end parts the word from the assembly.
            if (tokens[i].Is(',') || tokens[i].Is(';') || tokens[i].Is(':'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>«Шымкент қалалық»: a city that is a region of its own (Astana, Almaty, Shymkent) has a regional assembly.</summary>
    private bool CityOfRepublicanSignificance(int i, Sentence s) =>
        i >= s.First && RegionAt(i, s.End, out Region? region, out _) && region!.Kind == RegionKind.City;

    /// <summary>
    /// Whether the sentence holds one of the phrases, word by word: each word a stem of the token's («по всей стране»,
    /// «елімізде», «across the country»), or the token itself when <paramref name="wholeWords"/>.
    /// </summary>
    private bool PhraseIn(Sentence s, string[][] phrases, bool wholeWords) => PhraseAt(s, phrases, wholeWords) >= 0;

    /// <summary>Whether a sign or word of percent follows the token at <paramref name="number"/> («7%», «7 процентов»).</summary>
    private bool PercentAfter(int number) =>
        number + 1 < tokens.Count && (tokens[number + 1].Is('%') || IsWord(number + 1, lexicon.PercentWords));

    /// <summary>The first number of percent in the sentence («7%», «7 percent», «7 процентов», «7 пайыз»), or -1.</summary>
    private int PercentAt(Sentence s)
    {
        for (int i = s.First; i + 1 < s.End; i++)
        {
            if (tokens[i].Kind == TokenKind.Number && PercentAfter(i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first token of the first of the phrases the sentence holds, or -1.</summary>
    private int PhraseAt(Sentence s, string[][] phrases, bool wholeWords)
    {
        PhraseIndex index = PhraseIndex.Of(phrases);
        for (int i = s.First; i < s.End; i++)
        {
            foreach (string[] phrase in index.OpenedBy(tokens[i]))
            {
                int k = 0;
                while (k < phrase.Length && i + k < s.End && ++Steps > 0 && tokens[i + k].Kind == TokenKind.Word
                    && (wholeWords ? tokens[i + k].Norm == phrase[k] : tokens[i + k].Norm.StartsWith(phrase[k], System.StringComparison.Ordinal)))
                {
                    k++;
                }

                if (k == phrase.Length)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>Every number and Roman numeral of a sentence that states no fact, as a mention saying why.</summary>
    private void MentionFiguresOf(Sentence s, string why)
    {
        AssemblyActivityKind? onlyKind = null;
        bool severalKinds = false;
        for (int i = s.First; i < s.End; i++)
        {
            Token token = tokens[i];
            bool roman = token.Kind == TokenKind.Word && token.End - token.Start >= 1 && IsRomanWord(token)
                && Localization.RomanNumeral.TryParse(text.Substring(token.Start, token.End - token.Start), out _);
            if (!used[i] && (token.Kind == TokenKind.Number || roman))
            {
                mentions.Add(new Mention(MentionKind.Uncertain, Source(i, i), why));
                used[i] = true;
                if (token.Kind == TokenKind.Number && FindHead(i + 1, s.End, QualifiedCount.Exactly(2), out AssemblyActivityKind? kind, out _, out _) >= 0)
                {
                    NoteKind(kind, ref onlyKind, ref severalKinds);
                }
            }
        }

        // «The Rudny City Assembly held 85 events. The regional assembly held 510»: the kind another body's sentence
        // counted is the one a next one leaves out; not where it names a period, which is not read here and would not
        // carry to the next.
        countedBefore = onlyKind is { } one && !severalKinds && !NamesAPeriod(s) ? (s.End, one, false) : null;
    }

    /// <summary>Whether a period stands in the sentence (looked for without reading the sentence's periods).</summary>
    private bool NamesAPeriod(Sentence s)
    {
        for (int k = s.First; k < s.End; k++)
        {
            if (PeriodStartsAt(k, s.End, out _))
            {
                return true;
            }
        }

        return false;
    }
}
