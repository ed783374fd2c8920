using System;
using System.Collections.Generic;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Reading.Scanning;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Reading.Recognizers;

/// <content>Bodies and sessions: a body is found from its name in any case form (a region's adjective or genitive
/// beside «Қазақстан халқы Ассамблеясы» / «Ассамблея народа Казахстана» makes it the regional one); a session from
/// a Roman numeral in either script or an ordinal before «сессия»; «ХХХІV (34)» is one number, read once.</content>
internal sealed partial class ReportScan
{
    /// <summary>The national Assembly, with the id and founding date the library's own data set uses.</summary>
    internal static readonly AssemblyBody Apk = AssemblyBody.National(
        "apk",
        LocalizedText.Create("Қазақстан халқы Ассамблеясы", "Ассамблея народа Казахстана", "Assembly of People of Kazakhstan"),
        DomainCalendar.ApkFoundingDate);

    private readonly Dictionary<(string Body, int Number), SessionDraft> sessions = [];
    private readonly List<SessionDraft> sessionOrder = [];
    private readonly Dictionary<string, AssemblyBody> bodies = new(StringComparer.Ordinal) { ["apk"] = Apk };
    private Region? reportRegion;
    private SessionDraft? currentSession;

    // The session read last and its paragraph: a sentence after it that names «the session» with no number speaks of it.
    private (SessionDraft Draft, int Paragraph)? lastDraft;

    /// <summary>The day of a dateline just before the sentence being read, for a session it says was held.</summary>
    private LocalDate? datelineDay;

    // A project named in a text that names no assembly (an akimat's programme, a party's campaign) is not the
    // regional assembly's. Counts are kept: a region's associations' figures are its assembly's even unnamed.
    private bool namesAnAssembly;

    // A report on a republican campaign or event that names the national Assembly and no regional one («Елордадағы
    // Достық үйінде Қазақстан халқы Ассамблеясының республикалық акциясы басталды»): its region is where things took
    // place, and its figures are the national Assembly's, not the region's.
    private bool aboutARepublicanCampaign;

    // A text whose headline opens with the national Assembly as its subject and that names no regional assembly: a
    // region it names («Ақмола және Қарағанды облыстарына гуманитарлық көмек жіберілді») is where the Assembly acted,
    // so a project no assembly is named right before is the national Assembly's, not that region's. A figure the
    // text places in a region («In Turkistan Region alone, 180 events took place») stays the region's.
    private bool nationalHeadline;

    /// <summary>The body the report is about: the regional assembly of the first region it names, else the APK.</summary>
    private AssemblyBody ReportBody => reportRegion is null ? Apk : RegionalBody(reportRegion);

    private AssemblyBody RegionalBody(Region region)
    {
        string id = "apk-" + region.Code.ToLowerInvariant();
        if (!bodies.TryGetValue(id, out AssemblyBody? body))
        {
            // A regional assembly's founding is not in the report: the APK's, or the region's own creation if later.
            LocalDate founded = region.Established is { } established && established > DomainCalendar.ApkFoundingDate ? established : DomainCalendar.ApkFoundingDate;
            body = AssemblyBody.Regional(region, founded);
            bodies[id] = body;
        }

        return body;
    }

    private void FindReportRegion()
    {
        for (int i = 0; i < tokens.Count && reportRegion is null; i++)
        {
            if (RegionAt(i, tokens.Count, out Region? region, out _))
            {
                reportRegion = region;
            }
        }
    }

    /// <summary>Whether a participle of what is still to come stands within six words before a session's number
    /// («Астанада 18 сәуірде туын көтеретін Қазақстан халқы Ассамблеясының XXI сессиясына»).</summary>
    private bool FutureParticipleBefore(int number, Sentence s)
    {
        for (int k = number - 1; k >= Math.Max(s.First, number - 6); k--)
        {
            if (tokens[k].Kind == TokenKind.Word && ReadingLexicon.EndsWithAny(tokens[k].Norm, lexicon.FutureParticipleEndings))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word at <paramref name="i"/> is written in capitals, as an abbreviation («ШҚО», «ВКО»).</summary>
    private bool IsAbbreviation(int i)
    {
        for (int c = tokens[i].Start; c < tokens[i].End; c++)
        {
            if (char.IsLetter(text[c]) && !char.IsUpper(text[c]))
            {
                return false;
            }
        }

        return tokens[i].End - tokens[i].Start >= 2;
    }

    /// <summary>Whether the word at <paramref name="i"/> is in the English possessive («Region's», «People’s»).</summary>
    private bool IsPossessive(int i) =>
        i >= 0 && i < tokens.Count && tokens[i].Kind == TokenKind.Word && !ReferenceEquals(WithoutPossessive(tokens[i].Norm), tokens[i].Norm);

    /// <summary>"region's" → "region": an English possessive joins its word as one token, and "Almaty region's governor" names the region.</summary>
    private static string WithoutPossessive(string word) =>
        word.Length > 2 && word[^1] == 's' && word[^2] is '\'' or '\u2019' ? word[..^2] : word;

    /// <summary>A region's name in any case form starting at token <paramref name="i"/>: one to three words.</summary>
    private bool RegionAt(int i, int end, out Region? region, out int last)
    {
        Steps++;
        region = null;
        last = i;
        if (i < 0 || i >= end || tokens[i].Kind != TokenKind.Word || !tokens[i].Capitalized && tokens[i].Norm is not ("области" or "облысы" or "города" or "г"))
        {
            return false;
        }

        for (int words = 3; words >= 1; words--)
        {
            if (i + words > end)
            {
                continue;
            }

            var name = new System.Text.StringBuilder();
            bool allWords = true;
            for (int k = i; k < i + words; k++)
            {
                allWords &= tokens[k].Kind == TokenKind.Word;
                // "Almaty Regional Assembly": the English adjective names the region (Almaty Region), not the city.
                string part = WithoutPossessive(tokens[k].Norm);
                name.Append(k > i ? " " : "").Append(k > i && part == "regional" ? "region" : part);
            }

            // The case forms the grammar writes, then the names in every language (Turkistan Region, Туркестанская область).
            // Only a region that exists when the report is published: «Жезқазған» in a report of 2024 is the city,
            // not the region abolished in 1997.
            // Kazakh in Latin letters also writes a place as English does («Shymkent qalalyq», «Aktobe oblysy»), which its
            // alphabet's table cannot turn into the Cyrillic name: the name as written is tried too.
            if (allWords && (RegionCaseForms.TryFind(name.ToString(), out region) || Region.TryParse(name.ToString(), out region)
                    || (alphabet is not null && Region.TryParse(text[tokens[i].Start..tokens[i + words - 1].End], out region)))
                && region.ExistedOn(published))
            {
                last = i + words - 1;
                return true;
            }
        }

        if (OwnRegionAt(i, end, out region, out last))
        {
            return true;
        }

        // «Абайской области», «Улытауской области»: the adjective of a region officially named «область Абай»; and
        // «Костанайской областной ассамблеи»: the region's adjective before the region word's own adjective.
        if (ReadingLexicon.EndsWithAny(tokens[i].Norm, lexicon.RegionAdjectiveEndings) && i + 1 < end && IsWord(i + 1, lexicon.RegionWords)
            && RegionOfAdjectiveAlone(tokens[i].Norm) is { } adjectiveRegion)
        {
            region = adjectiveRegion;
            last = i + 1;
            return true;
        }

        // A city in the Russian prepositional case («в Шымкенте», «в Астане»), which the genitive forms do not cover.
        string word = tokens[i].Norm;
        if (word.Length > 4 && word.EndsWith('е') && tokens[i].Capitalized
            && (RegionCaseForms.TryFind(word[..^1], out region) || RegionCaseForms.TryFind(word[..^1] + "а", out region))
            && region.Kind == RegionKind.City && region.ExistedOn(published))
        {
            return true;
        }

        region = null;
        return false;
    }

    /// <summary>
    /// A region named in a registered language's own words (<see cref="ReadingLexicon.OwnRegionNames"/>): every word as
    /// written but the last, which may take endings after its stem (its last vowel dropped: «Түркстан облусу» →
    /// облусунда, облустук), so the name is found in any case and as its body's adjective.
    /// </summary>
    private bool OwnRegionAt(int i, int end, out Region? region, out int last)
    {
        foreach ((string[] words, Region candidate) in lexicon.OwnRegionNames)
        {
            int final = i + words.Length - 1;
            if (final >= end || !candidate.ExistedOn(published))
            {
                continue;
            }

            bool match = true;
            for (int k = 0; k < words.Length && match; k++)
            {
                Token token = tokens[i + k];
                string word = words[k];
                string stem = k < words.Length - 1 || word.Length < 4 || !IsVowel(word[^1]) ? word : word[..^1];
                match = token.Kind == TokenKind.Word && (k < words.Length - 1
                    ? token.Norm == word
                    : token.Norm.StartsWith(stem, StringComparison.Ordinal) && token.Norm.Length <= stem.Length + 6);
            }

            if (match)
            {
                (region, last) = (candidate, final);
                return true;
            }
        }

        (region, last) = (null, i);
        return false;
    }

    private static bool IsVowel(char c) => "аеёиоөуүұыіэюяәaeiouy".Contains(c, StringComparison.Ordinal);

    /// <summary>«Абайской», «Улытауской», «Жетысуской»: the region a Russian adjective (-ской) names when its stem is
    /// a region's name whose official Russian name puts it after «область» (область Абай), which the case forms do not
    /// hold.</summary>
    private Region? RegionOfAdjective(string adjective)
    {
        foreach (string ending in lexicon.RegionAdjectiveEndings)
        {
            if (adjective.Length <= ending.Length + 1 || !adjective.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            string stem = adjective[..^ending.Length];
            foreach (string candidate in new[] { stem, stem + "а", stem.Replace('ы', 'і') })
            {
                if ((RegionCaseForms.TryFind(candidate, out Region? region) || Region.TryParse(candidate, out region)) && region.ExistedOn(published))
                {
                    return region;
                }
            }
        }

        return null;
    }

    /// <summary>The region a Russian region's adjective names without its noun: «акмолинской» as in «Акмолинской
    /// области», «абайской» as in «области Абай».</summary>
    private Region? RegionOfAdjectiveAlone(string adjective)
    {
        if (!ReadingLexicon.EndsWithAny(adjective, lexicon.RegionAdjectiveEndings))
        {
            return null;
        }

        foreach (string noun in lexicon.RegionAdjectiveNouns)
        {
            if (RegionCaseForms.TryFind(adjective + " " + noun, out Region? region) && region.ExistedOn(published))
            {
                return region;
            }
        }

        return RegionOfAdjective(adjective);
    }

    /// <summary>An assembly named at token <paramref name="head"/> (Ассамблея, ҚХА, АНК), regional where a region
    /// stands beside it.</summary>
    private AssemblyBody BodyAt(int head, Sentence s, out int first, out int last)
    {
        first = head;
        last = head;

        // Түркістан облыстық [Қазақстан халқы] Ассамблеясы / ҚХА
        int before = BeforeAssemblyName(head);

        // Only the adjective form names a body («Түркістан облыстық»); «Түркістан облысында Қазақстан халқы
        // Ассамблеясының 30 жылдығы» speaks of the national Assembly in that region.
        for (int start = Math.Max(s.First, before - 2); start <= before && IsWord(before, lexicon.BodyAdjectiveEndings); start++)
        {
            if (RegionAt(start, before + 1, out Region? region, out int regionLast) && regionLast == before)
            {
                first = start;
                return RegionalBody(region!);
            }
        }

        // «Акмолинской ассамблеи народа Казахстана»: a Russian region's adjective right before the assembly names its region.
        if (before >= s.First && RegionOfAdjectiveAlone(tokens[before].Norm) is { } adjectiveRegion)
        {
            first = before;
            return RegionalBody(adjectiveRegion);
        }

        // Ассамблеи [народа Казахстана] Туркестанской области / АНК города Шымкента / the People's Assembly of Nur-Sultan
        int after = AfterAssemblyName(head);
        after += IsWholeWord(after, lexicon.OfWords) && !IsWord(after + 1, lexicon.KazakhstanWords) ? 1 : 0;
        if (RegionAt(after, s.End, out Region? following, out int followingLast))
        {
            last = followingLast;
            return RegionalBody(following!);
        }

        // «сессия ассамблеи народа Казахстана области»: "of the region" (no region's name follows: RegionAt failed just
        // above), the report's own, or in a report naming no region the one whose centre the sentence names.
        if (after < s.End && IsWord(after, lexicon.RegionWords) && (reportRegion ?? CentreNamedIn(s)) is { } ofTheRegion)
        {
            last = after;
            return RegionalBody(ofTheRegion);
        }

        // «Kostanay Region's Assembly of People of Kazakhstan», «Kostanay region's People's Assembly»: the region in the
        // English possessive before the assembly's name; «Turkistan Assembly holds 37th session»: its bare name; and
        // «ШҚО ҚХА-ның XXXIV сессиясы»: its abbreviation.
        int owner = IsWord(before, lexicon.PeopleWords) && IsPossessive(before) ? before - 1 : before;
        if (owner >= s.First && (IsPossessive(owner) || (owner == head - 1 && tokens[owner].Capitalized && (!headFinal || IsAbbreviation(owner)))))
        {
            for (int start = Math.Max(s.First, owner - 2); start <= owner; start++)
            {
                if (RegionAt(start, owner + 1, out Region? possessor, out int possessorLast) && possessorLast == owner)
                {
                    first = start;
                    return RegionalBody(possessor!);
                }
            }
        }

        // «Ақмола облысы Қазақстан халқы ассамблеясының»: the region in the nominative or genitive before its assembly.
        if (IsWord(before, lexicon.RegionPossessorWords) && Array.IndexOf(lexicon.RegionPossessorWords, tokens[before].Norm) >= 0)
        {
            for (int start = Math.Max(s.First, before - 3); start < before; start++)
            {
                if (RegionAt(start, before + 1, out Region? possessor, out int possessorLast) && possessorLast >= before - 1)
                {
                    first = start;
                    return RegionalBody(possessor!);
                }
            }
        }

        // «областной Ассамблеи», «облыстық ҚХА»: the report's own regional assembly; in a report that names no region,
        // the region whose centre the sentence names as the venue («В Туркестане прошла XXII сессия областной ассамблеи»).
        if (RegionalAdjectiveBefore(head))
        {
            if ((reportRegion ?? CentreNamedIn(s)) is { } home)
            {
                first = IsWord(head - 1, lexicon.RegionalAdjectives) ? head - 1 : before;
                return RegionalBody(home);
            }
        }

        return Apk;
    }

    /// <summary>The region whose centre a capitalised word of the sentence names, on the publication day, or null.</summary>
    private Region? CentreNamedIn(Sentence s) => PlaceNamedIn(s, RegionalCentres.Of);

    /// <summary>The region of the first capitalised word of the sentence that a table of places knows («Павлодарда»,
    /// «Рудный қаласында»), or null.</summary>
    private Region? PlaceNamedIn(Sentence s, Func<string, LocalDate, Region?> placeOf)
    {
        for (int k = s.First; k < s.End; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && tokens[k].Capitalized && placeOf(NameKey(tokens[k]), published) is { } region)
            {
                return region;
            }
        }

        return null;
    }

    /// <summary>Whether a regional adjective stands before the assembly at <paramref name="head"/> («облыстық ҚХА»,
    /// «областной ассамблеи», «облыстық Қазақстан халқы Ассамблеясы», «the regional Assembly»).</summary>
    private bool RegionalAdjectiveBefore(int head) =>
        IsWord(head - 1, lexicon.RegionalAdjectives) || IsWord(BeforeAssemblyName(head), lexicon.RegionalAdjectives);

    /// <summary>The token before an assembly's head and the words of its name before it: «[Қазақстан халқы] Ассамблеясы».</summary>
    private int BeforeAssemblyName(int head) =>
        IsWord(head - 1, lexicon.PeopleWords) && IsWord(head - 2, lexicon.KazakhstanWords) ? head - 3 : head - 1;

    /// <summary>The token after an assembly's head and the rest of its name: «Ассамблеи [народа Казахстана]», «Assembly [of People of Kazakhstan]».</summary>
    private int AfterAssemblyName(int head)
    {
        int after = head + 1;
        if (IsWord(after, lexicon.AfterAssemblyFirst) && IsWord(after + 1, lexicon.AfterAssemblySecond))
        {
            after += 2;
            after += IsWord(after, lexicon.OfWords) && IsWord(after + 1, lexicon.KazakhstanWords) ? 2 : 0;
        }

        return after;
    }

    /// <summary>«Ассамблеи народа Казахстана области»: the word for a region follows the assembly's name with no
    /// region's name: a regional assembly, of the region the report is about.</summary>
    private bool NamesNoRegionAfter(int head, Sentence s)
    {
        int after = AfterAssemblyName(head);
        return after < s.End && IsWord(after, lexicon.RegionWords) && !RegionAt(after, s.End, out _, out _);
    }

    /// <summary>A maslikhat or a chamber of Parliament (мәслихат, Мәжіліс, Сенат, маслихат, Senate), whose sessions are numbered too.</summary>
    private bool IsLegislature(int i) => IsWord(i, lexicon.LocalCouncilWords) || IsWord(i, lexicon.ChamberStems);

    private bool IsAssemblyHead(int i) =>
        IsWord(i, lexicon.AssemblyHeads) || (i >= 0 && i < tokens.Count && tokens[i].Kind == TokenKind.Word && Array.IndexOf(lexicon.AssemblyAbbreviations, StripEnding(tokens[i].Norm)) >= 0);

    private static string StripEnding(string word)
    {
        int hyphen = word.IndexOf('-');
        return hyphen > 0 ? word[..hyphen] : word;
    }

    /// <summary>
    /// The assembly a session's head is linked to after it, where the language names a session's owner after it
    /// («XVIII сессии Ассамблеи народа Казахстана города Нур-Султана», «the XVIII session of the People's Assembly of
    /// Nur-Sultan»): no punctuation between, within five words. Its owner wins over an assembly named before the number,
    /// which is a speaker's title there («Deputy Chairman of the Assembly … said at the XVIII session of …»). Kazakh
    /// names the owner first, in the genitive («ҚХА-ның XVIII сессиясы»): -1 there, as when none follows.
    /// </summary>
    private int OwnerNamedAfterSession(int head, Sentence s)
    {
        if (headFinal)
        {
            return -1;
        }

        for (int k = head + 1; k < Math.Min(s.End, head + 6) && tokens[k].Kind == TokenKind.Word; k++)
        {
            if (IsAssemblyHead(k))
            {
                return k;
            }
        }

        return -1;
    }

    private void ReadSessions(SentenceFacts clause)
    {
        Sentence s = clause.Sentence;
        for (int h = s.First; h < s.End; h++)
        {
            if (!IsWord(h, lexicon.SessionHeads))
            {
                continue;
            }

            if (!TrySessionNumber(h, s, out SessionNumber number, out int numberFirst))
            {
                // «… XXVIII сессиясы өтті. Сессия «Бірлігі жарасқан Маңғыстау» тақырыбында өтті.»: the session just read,
                // named again in its paragraph with no number, gives its theme.
                if (lastDraft is { Draft.Theme: null } last && last.Paragraph == s.Paragraph && ThemeNear(s, h, h) is { } later)
                {
                    last.Draft.Theme = later;
                    MarkUsed(h, h);
                }

                // «В Таразе прошла ХХХII сессия … Сессия прошла 14 ноября.»: its day, likewise; so is a headline's session
                // named again in the paragraph right after the headline («Сессия, состоявшаяся 5 декабря, …»).
                if (lastDraft is { Draft.Date: null } undated && (undated.Paragraph == s.Paragraph || (undated.Paragraph == 0 && s.Paragraph == 1))
                    && clause.Date is { } day && day <= published
                    && FindWord(s, lexicon.SessionFutureWords) < 0)
                {
                    undated.Draft.Date = day;
                    clause.DateUsed = true;
                    MarkUsed(h, h);
                }

                continue;
            }

            // «In total 25 sessions were held», «проведено 25 сессий»: a bare cardinal before the plural counts
            // sessions; it names none (an ordinal has its suffix, «25th», «25-я», «25-ші», or is Roman).
            // In Kazakh a numeral takes the noun bare («биыл 2 сессия өткізді», two sessions); the number a session is
            // called by has its suffix or the noun its possessive («2-ші сессия», «34 сессиясы»).
            if (tokens[numberFirst].Kind == TokenKind.Number && tokens[numberFirst].Suffix.Length == 0
                && (IsWord(h, lexicon.SessionsCounted) || (headFinal && IsWholeWord(h, lexicon.SessionBareNouns))))
            {
                mentions.Add(new Mention(MentionKind.Uncertain, Source(numberFirst, h), "a count of sessions, not a session's number"));
                MarkUsed(numberFirst, h);
                continue;
            }

            // A session still to come («состоится», «өтеді», «will be held», «… туын көтеретін … сессиясына»): no
            // session held, and no past date.
            if (FindWord(s, lexicon.SessionFutureWords) >= 0 || FutureParticipleBefore(numberFirst, s))
            {
                mentions.Add(new Mention(MentionKind.Uncertain, Source(numberFirst, h), "a session still to come, not one held"));
                comingSessions.Add(number);
                MarkUsed(numberFirst, h);
                continue;
            }

            AssemblyBody body = ReportBody;
            int first = numberFirst;
            bool legislature = false;
            int assemblyHead = -1;
            int ownerAfter = OwnerNamedAfterSession(h, s);
            for (int i = numberFirst - 1; i >= Math.Max(s.First, numberFirst - 12) && ownerAfter < 0; i--)
            {
                if (IsAssemblyHead(i))
                {
                    body = BodyAt(i, s, out first, out _);
                    assemblyHead = i;
                    break;
                }

                // «облыстық мәслихаттың кезектен тыс XVIII сессиясы», «Мәжілістің екінші сессиясында»: a maslikhat's or
                // a chamber's session, no assembly's.
                legislature |= IsLegislature(i);
            }

            bool assemblyNamed = first != numberFirst;
            if (first == numberFirst)
            {
                for (int i = h + 1; i < Math.Min(s.End, h + 8); i++)
                {
                    if (IsAssemblyHead(i))
                    {
                        body = BodyAt(i, s, out _, out int bodyLast);
                        MarkUsed(h, bodyLast);
                        assemblyNamed = true;
                        assemblyHead = i;
                        break;
                    }

                    // «XXIII сессия Павлодарского областного маслихата»: the maslikhat named after its session.
                    legislature |= IsLegislature(i);
                }
            }

            if (legislature && !assemblyNamed)
            {
                mentions.Add(new Mention(MentionKind.Uncertain, Source(numberFirst, h), "a session of a maslikhat or a chamber of Parliament, not of an assembly"));
                MarkUsed(numberFirst, h);
                continue;
            }

            // «Президенттің Астанада өткен XXXIV сессиядағы ұсыныстары» in a Kokshetau report: a session placed in the
            // capital, with no assembly named, is the national Assembly's, which meets there, not the report's region's.
            if (!assemblyNamed && !ReferenceEquals(body, Apk) && reportRegion is { } home && !IsCapital(home) && NamesCapital(s, numberFirst))
            {
                body = Apk;
            }

            // «Павлодар делегациясы XXXIV сессияға қатысты»: a region's delegation goes to another's session, the national
            // one, not to its own assembly's; with no owner named, the session is the national Assembly's.
            if (!assemblyNamed && !ReferenceEquals(body, Apk) && FindWord(s, lexicon.DelegationWords) >= 0)
            {
                body = Apk;
            }

            // «ASTANA — … The 34th plenary session, held under the theme …» (25 April 2025): in a report from the capital,
            // a session with no owner of its own whose number the national Assembly is known to have met under that week
            // is the national Assembly's.
            if (!assemblyNamed && !ReferenceEquals(body, Apk) && reportRegion is { } capital && IsCapital(capital)
                && NationalSessionCalendar.MetWithinAWeekOf(number.Value, clause.Date ?? published))
            {
                body = Apk;
            }

            if (ReferenceEquals(body, Apk) && RegionHoldingSession(s, numberFirst) is { } host)
            {
                body = RegionalBody(host);
            }

            // «XXII сессия ассамблеи народа Казахстана области», «Кеше облыстық ҚХА-ның XXXII сессиясы өтті» where the
            // report names no region (nor the sentence a region's centre): a regional session, unplaced, not the national one.
            if (ReferenceEquals(body, Apk) && assemblyHead >= 0 && (NamesNoRegionAfter(assemblyHead, s) || RegionalAdjectiveBefore(assemblyHead)))
            {
                mentions.Add(new Mention(MentionKind.Uncertain, Source(numberFirst, h), "a regional assembly's session in no region the report names"));
                MarkUsed(numberFirst, h);
                continue;
            }

            // «Zhambyl region has held the XIX session … Note, the XIX session of the Assembly of Peoples of Kazakhstan
            // was held in a new building»: a number the report gave a regional assembly is that session again.
            if (ReferenceEquals(body, Apk) && RegionalSessionNumbered(number) is { } earlier)
            {
                body = earlier;
            }

            // A national session on a day its number rules out («20 мая … состоялась XXII сессия ассамблеи народа
            // Казахстана области» in 2016, when the national XXII had met in April 2015) is a regional assembly's.
            if (ReferenceEquals(body, Apk) && clause.Date is { } held && !NationalSessionCalendar.CouldBeHeldOn(number.Value, held))
            {
                if (reportRegion is null)
                {
                    mentions.Add(new Mention(MentionKind.Uncertain, Source(numberFirst, h), "a regional assembly's session (the national one of that number met at another time) in no region the report names"));
                    MarkUsed(numberFirst, h);
                    continue;
                }

                body = RegionalBody(reportRegion);
            }

            // «For the first time the new building hosted the XVIII session of the People's Assembly of Kazakhstan» in a
            // Karaganda report of 2015: a session held with no day of its own, named only as the Assembly's, in a report
            // published long after the national session of that number met, is a regional assembly's own session or
            // the national one recalled; the sentence does not tell which.
            if (ReferenceEquals(body, Apk) && clause.Date is null && clause.Period is null
                && FindWord(s, lexicon.SessionHeldWords) >= 0 && !NationalSessionCalendar.CouldBeHeldOn(number.Value, published))
            {
                mentions.Add(new Mention(MentionKind.Uncertain, Source(numberFirst, h), "a session held with no day, whose national number met long before the report: the region's own or the national one recalled"));
                MarkUsed(numberFirst, h);
                continue;
            }

            SessionDraft draft = SessionOf(body, number, Source(first, h));
            lastDraft = (draft, s.Paragraph);

            // «held its 29th session in April and its 30th session on October 23»: a day with another session between
            // it and this one is that session's.
            if (clause.Date is not null && !DayOfAnotherSession(h, clause.DateTokens.First, s))
            {
                draft.Date ??= clause.Date;
                clause.DateUsed = true;
            }
            else if (clause.Date is null && datelineDay is { } dateline && dateline <= published
                && FindWord(s, lexicon.SessionHeldWords) >= 0 && FindWord(s, lexicon.SessionFutureWords) < 0)
            {
                // «Туркестан, 4 декабря. В Доме дружбы прошла XXXI сессия …»: the dateline's day.
                draft.Date ??= dateline;
                clause.DateUsed = true;
            }
            if (draft.Theme is null && ThemeNear(s, first, h) is { } theme)
            {
                draft.Theme = theme;
            }

            MarkUsed(numberFirst, h);
            clause.Session ??= draft;
        }
    }

    /// <summary>Whether the sentence is a dateline with its day and nothing else: a place and the day («Туркестан, 4
    /// декабря.», «ASTANA, December 22.», «Түркістан, 4 желтоқсан»).</summary>
    private bool IsDatelineDay(SentenceFacts clause)
    {
        Sentence s = clause.Sentence;
        (int first, int last) = clause.DateTokens;
        if (clause.Date is null || first - s.First is < 1 or > 3 || tokens[s.First].Kind != TokenKind.Word)
        {
            return false;
        }

        for (int k = s.First + 1; k < first; k++)
        {
            if (tokens[k].Kind != TokenKind.Word && !tokens[k].Is(','))
            {
                return false;
            }
        }

        return last == s.End - 1 || (last == s.End - 2 && tokens[s.End - 1].Is('.'));
    }

    /// <summary>Whether the day at <paramref name="day"/> is another session's than the one at <paramref name="head"/>:
    /// another session stands between them («its 29th session in April and its 30th session on October 23»), or the day
    /// opens a later clause before another session («XXIX сессию, а 23 октября – XXX сессию»).</summary>
    private bool DayOfAnotherSession(int head, int day, Sentence s)
    {
        bool boundary = false;
        for (int k = Math.Max(s.First, Math.Min(head, day) + 1); k < Math.Min(s.End, Math.Max(head, day)); k++)
        {
            if (IsWord(k, lexicon.SessionHeads))
            {
                return true;
            }

            boundary |= day > head && (tokens[k].Is(',') || IsWholeWord(k, lexicon.ClauseConjunctions));
        }

        for (int k = day + 1; boundary && k < s.End; k++)
        {
            if (IsWord(k, lexicon.SessionHeads))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// «Zhambyl region has held the XIX session of the Assembly of People of Kazakhstan», «В Жамбылской области прошла
    /// XIX сессия Ассамблеи народа Казахстана», «XIV session of People's Assembly of Kazakhstan held in Almaty» (2009):
    /// a region named in the sentence, as the one that held the session, held its own assembly's session, even under
    /// the national name. Not where the sentence names the capital, where the national Assembly meets (Astana, Almaty
    /// until 1997), and not a region's delegation at another's session.
    /// </summary>
    private Region? RegionHoldingSession(Sentence s, int numberFirst)
    {
        if (FindWord(s, lexicon.SessionHeldWords) < 0 || FindWord(s, lexicon.DelegationWords) >= 0)
        {
            return null;
        }

        Region? host = null;
        for (int i = s.First; i < s.End; i++)
        {
            if (i != numberFirst && RegionAt(i, s.End, out Region? region, out _))
            {
                if (IsCapital(region!))
                {
                    return null;
                }

                host ??= region;
            }
        }

        return host;
    }

    /// <summary>Astana, or Almaty in a report published before the capital moved (1997, the law of 1998 aside).</summary>
    private bool IsCapital(Region region) => region.Code == "KZ-71" || (region.Code == "KZ-75" && published < new LocalDate(1998, 1, 1));

    /// <summary>The sentence names the capital, by its name in any case or by the word for a capital.</summary>
    private bool NamesCapital(Sentence s, int numberFirst)
    {
        for (int i = s.First; i < s.End; i++)
        {
            // The capital's name is capitalised in every script: only such words are worth a region lookup.
            if (IsWord(i, lexicon.CapitalWords)
                || (i != numberFirst && tokens[i].Kind == TokenKind.Word && tokens[i].Capitalized && RegionAt(i, s.End, out Region? region, out _) && IsCapital(region!)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The regional assembly the report already gave a session of this number, if any.</summary>
    private AssemblyBody? RegionalSessionNumbered(SessionNumber number)
    {
        foreach (SessionDraft draft in sessionOrder)
        {
            if (draft.Number.Equals(number) && !ReferenceEquals(draft.Body, Apk))
            {
                return draft.Body;
            }
        }

        return null;
    }

    private SessionDraft SessionOf(AssemblyBody body, SessionNumber number, SourcePhrase source)
    {
        if (!sessions.TryGetValue((body.Id.ToString(), number.Value), out SessionDraft? draft))
        {
            draft = new SessionDraft(body, number, source);
            sessions[(body.Id.ToString(), number.Value)] = draft;
            sessionOrder.Add(draft);
        }

        return draft;
    }

    /// <summary>XXVIІ сессиясы, ХХХІV (34) сессиясында, 27-ші сессия, XV сессии, the 34th session.</summary>
    private bool TrySessionNumber(int head, Sentence s, out SessionNumber number, out int first)
    {
        number = default;
        first = head;

        // «the 35th regular session», «XXXV очередная сессия»: a word of the session's kind between it and its number.
        int i = head - 1 - (IsWord(head - 1, lexicon.SessionAdjectives) ? 1 : 0);
        int? inParentheses = null;
        if (i - 2 >= s.First && tokens[i].Is(')') && tokens[i - 1].Kind == TokenKind.Number && tokens[i - 2].Is('('))
        {
            inParentheses = (int)Math.Min(tokens[i - 1].Value, int.MaxValue);
            i -= 3;
        }

        if (i < s.First)
        {
            return false;
        }

        Token token = tokens[i];
        int value;
        if (token.Kind == TokenKind.Word && RomanPartLength(token) is int romanLength and > 0 && RomanNumeral.TryParse(text.Substring(token.Start, romanLength), out value))
        {
            // read below
        }
        else if (token.Kind == TokenKind.Number && token.Value is > 0 and <= SessionNumber.MaxValue)
        {
            value = (int)token.Value;
        }
        else if (token.Kind == TokenKind.Word && OrdinalWords.Ordinal(token.Norm, numberWords) is { } ordinal)
        {
            // «отыз бесінші», «тридцать пятой», «thirty fifth»: a word of tens may stand before units.
            value = ordinal;
            if (ordinal < 10 && i - 1 >= s.First && tokens[i - 1].Kind == TokenKind.Word && OrdinalWords.Tens(tokens[i - 1].Norm, numberWords) is { } tens)
            {
                value += tens;
                i--;
            }
        }
        else
        {
            return false;
        }

        if (inParentheses is { } stated && stated != value)
        {
            return false;
        }

        first = i;
        return SessionNumber.TryCreate(value, out number);
    }

    /// <summary>The length of a Roman numeral that is the whole word, or that has an ordinal's ending after a hyphen
    /// («XXXV-ші», «ХХ-шы», «XXXIV-я»); 0 where the word is no Roman numeral.</summary>
    private int RomanPartLength(Token token)
    {
        int hyphen = text.IndexOf('-', token.Start, token.End - token.Start);
        if (hyphen < 0)
        {
            return IsRomanWord(token) ? token.End - token.Start : 0;
        }

        int ending = token.End - hyphen - 1;
        if (hyphen == token.Start || ending is < 1 or > 5)
        {
            return 0;
        }

        for (int c = hyphen + 1; c < token.End; c++)
        {
            if (!char.IsLower(text[c]))
            {
                return 0;
            }
        }

        return IsRomanWord(token with { End = hyphen }) ? hyphen - token.Start : 0;
    }

    private bool IsRomanWord(Token token)
    {
        for (int c = token.Start; c < token.End; c++)
        {
            if (!char.IsUpper(text[c]) || "IVXLCDMІХСМⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫⅬⅭⅮⅯ".IndexOf(text[c]) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private LocalizedText? ThemeNear(Sentence s, int from, int to)
    {
        for (int i = s.First; i < s.End; i++)
        {
            Steps++;
            if (tokens[i].Kind != TokenKind.Name || used[i])
            {
                continue;
            }

            bool after = IsWord(i + 1, lexicon.ThemeAfter) && !ThemesSomethingElse(i + 2, s);
            bool before = IsWord(i - 1, lexicon.ThemeBefore) || (IsWord(i - 2, lexicon.ThemeBefore) && !IsWord(i - 1, lexicon.SessionHeads));
            if ((after || before || ClosesSessionPhrase(i, to, s)) && Math.Abs(i - from) < 16 + (to - from))
            {
                if (Draft(tokens[i].Norm) is { } theme)
                {
                    MarkUsed(i, after ? i + 1 : i);
                    return theme;
                }
            }
        }

        return null;
    }

    /// <summary>Whether the quoted name at <paramref name="name"/> closes the session's phrase with no word for a theme:
    /// right after the session word and the body read with it, and last in its sentence («прошла XXX сессия ассамблеи
    /// народа Казахстана Костанайской области «Единство – наша сила».»).</summary>
    private bool ClosesSessionPhrase(int name, int head, Sentence s)
    {
        if (name <= head + 1 || !(name + 1 >= s.End || tokens[name + 1].Is('.')))
        {
            return false;
        }

        for (int k = head + 1; k < name; k++)
        {
            if (!used[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// «…XXXIV сессиясы аясында «Жаңа толқын» тақырыбында III Республикалық жастар жиыны өтті»: a theme written before
    /// its word («тақырыбында») names what follows it; a meeting or an activity there, before any session, is what it
    /// names, not the session spoken of earlier.
    /// </summary>
    private bool ThemesSomethingElse(int from, Sentence s)
    {
        for (int k = from; k < Math.Min(s.End, from + 5); k++)
        {
            if (IsWord(k, lexicon.SessionHeads))
            {
                return false;
            }

            if (IsWord(k, lexicon.MeetingWords) || IsWord(k, lexicon.ActivityHeadStems))
            {
                return true;
            }
        }

        return false;
    }

    // The numbers of sessions a sentence speaks of as still to come.
    private readonly HashSet<SessionNumber> comingSessions = [];

    private void FinishSessions()
    {
        foreach (SessionDraft draft in sessionOrder)
        {
            // A headline's «The XXXV session of the Assembly» over a report that says it «will be held»: the headline
            // names the coming session, not one held (a session the report dates is kept).
            if (draft.Date is null && comingSessions.Contains(draft.Number))
            {
                mentions.Add(new Mention(MentionKind.Uncertain, draft.Source, "a session the report says is still to come, not one held"));
                continue;
            }

            // «Парламенттің … алтыншы сессиясының ашылуы»: a numbered session in a report that names no assembly at
            // all is another body's (Parliament's, a maslikhat's), not the Assembly's.
            if (!namesAnAssembly)
            {
                mentions.Add(new Mention(MentionKind.Uncertain, draft.Source, "a session in a report that names no assembly: another body's (Parliament's, a maslikhat's)"));
                continue;
            }

            if (Session.TryCreate(draft.Body, draft.Number, draft.Date, draft.Theme, draft.Officials, draft.Groups, out Session? session))
            {
                facts.Add(new ReadSession(session, draft.Source));
            }
            else
            {
                mentions.Add(new Mention(MentionKind.Refused, draft.Source, $"session {draft.Number} of {draft.Body.Id} is refused by the model"));
            }
        }
    }

    /// <summary>A name read in one language, as the draft's text in all three: the report's words where the script
    /// allows, the Latin transliteration for English. A person edits the translations later. An English report's
    /// name is kept as written in every slot: English spelling is no Kazakh Latin, and transliterating it would
    /// write words that mix the two scripts («пеаcе»).</summary>
    private LocalizedText? Draft(string name)
    {
        if (Languages.FromCultureName(CultureName) == Language.English && !kazakhLatin)
        {
            return LocalizedText.TryCreate(name, name, name, out LocalizedText? written) ? written : null;
        }

        name = alphabet?.To2021(name) ?? name;
        string cyrillic = kazakhLatin ? KazakhTransliteration.ToCyrillic(name) : name;
        string english = kazakhLatin ? name : KazakhTransliteration.ToLatin(name);
        return LocalizedText.TryCreate(cyrillic, cyrillic, english, out LocalizedText? text) || LocalizedText.TryCreate(name, name, name, out text)
            ? text
            : null;
    }
}
