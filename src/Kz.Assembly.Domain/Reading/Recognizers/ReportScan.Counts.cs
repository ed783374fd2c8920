using System;
using System.Linq;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Reading.Scanning;
using Kz.Assembly.Domain.Representation;

namespace Kz.Assembly.Domain.Reading.Recognizers;

/// <content>Counts: a number (digits, or words in the report's language) with its scale word and qualifier before
/// or after it, whatever case ending they carry («39 мыңға жуық», «9000-ға жуық», «2 мыңнан аса», «около 39 тысяч»,
/// «более 2 тысяч», «about 9,000»), and the noun it counts a few words on: an activity (with its adjective: мәдени,
/// благотворительных), people or residents, or members of a chamber.</content>
internal sealed partial class ReportScan
{
    /// <summary>How many words may stand between a count and the noun it counts (adjectives, commas, «и»).</summary>
    private const int HeadReach = 8;

    // How many tokens may open an answer before its number: a dash, a period of its own and a qualifier («– С января –
    // около 520»), or a few words of hedging («– Мы считаем, что более 47 тысяч»).
    private const int AnswerOpening = 6;

    // The shortest qualifier a misspelling of is still read as it («примерно», «шамамен», «approximately»).
    private const int MisspeltQualifierLength = 7;

    private readonly System.Collections.Generic.HashSet<Chamber> chambersRead = [];

    // The first token of the sentence whose members were the Council's, so its later member counts are too.
    private int councilMembersIn = -1;

    // A question the sentence before asked («Сколько мероприятий провела ассамблея в этом году?»): where it ended, what
    // it asked the number of (activities of a kind, or people), the period it named and whether it asked who took part.
    private (int End, AssemblyActivityKind? Kind, Audience? Audience, Periods.ReportingPeriod? Period, bool Reached)? question;

    // Where the clause read last ended and the one kind of activity it counted, held or planned, for a count in the next
    // clause that leaves its noun out («…, а с начала года — 310»; «… запланировала 500 мероприятий. Уже проведено 320.»).
    private (int End, AssemblyActivityKind Kind, bool Planned)? countedBefore;

    // Where the sentence read last ended and the last kind of activity it named, whatever its count was (an average, a
    // plan): «Ежемесячно … в среднем 60 мероприятий. Всего за десять месяцев их проведено 610».
    private (int End, AssemblyActivityKind Kind)? namedBefore;
    private AssemblyActivityKind? namedInSentence;

    // Counts of a kind a sentence had already tallied: a headline stating one of them restates the body.
    private readonly System.Collections.Generic.HashSet<(AssemblyActivityKind Kind, QualifiedCount Count)> countsNotTallied = [];

    // Where the end of the range whose start was read last begins («90 мыңнан 104 мыңға дейін»: at «104»).
    private int rangeEndAt = -1;

    // Whether the sentence being read speaks of mediation, where disputes settled are ethnomediation cases; and the
    // paragraph of the last sentence that did («…the mediation service… Since January the service has handled 57 cases»).
    private bool mediation;
    private int mediationParagraph = -1;

    private void ReadCounts(SentenceFacts clause)
    {
        Sentence s = clause.Sentence;
        bool anniversary = clause.MentionsAnniversary || AnniversaryAt(s, inAWordOnly: true) >= 0;
        int anniversaryAt = anniversary ? AnniversaryAt(s, inAWordOnly: false) : -1;
        int samePeriodAt = SamePeriodAt(s);
        bool planWord = FindPlanWord(s) >= 0, noDeed = HasWholeWord(s, lexicon.NoDeedWords);
        (int First, int Last)? instead = planWord || HasWholeWord(s, lexicon.InsteadWords) ? InsteadSpan(s) : null;
        AssemblyActivityKind? onlyKind = null;
        bool severalKinds = false;
        bool planned = false;
        bool ongoing = FindWord(s, lexicon.OngoingWords) >= 0, cancelled = FindWord(s, lexicon.CancelledWords) >= 0;
        // Looked for once a clause, and only once a count needs them.
        bool? oneDistrict = null, erroneous = null;
        bool mediationWord = FindWord(s, lexicon.MediationWords) >= 0;
        mediation = mediationWord || mediationParagraph == s.Paragraph;
        mediationParagraph = mediationWord ? s.Paragraph : mediationParagraph;
        for (int i = s.First; i < s.End; i++)
        {
            if (!used[i] && IsNumberInName(i, s))
            {
                mentions.Add(new Mention(MentionKind.Uncertain, Source(i, i), "a number in a name or a year («EXPO-2017»), not a count"));
                used[i] = true;
                continue;
            }

            if (used[i] || !TryCount(i, s.End, out QualifiedCount count, out int numberLast))
            {
                continue;
            }

            // «выросло на 15 процентов», «grew by 15 percent», «15%»: a percent is no count, whatever noun follows.
            if (numberLast + 1 < s.End && PercentAfter(numberLast))
            {
                mentions.Add(new Mention(MentionKind.Uncertain, Source(i, numberLast + 1), "a percent, not a count"));
                MarkUsed(i, numberLast + 1);
                i = numberLast + 1;
                continue;
            }

            // «…, в прошлом году за этот период – 250», «өткен жылдың осы кезеңінде – 250»: the same period of another
            // year, which the sentence compares with; and «салыстырғанда 50-ге артық» (50 more): a difference.
            if ((samePeriodAt >= 0 && samePeriodAt < i) || DifferenceAt(i, s))
            {
                mentions.Add(new Mention(MentionKind.Uncertain, Source(i, numberLast), "a figure of a comparison (the same period of another year, or a difference), not a count"));
                MarkUsed(i, numberLast);
                i = numberLast;
                continue;
            }

            // «Более чем в 300 из них приняли участие …», «in 300 of them»: a part of what was counted before, no count
            // of what the sentence names after it; nor is «в каждой встрече участвовали 50 человек», so many at each one;
            // nor the end of a range («от 8 до 10 тысяч человек», «from 8,000 to 10,000 people», «8–10 мың адам»).
            // «выросло с 90 до 104 тысяч», «grew from 90,000 to 104,000»: after a verb of growing the end is the figure reached,
            // the start the one it grew from; without one, «от 8 до 10 тысяч» is a range, and neither end a count.
            bool growth = WordBefore(i, 8, s, k => IsWord(k, lexicon.GrewWords));
            if (RangeStartAt(numberLast, s, count, out int upperAt))
            {
                rangeEndAt = upperAt;
                mentions.Add(new Mention(MentionKind.Uncertain, Source(i, numberLast), growth ? "the figure a growth started from, no count of the period" : "the start of a range, no count"));
                MarkUsed(i, numberLast);
                i = numberLast;
                continue;
            }

            bool endOfARange = RangeEndAt(i, s, count) || i == rangeEndAt;
            bool rangeEnd = endOfARange && !growth;
            if (growth && count.Qualifier == CountQualifier.UpTo && count.Value is { } grownTo && endOfARange)
            {
                count = QualifiedCount.Exactly(grownTo);
            }

            int ofThemLast = PhraseStartingAt(numberLast + 1, s.End, lexicon.OfThem);
            AssemblyActivityKind? partOfAPeriod = ofThemLast >= 0 ? PartWithAPeriodKind(clause) : null;
            AssemblyActivityKind? partKind = null;
            int partOfAKind = ofThemLast >= 0 && partOfAPeriod is null && clause.Tallies.Count > 0 ? KindOfAPartAt(ofThemLast + 1, s, count, out partKind) : -1;
            if ((ofThemLast >= 0 && partOfAPeriod is null && partOfAKind < 0) || EachNear(i, numberLast, s) || rangeEnd)
            {
                mentions.Add(new Mention(MentionKind.Uncertain, Source(i, numberLast), rangeEnd ? "the end of a range, no count" : "a part of what was counted before, or so many at each one: no count of its own"));
                MarkUsed(i, numberLast);
                i = numberLast;
                continue;
            }

            // «в первом квартале провела 150, во втором – 190 мероприятий», «150 events in the first quarter, 190 in the
            // second»: an ordinal with its period's noun left out names a period the reader does not date; the count is a
            // mention rather than the first period's.
            if (ElidedOrdinalNear(i, numberLast, s, clause))
            {
                mentions.Add(new Mention(MentionKind.Uncertain, Source(i, numberLast), "a count of a period named by its ordinal alone («во втором», «in the second»), which the reader does not date"));
                MarkUsed(i, numberLast);
                i = numberLast;
                continue;
            }

            // «Ассамблея провела в нём уже 6 мероприятий» (in the house just opened): the activities of one place named before
            // are a part of the assembly's work, no count of a period («В нём отмечается, что проведено …» is a report's).
            if (WordBefore(i, 3, s, k => IsWholeWord(k, lexicon.AtThatPlaceWords) && k - 2 >= s.First && IsWholeWord(k - 2, lexicon.HeldVerbs)))
            {
                mentions.Add(new Mention(MentionKind.Uncertain, Source(i, numberLast), "activities at one place named before: a part of the assembly's work, no count of its own"));
                MarkUsed(i, numberLast);
                i = numberLast;
                continue;
            }

            // A verb of exceeding before or after an exact count: «превысило 15 тысяч», «15 мыңнан асты».
            bool exceededAfter = IsWord(numberLast + 1, lexicon.ExceededWords);
            if (count.Qualifier == CountQualifier.Exact && count.Value is { } exact && (IsWord(i - 1, lexicon.ExceededWords) || exceededAfter))
            {
                count = QualifiedCount.MoreThan(exact);
            }

            int head;
            AssemblyActivityKind? kind;
            Audience? audience;
            bool member = false;
            if (partOfAKind >= 0)
            {
                // «210 events, 35 of them charity actions», «35 из них – благотворительные акции»: a part of a kind of its
                // own is that kind's tally, as after «including».
                (kind, audience, head) = (partKind, null, partOfAKind);
            }
            else if (partOfAPeriod is { } part)
            {
                // «В сентябре прошло 120 из них»: a part with a period of its own is that period's count.
                (kind, audience, head) = (part, null, ofThemLast);
            }
            else if (LabelBefore(i, numberLast, s, count, out kind, out audience) is { } label)
            {
                // «іс-шаралар саны: 310», «мероприятий – 310», «events: 310»: a list's label names what the number counts.
                MarkUsed(label, i);
                head = numberLast;
            }
            else
            {
                head = FindHead(numberLast + 1, s.End, count, out kind, out audience, out member);
            }

            if (head < 0 && clause.Tallies.Count > 0 && numberLast + 2 < s.End && IsWholeWord(numberLast + 1, lexicon.CopulaWords))
            {
                // «Of the 1,200 events …, 300 were charity actions»: the kind after the verb of being.
                head = FindHead(numberLast + 2, s.End, count, out kind, out audience, out member);
            }

            if (head < 0 && BracketedAfterItsNoun(i, numberLast, s, count, out kind, out audience))
            {
                // «ranked second by the number of events held in the first nine months (820)»: the number in brackets.
                head = numberLast + 1;
            }

            if (head < 0 && NamedBefore(i, s, ref count, out kind, out audience) is { } before)
            {
                // «іс-шаралар саны 45-ке жетті», «количество участников превысило 5 тысяч»: the noun before the count.
                MarkUsed(before, i);
                head = exceededAfter ? numberLast + 1 : numberLast;
            }

            if (head < 0 && GrewToAt(i, s, count, out kind, out audience))
            {
                // «events grew by 12 percent to 930»: the figure the noun before the verb of growing reached («до 930»
                // there is «to», not «up to»).
                head = numberLast;
                count = count.Qualifier == CountQualifier.UpTo && count.Value is { } reached ? QualifiedCount.Exactly(reached) : count;
            }

            // «– А сколько людей в них участвовало? – Около 60 тысяч шымкентцев»: people answered with a noun of their own are
            // still the people the question asked of (its period and its reach).
            if (head >= 0 && audience is not null && question is { Audience: not null })
            {
                _ = AnsweredAt(i, s, clause);
            }

            if (head < 0 && AnsweredAt(i, s, clause) is { } answered)
            {
                // «– Сколько мероприятий провела ассамблея в этом году? – Более 250», «– А сколько людей в них участвовало?
                // – Более 47 тысяч»: the question names what is counted.
                (kind, audience, member, head) = (answered.Kind, answered.Audience, false, numberLast);
            }

            if (head < 0 && KindNamedInTheNextPart(numberLast, s) is { } ahead)
            {
                // «бірінші тоқсанда 150, екінші тоқсанда 190 іс-шара өткізді», «в первом квартале – 150, во втором – 190
                // мероприятий»: a bare count ending its clause takes the noun of the parallel count after the comma.
                (kind, audience, member, head) = (ahead, null, false, numberLast);
            }

            if (head < 0 && !(clause.Period is { } own && PartOfAYearBefore(own)) && ElidedAtEndKind(i, numberLast, s, severalKinds ? null : onlyKind) is { } atEnd)
            {
                // «Ассамблея … запланировала 500 мероприятий. Уже проведено 320.»: the noun of the sentence before.
                (kind, audience, member, head) = (atEnd, null, false, numberLast);
            }

            if (head < 0 && namedBefore is { } pronounFor && OnlyBreaksBetween(pronounFor.End, s.First)
                && (IsWholeWord(i - 1, lexicon.BackPronouns) || (i - 2 >= s.First && IsWholeWord(i - 2, lexicon.BackPronouns))))
            {
                // «… в среднем 60 мероприятий. Всего за десять месяцев их проведено 610»: the pronoun's activities.
                (kind, audience, member, head) = (pronounFor.Kind, null, false, numberLast);
            }

            if (head < 0 && ElidedKindAt(i, s) is { } elided)
            {
                // «… провела 40 мероприятий, а с начала года — 310»: the noun of the clause before, left out after a dash.
                (kind, audience, member, head) = (elided, null, false, numberLast);
            }

            if (head < 0 && headFinal && i > s.First && IsWholeWord(numberLast + 1, lexicon.HeldVerbs)
                && ReadingLexicon.EndsWithAny(tokens[i - 1].Norm, lexicon.GenitiveEndings)
                && FindHead(i - 1, i, count, out AssemblyActivityKind? whole, out _, out _) >= 0 && whole is { } wholeKind)
            {
                // «жоспарланған 300 іс-шараның 280-ін өткізді»: so many of the activities just named were held.
                (kind, audience, member, head) = (wholeKind, null, false, numberLast);
            }

            if (head < 0 && headFinal && IsWholeWord(numberLast + 1, lexicon.HeldVerbs) && tokens[i].Suffix.Length > 0
                && Array.IndexOf(lexicon.PartEndings, tokens[i].Suffix) >= 0 && onlyKind is { } ofWhole && !severalKinds)
            {
                // «250-ден астам іс-шара жоспарланған, оның 180-і өткізілді»: so many of what the sentence counted were held.
                (kind, audience, member, head) = (ofWhole, null, false, numberLast);
            }

            if (head < 0 && onlyKind is { } wholeOfAll && !severalKinds && AssemblysPartAt(i, numberLast, s))
            {
                // «в области прошло 900 мероприятий, из них 520 провела ассамблея»: the whole is every organiser's; the
                // part the assembly held is its count.
                int ofAll = clause.Tallies.FindIndex(t => t.Kind == wholeOfAll);
                if (ofAll >= 0)
                {
                    mentions.Add(new Mention(MentionKind.Uncertain, Source(clause.Tallies[ofAll].First, clause.Tallies[ofAll].Last), "activities of every organiser, of which the assembly held a part"));
                    clause.Tallies.RemoveAt(ofAll);
                }

                (kind, audience, member, head) = (wholeOfAll, null, false, numberLast);
            }

            if (head < 0 && FigureKindAt(i, clause) is { } figure)
            {
                // «Былтыр бұл көрсеткіш 410 болған»: the figure of the kind the sentence before counted, in another period.
                (kind, audience, member, head) = (figure, null, false, numberLast);
            }

            namedInSentence = head >= 0 && kind is { } namedKind ? namedKind : namedInSentence;

            if (head < 0)
            {
                continue;
            }

            if ((kind is not null || audience is not null) && RateAround(i, head, s.End) is (int rateFirst, int rateLast))
            {
                // «3 мероприятия в день», «5 events a week», «күніне 3 іс-шара»: a rate, not a count of anything.
                mentions.Add(new Mention(MentionKind.Uncertain, Source(rateFirst, rateLast), "a rate (so many a day, a week), not a count"));
                MarkUsed(rateFirst, rateLast);
            }
            else if ((kind is not null || audience is not null) && AverageNear(i, head, s))
            {
                mentions.Add(new Mention(MentionKind.Uncertain, Source(i, head), "an average over activities, no count of a period"));
                MarkUsed(i, head);
            }
            else if ((kind is not null || audience is not null) && (oneDistrict ??= DistrictPlaceIn(s)))
            {
                mentions.Add(new Mention(MentionKind.Uncertain, Source(i, head), "one district's part of what the body held, no count of its period"));
                MarkUsed(i, head);
            }
            else if ((noDeed || instead?.First <= i && i <= instead?.Last || (planWord && PlannedInClauseOf(i, head, s, instead))) && (kind is not null || audience is not null))
            {
                mentions.Add(new Mention(MentionKind.Number, Source(i, head), "a planned figure, not a reported one"));
                NoteKind(kind, ref onlyKind, ref severalKinds);
                planned = true;
            }
            else if (ongoing && clause.Period is null && (kind is not null || audience is not null))
            {
                // «100-ге жуық іс-шаралар өткізілуде»: under way and over no period, so no total of any period is held.
                // Under way over a period named («биыл … өткізілуде») it is that period's count so far.
                mentions.Add(new Mention(MentionKind.Number, Source(i, head), "a figure of something still under way over no period named, no total held"));
            }
            else if (kind is not null && count.Value != 1 && IsEnglishSingular(head))
            {
                // «the Expo 2017 festive event»: a number before a singular noun names or dates it; it counts nothing.
                mentions.Add(new Mention(MentionKind.Uncertain, Source(i, head), "a number before a singular noun: a name or a year, not a count"));
            }
            else if (kind is not null && headFinal && head + 1 < s.End && ReadingLexicon.EndsWithAny(tokens[head].Norm, lexicon.DativeEndings)
                && IsWholeWord(head + 1, lexicon.DifferenceWords))
            {
                // «өткен жылмен салыстырғанда 120 іс-шараға көп өткізді»: the noun in the dative before a word of more.
                mentions.Add(new Mention(MentionKind.Uncertain, Source(i, head + 1), "a figure of a comparison (a difference), not a count"));
            }
            else if ((kind is not null || audience is not null) && (erroneous ??= HasWholeWord(s, lexicon.ErroneousWords)))
            {
                // «An earlier version … incorrectly said … 350 events»: a figure the text says was wrong; its kind stays for
                // the figure given instead («The correct figure is 380»).
                mentions.Add(new Mention(MentionKind.Uncertain, Source(i, head), "a figure the text says was wrong"));
                NoteKind(kind, ref onlyKind, ref severalKinds);
            }
            else if (kind is not null && cancelled)
            {
                // «отменила 40 мероприятий», «has postponed 12 events», «15 іс-шарасы кейінге қалдырылды»: not held.
                mentions.Add(new Mention(MentionKind.Uncertain, Source(i, head), "activities cancelled or postponed, not held"));
            }
            else if (kind is { } joinedFirst && SecondKindJoined(head, joinedFirst, s) is int second)
            {
                // «85 акций и мероприятий», «85 actions and events»: one figure for two kinds together, neither's count.
                mentions.Add(new Mention(MentionKind.Uncertain, Source(i, second), "one figure for two kinds of activity together, no count of either"));
                MarkUsed(i, second);
                i = second;
                continue;
            }
            else if (kind is not null && TookPartIn(i, head, s))
            {
                // «приняла участие в 12 республиканских мероприятиях», «took part in 15 events», «20 іс-шараға қатысты»:
                // activities the body attended, which others held.
                mentions.Add(new Mention(MentionKind.Uncertain, Source(i, head), "activities the body took part in, not activities it held"));
            }
            else if (kind is AssemblyActivityKind.OutreachMeeting && CouncilOwnsMeetings(head, s))
            {
                // «12 off-site meetings of the assembly's council»: a body's own sittings, no meetings with the public.
                mentions.Add(new Mention(MentionKind.Uncertain, Source(i, head), "meetings of a council, not outreach meetings"));
            }
            else if (kind is { } activity)
            {
                if (anniversary && AnniversaryMarks(i, head, anniversaryAt) && activity is AssemblyActivityKind.Event or AssemblyActivityKind.CulturalEvent or AssemblyActivityKind.SportsEvent)
                {
                    activity = AssemblyActivityKind.AnniversaryEvent;
                }

                NoteKind(activity, ref onlyKind, ref severalKinds);
                if (clause.Tallies.Exists(t => t.Kind == activity))
                {
                    // «considered 31 appeals and settled 24 disputes»: a second count of one kind is no tally of the
                    // sentence, but a headline that states it («… settled 24 disputes») only restates the body.
                    if (!firstSentence)
                    {
                        countsNotTallied.Add((activity, count));
                    }

                    continue;
                }

                clause.Tallies.Add((activity, count, i, head));
            }
            else if (audience is not null && NamedEventBefore(i, clause) is int named)
            {
                // «10 кездесу ұйымдастырылып, «Менің елім!» тимбилдингіне 200 жас тартылған», «Ең ірісі – «…» фестивалі,
                // оған 5 мың адам қатысты»: people of an event named after the activities counted (or in a sentence that
                // counts none), right before them, are that event's, not the activities' reach.
                mentions.Add(new Mention(MentionKind.Uncertain, Source(i, head), $"people of the event named before them ({text[tokens[named].Start..tokens[named].End]}), not of the activities counted"));
            }
            else if (audience is not null && HelpedAround(i, head, s))
            {
                // «15 charity actions that helped 230 families and 40 elderly residents», «500 адамға көмек көрсетілді»:
                // people helped are no reach of the activities.
                mentions.Add(new Mention(MentionKind.Uncertain, Source(i, head), "people helped, not people the activities reached"));
            }
            else if (audience is not null && SecondPartOfPeople(head, s) is int partLast)
            {
                // «2 тысячи детей и 500 взрослых», «более 4 тысяч школьников и около 35 тысяч жителей»: people counted in
                // parts, whose sum the report does not state. The second part is read whole, its scale word and noun with
                // it («… мен 35 мыңға жуық тұрғын» is no «мың» of its own).
                mentions.Add(new Mention(MentionKind.Uncertain, Source(i, partLast), "people counted in parts, whose sum the report does not state"));
                MarkUsed(i, partLast);
                i = partLast;
                continue;
            }
            else if (audience is { } who)
            {
                if (clause.Reach is { } earlier)
                {
                    // «35 мың адамға көмек көрсетіліп, 620 мыңнан астам адамның қатысуымен …»: of two counts of people,
                    // the one said to take part is the reach, and the other (people helped) is listed.
                    if (!TakingPartNear(i, head, s) || TakingPartNear(earlier.First, earlier.Last, s))
                    {
                        continue;
                    }

                    mentions.Add(new Mention(MentionKind.Uncertain, Source(earlier.First, earlier.Last), "people counted beside those the sentence says took part: not its reach"));
                }

                clause.Reach = (count, who, i, head);
                clause.ReachGrown = growth;
            }
            else if (member)
            {
                ReadRepresentation(s, count, i, head);
            }
            else
            {
                mentions.Add(new Mention(MentionKind.Uncertain, Source(i, head), $"counts «{tokens[head].Norm}»: neither activities nor people"));
            }

            MarkUsed(i, head);
            i = head;
        }

        countedBefore = onlyKind is { } one && !severalKinds ? (s.End, one, planned) : null;
        namedBefore = namedInSentence is { } lastNamed ? (s.End, lastNamed) : null;
        namedInSentence = null;
        question = Asked(s) is { } asked ? (s.End, asked.Kind, asked.Audience, clause.Period, FindWord(s, lexicon.ReachedWords) >= 0) : null;
    }

    /// <summary>A quoted name within four words before a count of people and after every activity the clause has
    /// counted, with no relative word between («…» тимбилдингіне 200 жас, «в фестивале «Дружба» приняли участие 200»,
    /// ««Ұлытау – ұлы дала» фестивалі, оған 5 мың адам» in a sentence that counts nothing); or null.</summary>
    private int? NamedEventBefore(int count, SentenceFacts clause)
    {
        int afterTallies = clause.Tallies.Count == 0 ? clause.Sentence.First - 1 : clause.Tallies.Max(t => t.Last);
        for (int k = count - 1; k >= Math.Max(clause.Sentence.First, count - 4) && k > afterTallies; k--)
        {
            if (IsWord(k, lexicon.RelativeReachWords))
            {
                return null;
            }

            // «Фестивальге 5 мыңнан астам адам жиналды», «The festival drew 5,000 people»: one event's audience.
            if (tokens[k].Kind == TokenKind.Name || IsWord(k, lexicon.OneEventWords))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>Where the sentence names the same period of another year («в прошлом году за этот период»), or -1.</summary>
    private int SamePeriodAt(Sentence s)
    {
        for (int k = s.First; k < s.End; k++)
        {
            if (PhraseStartingAt(k, s.End, lexicon.SamePeriod) >= 0)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Whether the count at <paramref name="i"/> ends a range: a smaller bare number right before its «up to»
    /// («от 8 до 10 тысяч»), or before a dash or a word of a range's end right before it («from 8,000 to 10,000»,
    /// «8–10 мың»); «с 9 до 5 депутатов», going down, is a change, not a range.</summary>
    private bool RangeEndAt(int i, Sentence s, QualifiedCount count)
    {
        int before = tokens[i].Kind == TokenKind.Word ? (count.Qualifier == CountQualifier.UpTo ? i - 1 : -1)
            : i - 1 >= s.First && (IsDash(tokens[i - 1]) || IsWholeWord(i - 1, lexicon.DayRangeWords)) ? i - 2
            : -1;
        return before >= s.First && tokens[before].Kind == TokenKind.Number && tokens[before].Suffix.Length == 0 && tokens[before].Date is null
            && !IsYearNumber(tokens[before]) && count.Value is long upper && tokens[before].Value < upper;
    }

    // Kazakh's ablative endings: «90 мыңнан 104 мыңға дейін» (from 90 thousand up to 104 thousand).
    private static readonly string[] AblativeEndings = ["нан", "нен", "дан", "ден", "тан", "тен"];

    /// <summary>Whether the count ending at <paramref name="numberLast"/> opens a range: a bare number, then «до», «to» or
    /// a dash and a greater count («с 90 до 104 тысяч», «from 90,000 to 104,000», «8–10 мың»).</summary>
    private bool RangeStartAt(int numberLast, Sentence s, QualifiedCount count, out int upperAt)
    {
        int to = numberLast + 1;
        upperAt = -1;
        // A bare number, or one with its scale word («90 тысяч», «90 мыңнан»).
        bool bare = tokens[numberLast].Kind == TokenKind.Number ? tokens[numberLast].Suffix.Length == 0 && !IsYearNumber(tokens[numberLast])
            : tokens[numberLast].Kind == TokenKind.Word && StartsWithScaleWord(tokens[numberLast].Norm);
        if (to + 1 >= s.End || !bare)
        {
            return false;
        }

        // «с 90 до 104 тысяч»: the end's qualifier («до», up to) is the range's word; «90 мыңнан 104 мыңға дейін»: the end
        // with «up to» after it.
        bool joined = IsDash(tokens[to]) || IsWholeWord(to, lexicon.DayRangeWords);
        bool fromCase = headFinal && ReadingLexicon.EndsWithAny(tokens[numberLast].Norm, AblativeEndings) && tokens[to].Kind == TokenKind.Number;
        upperAt = joined ? to + 1 : to;
        return TryCount(upperAt, s.End, out QualifiedCount upper, out _) && upper.Value > count.Value
            && (joined || fromCase || upper.Qualifier == CountQualifier.UpTo);
    }

    /// <summary>Whether a word of helping stands within five words before the count's number, in its clause, or within
    /// two after its noun («helped 230 families and 40 residents», «помогли 40 жителям», «500 адамға көмек көрсетілді»).</summary>
    private bool HelpedAround(int number, int head, Sentence s) =>
        WordBefore(number, 5, s, k => IsWord(k, lexicon.HelpWords)) || IsWord(head + 1, lexicon.HelpWords) || IsWord(head + 2, lexicon.HelpWords);

    /// <summary>Whether a plan word stands in the clause of the count at <paramref name="i"/>: a sentence's clauses part at
    /// a conjunction or comma before a verb of holding or planning or another conjunction («held 290 events … and plans
    /// about 300 more», «had planned 500 events and held 520», «650 іс-шара өткізуді жоспарлаған еді, алайда 700 іс-шара
    /// өткізілді»); «planned 40 meetings and 20 concerts» stays one clause.</summary>
    private bool PlannedInClauseOf(int i, int head, Sentence s, (int First, int Last)? instead)
    {
        // «жоспарланған 300 іс-шара өткізілді», «жоспарланған 50 іс-шараның барлығын өткізді»: a verb of holding right
        // after the count's noun (or after «all of them»), where the verb comes last.
        if (headFinal && (IsWholeWord(head + 1, lexicon.HeldVerbs) || (IsWord(head + 1, lexicon.TotalWords) && IsWholeWord(head + 2, lexicon.HeldVerbs))))
        {
            return false;
        }

        int first = s.First, end = s.End;
        for (int k = i - 1; k > s.First; k--)
        {
            if (ClauseBoundaryAt(k))
            {
                first = k;
                break;
            }
        }

        for (int k = i + 1; k < s.End; k++)
        {
            if (ClauseBoundaryAt(k))
            {
                end = k;
                break;
            }
        }

        for (int k = first; k < end; k++)
        {
            // A plan word of the count something else was held instead of plans only that count; one a word of fulfilling
            // follows («жоспардың 95 пайызын орындады», «план выполнен») speaks of a plan carried out; one with a verb of
            // holding between it and the count («Из 300 запланированных мероприятий … провела 280») plans another.
            if (IsPlanWord(k) && !(instead?.First <= k && k <= instead?.Last) && !WordAfter(k, 4, w => IsWord(w, lexicon.FulfilledWords)) && !(k < i && HeldVerbBetween(k, i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the activities counted are ones the body took part in: a word of taking part within four words
    /// before the number, in its clause («приняла участие в 12 мероприятиях», «took part in 15 events», «при участии
    /// ассамблеи проведено 40 мероприятий», «выступила соорганизатором 12 мероприятий»), or, where the verb comes last,
    /// right after the noun or one word after it («20 іс-шараға қатысты», «25 іс-шараны ұйымдастыруға
    /// атсалысты»).</summary>
    private bool TookPartIn(int number, int head, Sentence s) =>
        (headFinal ? IsWord(head + 1, lexicon.ParticipationWords) || (head + 2 < s.End && tokens[head + 1].Kind == TokenKind.Word && IsWord(head + 2, lexicon.ParticipationWords))
            : WordBefore(number, 4, s, k => IsWord(k, lexicon.ParticipationWords)))
        && !PeopleCountedBefore(number, s);

    /// <summary>Whether a number or a noun of people stands within six tokens before the number: people who took part in
    /// the activities («Более 2 тысяч человек приняли участие в 12 мероприятиях», «1,200 people attended 15 events»),
    /// which then are the activities' reach, not the body's attendance.</summary>
    private bool PeopleCountedBefore(int number, Sentence s)
    {
        for (int k = number - 1; k >= Math.Max(s.First, number - 6); k--)
        {
            // A capital inside the sentence is a name's («the Assembly of People of Kazakhstan»), and so is a word right
            // after an assembly's head («Ассамблея народа Казахстана»): no people counted.
            // The word of taking part itself («стала участником») counts no one either.
            bool named = (k > s.First && char.IsUpper(text[tokens[k].Start])) || IsAssemblyHead(k - 1) || IsWord(k, lexicon.ParticipationWords);
            if (tokens[k].Kind == TokenKind.Number || (tokens[k].Kind == TokenKind.Word && !named && lexicon.PeopleHeads.Any(h => tokens[k].Norm.StartsWith(h.Stem, StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the meetings counted at <paramref name="head"/> are a council's or an assembly's own sittings: «of»
    /// right after them and a word of a council or an assembly within three words on («meetings of the assembly's
    /// council», «meetings of small assemblies», «встреч совета»), or such a word in the genitive right after them.</summary>
    private bool CouncilOwnsMeetings(int head, Sentence s)
    {
        int from = IsWord(head + 1, lexicon.OfWords) ? head + 2 : head + 1;
        for (int k = from; k < Math.Min(s.End, from + (from > head + 1 ? 3 : 1)) && tokens[k].Kind == TokenKind.Word; k++)
        {
            if (IsWord(k, lexicon.CouncilWords) || IsAssemblyHead(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a verb of holding in a past form stands between tokens <paramref name="from"/> and
    /// <paramref name="to"/>.</summary>
    private bool HeldVerbBetween(int from, int to)
    {
        for (int k = from + 1; k < to; k++)
        {
            if (IsWholeWord(k, lexicon.HeldVerbs))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word the test accepts stands within <paramref name="reach"/> tokens after
    /// <paramref name="from"/>, no punctuation between (the mirror of <see cref="WordBefore"/>).</summary>
    private bool WordAfter(int from, int reach, Func<int, bool> accepts)
    {
        for (int k = from + 1; k < Math.Min(tokens.Count, from + 1 + reach) && tokens[k].Kind != TokenKind.Punctuation; k++)
        {
            if (accepts(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The tokens of the plan something was held instead of, or null: from «вместо», «instead» to the first
    /// number within five tokens after it («вместо запланированных 200», «instead of the planned 200»); in Kazakh, from
    /// four tokens before the last number within three before «орнына» to it («жоспарланған 200 іс-шараның
    /// орнына»).</summary>
    private (int First, int Last)? InsteadSpan(Sentence s)
    {
        int word = -1;
        for (int k = s.First; k < s.End && word < 0; k++)
        {
            word = IsWholeWord(k, lexicon.InsteadWords) ? k : -1;
        }

        if (word < 0)
        {
            return null;
        }

        if (headFinal)
        {
            for (int n = word - 1; n >= Math.Max(s.First, word - 3); n--)
            {
                if (tokens[n].Kind == TokenKind.Number)
                {
                    return (Math.Max(s.First, n - 4), word);
                }
            }

            return null;
        }

        for (int n = word + 1; n < Math.Min(s.End, word + 6); n++)
        {
            if (tokens[n].Kind == TokenKind.Number)
            {
                return (word, n);
            }
        }

        return null;
    }

    /// <summary>Whether a clause of a sentence starts at <paramref name="k"/>: a conjunction or a comma right before a verb
    /// of holding or planning, or a comma before a conjunction; in Kazakh, a comma or colon before a short clause a verb
    /// of holding ends, within four tokens («…1 000 іс-шара, 870 іс-шара өткізілді»).</summary>
    private bool ClauseBoundaryAt(int k) =>
        ((tokens[k].Is(',') || IsWholeWord(k, lexicon.ClauseConjunctions) || IsWholeWord(k, lexicon.ListJoins))
        && (IsHeldOrFulfilled(k + 1) || IsWord(k + 1, lexicon.PlanWords) || (tokens[k].Is(',') && IsWholeWord(k + 1, lexicon.ClauseConjunctions))))
        || (headFinal && (tokens[k].Is(',') || tokens[k].Is(':')) && WordAfter(k, 4, IsHeldOrFulfilled));

    private bool IsHeldOrFulfilled(int k) => IsWord(k, lexicon.SessionHeldWords) || IsWord(k, lexicon.FulfilledWords);

    /// <summary>Whether a word of each stands within six words before the number, in its clause («в каждой встрече
    /// участвовали 50 человек», «each meeting drew 50 people», «әр кездесуге 50 адам қатысты»), or within four after it
    /// («50 people attended each meeting», «по 50 человек на каждом»).</summary>
    private bool EachNear(int number, int numberLast, Sentence s) =>
        WordBefore(number, 6, s, k => IsWholeWord(k, lexicon.EachWords)) || WordAfter(numberLast, 4, k => IsWholeWord(k, lexicon.EachWords));

    /// <summary>Whether the clause names one district as a place: a word of a district after a capitalised name
    /// («в Бурабайском районе», «Бурабай ауданында», «in Burabay District»).</summary>
    private bool DistrictPlaceIn(Sentence s)
    {
        for (int k = s.First + 1; k < s.End; k++)
        {
            if (tokens[k - 1].Kind == TokenKind.Word && tokens[k - 1].Capitalized && IsWholeWord(k, lexicon.DistrictPlaceWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word of an average stands within six tokens before the number, a comma between or not («On
    /// average, 80 people», «в среднем 80 человек», «орта есеппен 80 адам»), or within four after its noun («80 people
    /// on average»).</summary>
    private bool AverageNear(int number, int head, Sentence s) =>
        HasWholeWord(new Sentence(Math.Max(s.First, number - 6), number, s.Paragraph), lexicon.AverageWords)
        || WordAfter(head, 4, k => IsWholeWord(k, lexicon.AverageWords));

    /// <summary>Whether a word the test accepts stands within <paramref name="reach"/> tokens before
    /// <paramref name="number"/>, in its clause (no punctuation between).</summary>
    private bool WordBefore(int number, int reach, Sentence s, Func<int, bool> accepts)
    {
        for (int k = number - 1; k >= Math.Max(s.First, number - reach) && tokens[k].Kind != TokenKind.Punctuation; k--)
        {
            if (accepts(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the number at <paramref name="number"/> is a difference: it takes the dative before a word of
    /// more or fewer («50-ге артық», «былтырғы көрсеткіштен 120-ға көп»), where a count takes the ablative («50-ден
    /// артық», more than 50).</summary>
    private bool DifferenceAt(int number, Sentence s) =>
        number + 1 < s.End && Array.IndexOf(lexicon.DativeEndings, tokens[number].Suffix) >= 0 && IsWholeWord(number + 1, lexicon.DifferenceWords);

    /// <summary>Whether a word of taking part stands within two words before a count of people or right after it
    /// («приняли участие 320 человек», «620 мыңнан астам адамның қатысуымен», «attended by 300 people»).</summary>
    private bool TakingPartNear(int first, int last, Sentence s)
    {
        for (int k = Math.Max(s.First, first - 2); k <= Math.Min(s.End - 1, last + 1); k++)
        {
            if ((k < first || k > last) && IsWord(k, lexicon.ParticipationWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the sentence names an anniversary apart from the activities right after it («30 жылдығы аясында 200
    /// іс-шара», «30th anniversary»; not «410 іс-шара, оның ішінде 25 мерейтойлық іс-шара», whose adjective makes those 25
    /// anniversary events and leaves the 410 events), or -1. With <paramref name="inAWordOnly"/> false, an anniversary
    /// joined to its years («30-летию») counts too; only the word makes all the sentence's events anniversary events
    /// without the Assembly's anniversary being read (the joined form may be another's: «к 30-летию Независимости»).</summary>
    private int AnniversaryAt(Sentence s, bool inAWordOnly)
    {
        for (int k = s.First; k < s.End; k++)
        {
            if ((tokens[k].Kind == TokenKind.Word && IsWord(k, lexicon.AnniversaryWords) && !IsWord(k + 1, lexicon.ActivityHeadStems))
                || (!inAWordOnly && tokens[k].Kind == TokenKind.Number && ReadingLexicon.StartsWithAny(tokens[k].Suffix, lexicon.AnniversaryWords)))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Whether the anniversary the sentence names marks the events counted at <paramref name="count"/>: it
    /// stands before them, or after them with no other count between («960 events …, including 210 events dedicated to
    /// the 30th anniversary»: the 210 only).</summary>
    private bool AnniversaryMarks(int count, int head, int anniversaryAt)
    {
        if (anniversaryAt < 0 || anniversaryAt < count)
        {
            return true;
        }

        for (int k = head + 1; k < anniversaryAt; k++)
        {
            // The anniversary's own years stand right before its word («the 30th anniversary», «30 жылдығы»).
            if (tokens[k].Kind == TokenKind.Number && k != anniversaryAt - 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the sentence holds one of the whole words.</summary>
    private bool HasWholeWord(Sentence s, string[] words)
    {
        for (int k = s.First; k < s.End; k++)
        {
            if (IsWholeWord(k, words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Notes the kind a count of the clause counted: the clause's one kind, or several.</summary>
    private static void NoteKind(AssemblyActivityKind? kind, ref AssemblyActivityKind? onlyKind, ref bool severalKinds)
    {
        if (kind is { } counted)
        {
            severalKinds |= onlyKind is { } first && first != counted;
            onlyKind = counted;
        }
    }

    /// <summary>What the question right before asked the number of, for the first count of its answer (a year or a date
    /// may come before it), a few words in («– Более 250», «– С января – около 520», «– Мы считаем, что более 47
    /// тысяч»); the answer takes the question's period where it names none, and people asked of as taking part are a
    /// reach.</summary>
    private (AssemblyActivityKind? Kind, Audience? Audience)? AnsweredAt(int i, Sentence s, SentenceFacts clause)
    {
        if (question is not { } asked || !OnlyBreaksBetween(asked.End, s.First) || i - s.First > AnswerOpening || HasCount(s.First, i))
        {
            return null;
        }

        clause.Period ??= asked.Period;
        clause.ReachAsked = asked.Audience is not null && asked.Reached;
        return (asked.Kind, asked.Audience);
    }

    /// <summary>Whether the count at <paramref name="i"/> is the figure a noun reached, after «to» or a qualifier of «up
    /// to» that a verb of growing makes «to» («events grew by 12 percent to 930», «число мероприятий выросло на 15
    /// процентов до 930»): the verb within eight words before, the noun within ten words before the verb (a body's name
    /// may stand between).</summary>
    private bool GrewToAt(int i, Sentence s, QualifiedCount count, out AssemblyActivityKind? kind, out Audience? audience)
    {
        kind = null;
        audience = null;
        if (!(tokens[i].Kind == TokenKind.Word || (i > s.First && IsWholeWord(i - 1, lexicon.DayRangeWords))))
        {
            return false;
        }

        for (int g = i - 1; g > Math.Max(s.First, i - 8); g--)
        {
            if (IsWord(g, lexicon.GrewWords))
            {
                for (int noun = g - 1; noun >= Math.Max(s.First, g - 10) && tokens[noun].Kind == TokenKind.Word; noun--)
                {
                    if (FindHead(noun, noun + 1, count, out kind, out audience, out bool member) == noun)
                    {
                        return !member && (kind is not null || audience is not null);
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>The last token of a second count of people joined by «and» right after the people counted at
    /// <paramref name="head"/>: a bare number, or a count (a qualifier and a scale word may come with it) whose noun is
    /// people; null otherwise.</summary>
    private int? SecondPartOfPeople(int head, Sentence s)
    {
        int second = head + 2;
        if (second >= s.End || used[second] || !IsWholeWord(head + 1, lexicon.ListJoins) || !TryCount(second, s.End, out QualifiedCount part, out int numberLast))
        {
            return null;
        }

        // «involving more than 36,000 residents and 40 charity actions»: a count of activities after «and» is its own.
        int noun = FindHead(numberLast + 1, s.End, part, out AssemblyActivityKind? activities, out Audience? people, out _);
        return noun >= 0 && people is not null ? noun
            : noun >= 0 && activities is not null ? null
            : tokens[second].Kind == TokenKind.Number ? (noun >= 0 ? noun : numberLast)
            : null;
    }

    /// <summary>The noun of another kind of activity joined to the count's own by «and» right after it («акций и
    /// мероприятий», «actions and events», «акция мен іс-шара»), or null.</summary>
    private int? SecondKindJoined(int head, AssemblyActivityKind kind, Sentence s) =>
        head + 2 < s.End && IsWholeWord(head + 1, lexicon.ListJoins) && tokens[head + 2].Kind == TokenKind.Word
        && FindHead(head + 2, head + 3, QualifiedCount.Exactly(2), out AssemblyActivityKind? other, out _, out _) == head + 2
        && other is { } second && second != kind ? head + 2 : null;

    /// <summary>Whether the word at <paramref name="k"/> is one of a plan, not of «organised by».</summary>
    private bool IsPlanWord(int k) => IsWord(k, lexicon.PlanWords) && !IsWholeWord(k, lexicon.OrganisedByWords);

    /// <summary>The first word of a plan in the sentence, or -1.</summary>
    private int FindPlanWord(Sentence s)
    {
        for (int k = FindWord(s, lexicon.PlanWords); k >= 0 && k < s.End; k++)
        {
            if (IsPlanWord(k))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Whether only line breaks stand between two sentences: nothing was said between them.</summary>
    private bool OnlyBreaksBetween(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (tokens[k].Kind != TokenKind.Break)
            {
                return false;
            }
        }

        return from <= to;
    }

    /// <summary>The activity or the people a question asks the number of («Сколько мероприятий …?», «Қанша іс-шара …?»,
    /// «How many people took part?»), or null for a sentence that is no such question.</summary>
    private (AssemblyActivityKind? Kind, Audience? Audience)? Asked(Sentence s)
    {
        if (s.End - 1 < s.First || !tokens[s.End - 1].Is('?'))
        {
            return null;
        }

        for (int k = s.First; k < s.End; k++)
        {
            if (IsWholeWord(k, lexicon.HowManyWords)
                && FindHead(k + 1, s.End, QualifiedCount.Exactly(2), out AssemblyActivityKind? kind, out Audience? audience, out _) >= 0
                && (kind is not null || audience is not null))
            {
                return (kind, audience);
            }
        }

        return null;
    }

    /// <summary>Whether an ordinal with no noun after it (a quarter's or a half's left out) stands within three words before
    /// the count or five after it, in a clause whose period was named by an ordinal.</summary>
    private bool ElidedOrdinalNear(int number, int numberLast, Sentence s, SentenceFacts clause)
    {
        if (clause.PeriodToken < s.First || OrdinalAt(clause.PeriodToken) == 0)
        {
            return false;
        }

        // The nearest count owns an ordinal: the search stops at another number («170 мероприятий против 150 во втором»).
        for (int k = number - 1; k >= Math.Max(s.First, number - 3) && tokens[k].Kind != TokenKind.Number; k--)
        {
            if (IsElidedOrdinal(k, clause))
            {
                return true;
            }
        }

        for (int k = numberLast + 1; k < Math.Min(s.End, numberLast + 6) && tokens[k].Kind != TokenKind.Number; k++)
        {
            if (IsElidedOrdinal(k, clause))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word at <paramref name="k"/> is an ordinal with no period's noun after it, not the clause's own
    /// period word.</summary>
    private bool IsElidedOrdinal(int k, SentenceFacts clause) =>
        k != clause.PeriodToken && !used[k] && tokens[k].Kind == TokenKind.Word && OrdinalAt(k) > 0
        && !IsWord(k + 1, lexicon.QuarterWords) && !IsWord(k + 1, lexicon.HalfYearWords) && !IsWord(k + 1, lexicon.HalfWord);

    /// <summary>The kind of activities the part of the sentence after a clause's closing comma counts, where that part
    /// opens with a period of its own (or a dash and one) and a count with its noun follows within a few words; the
    /// count at <paramref name="numberLast"/> must end its clause right before the comma.</summary>
    private AssemblyActivityKind? KindNamedInTheNextPart(int numberLast, Sentence s)
    {
        int comma = numberLast + 1;
        if (comma != s.End - 1 || !tokens[comma].Is(',') || comma + 2 >= tokens.Count)
        {
            return null;
        }

        int at = comma + 1;
        if (!PeriodStartsAt(at, Math.Min(tokens.Count, at + 8), out int periodLast))
        {
            return null;
        }

        int number = periodLast + 1 < tokens.Count && IsDash(tokens[periodLast + 1]) ? periodLast + 2 : periodLast + 1;
        if (number >= tokens.Count || tokens[number].Kind != TokenKind.Number
            || !TryCount(number, Math.Min(tokens.Count, number + 6), out QualifiedCount next, out int nextLast))
        {
            return null;
        }

        int noun = FindHead(nextLast + 1, Math.Min(tokens.Count, nextLast + 4), next, out AssemblyActivityKind? kind, out _, out _);
        return noun >= 0 ? kind : null;
    }

    /// <summary>The kind the sentence right before counted, or this sentence before the number, for a number with no noun
    /// that ends its sentence («Уже проведено 320.», «В 2025 году было проведено 380», «планировала провести 600
    /// мероприятий, а фактически провела 640»); null otherwise.</summary>
    private AssemblyActivityKind? ElidedAtEndKind(int number, int numberLast, Sentence s, AssemblyActivityKind? countedInSentence)
    {
        // The number right after a verb («проведено 320»), not a day («April 1, 2025»), and the sentence's last word:
        // nothing follows it but its full stop.
        int after = numberLast + 1;
        bool endsSentence = after >= s.End || (after + 1 >= s.End && (tokens[after].Is('.') || tokens[after].Is('!')));
        bool afterVerb = number - 1 >= s.First && tokens[number - 1].Kind == TokenKind.Word && MonthAt(number - 1) == 0;

        // «Правильная цифра – 380.»: a word of a figure and a dash stand for the verb.
        afterVerb |= number - 2 >= s.First && IsDash(tokens[number - 1]) && IsWord(number - 2, lexicon.FigureWords);
        return !endsSentence || !afterVerb ? null
            : countedInSentence is { } here ? here
            : countedBefore is { } before && OnlyBreaksBetween(before.End, s.First) ? before.Kind
            // «holds about 50 events a month; in October it held 58»: the kind a rate or an average right before named.
            : namedBefore is { } named && OnlyBreaksBetween(named.End, s.First) ? named.Kind
            : null;
    }

    /// <summary>
    /// The kind a count after a dash leaves out, in a clause split off a sentence («, а с начала года — 310»): the one
    /// kind the clause before it counted, else null. One word may stand between the dash and the count («— уже 85»).
    /// </summary>
    private AssemblyActivityKind? ElidedKindAt(int i, Sentence s)
    {
        int dash = i - 1 >= s.First && tokens[i - 1].Kind == TokenKind.Word ? i - 2 : i - 1;
        bool opened = (dash >= s.First && IsDash(tokens[dash])) || (ComparisonBaseOpens(s.First, i) && SamePeriodAt(s) < 0)
            || (i - 1 == s.First && IsWholeWord(s.First, lexicon.ClauseConjunctions));
        return s.Aside && opened && countedBefore is { } before && before.End == s.First ? before.Kind : null;
    }

    /// <summary>Whether the words from <paramref name="first"/> to the number at <paramref name="number"/> are one to
    /// three words of a comparison's base and nothing else («против 350», «up from 350», «compared with 350»). (A base
    /// over «the same period last year» is no year's count: the caller leaves it.)</summary>
    private bool ComparisonBaseOpens(int first, int number)
    {
        if (number - first is < 1 or > 3 || !IsWholeWord(number - 1, lexicon.AgainstWords))
        {
            return false;
        }

        for (int k = first; k < number; k++)
        {
            if (tokens[k].Kind != TokenKind.Word && !tokens[k].Is(','))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the number opens, after «из них», «of them», «оның», a part an assembly is said to have held
    /// («…, из них 520 провела ассамблея Северо-Казахстанской области», «…, of which 520 were held by the regional
    /// assembly»): a verb of holding within two tokens after the number, and an assembly's name within eight after
    /// that.</summary>
    private bool AssemblysPartAt(int number, int numberLast, Sentence s)
    {
        bool opened = false;
        for (int k = Math.Max(s.First, number - 3); k < number && !opened; k++)
        {
            opened = PhraseStartingAt(k, number, lexicon.OfThem) == number - 1;
        }

        if (!opened)
        {
            return false;
        }

        for (int v = numberLast + 1; v < Math.Min(s.End, numberLast + 4); v++)
        {
            if (IsWholeWord(v, lexicon.HeldVerbs))
            {
                for (int a = v + 1; a < Math.Min(s.End, v + 9); a++)
                {
                    if (IsAssemblyHead(a))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>The kind the sentence right before counted, for a part of it («120 из них», «120 of them») in a sentence
    /// that opens with a period of its own other than that count's («В сентябре прошло 120 из них», «In September, 120
    /// of them …»), or that names its own assembly after a count of the whole country («… branches held more than 15,000
    /// events … In Karaganda Region, the regional assembly organised 1,020 of them»): that period's, or that assembly's,
    /// count of the kind; null otherwise (a part of the same period is no count of its own, a part of a plan is no total of
    /// its period — «запланировано 120 мероприятий … С начала года ассамблея уже провела 35 из них» — and a period further
    /// in may be another thing's: «The House, opened last year, hosted 180 of them»).</summary>
    private AssemblyActivityKind? PartWithAPeriodKind(SentenceFacts clause) =>
        countedBefore is { Planned: false } before && OnlyBreaksBetween(before.End, clause.Sentence.First)
        && ((clause.Period is { } own && clause.PeriodToken >= 0 && clause.PeriodToken <= clause.Sentence.First + 1
                && !(lastSummary >= 0 && facts[lastSummary] is ReadSummary whole && whole.Summary.Period.Equals(own)))
            || (clause.NamesAssembly && !clause.National && lastSentenceNational))
            ? before.Kind : null;

    /// <summary>The kind the sentence right before counted, for a number with no noun within three words after a word
    /// of a figure in a sentence that names a period of its own («Былтыр бұл көрсеткіш 410 болған», «В прошлом году этот
    /// показатель составлял 410», «Last year the figure was 410»): the same figure, over another period; null
    /// otherwise (with no period of its own the sentence may restate the figure).</summary>
    private AssemblyActivityKind? FigureKindAt(int number, SentenceFacts clause) =>
        clause.Period is { } own && WordBefore(number, 3, clause.Sentence, k => IsWord(k, lexicon.FigureWords))
        && countedBefore is { } before && OnlyBreaksBetween(before.End, clause.Sentence.First) && !PartOfAYearBefore(own) ? before.Kind : null;

    /// <summary>Whether the sentence names a whole year while the summary just read is over a part of one: «Last year the
    /// figure was 700» after nine months' 820 may be last year's nine months or its whole; which is not said.</summary>
    private bool PartOfAYearBefore(ReportingPeriod own) =>
        own.Kind == ReportingPeriodKind.CalendarYear && lastSummary >= 0 && facts[lastSummary] is ReadSummary previous
        && previous.Summary.Period.Kind != ReportingPeriodKind.CalendarYear;

    private void ReadRepresentation(Sentence s, QualifiedCount count, int first, int head)
    {
        // «Ten members of the Council represent the Mazhilis», «10 членов Совета», «Кеңестің 10 мүшесі»: the Council's
        // composition, not the deputies the Assembly elected to a chamber; and so is every later member count of the
        // sentence («… and two are deputies of the Senate»).
        int council = IsWord(OwnerAfter(head), lexicon.CouncilWords) ? OwnerAfter(head)
            : IsWord(first - 1, lexicon.CouncilWords) ? first - 1
            : -1;
        if (council >= 0 || councilMembersIn == s.First)
        {
            councilMembersIn = s.First;
            SourcePhrase counted = council >= 0 ? Source(Math.Min(first, council), Math.Max(head, council)) : Source(first, head);
            mentions.Add(new Mention(MentionKind.Uncertain, counted, "members of the Assembly's Council, not its deputies in a chamber"));
            return;
        }

        (int at, Chamber chamber, int named) = ChambersIn(s);
        if (named > 1)
        {
            // «The quota is transferred from the Mazhilis to the Senate and reduced from 9 to 5 deputies»: with two
            // chambers in the sentence, which one a count belongs to is not the reader's to guess.
            mentions.Add(new Mention(MentionKind.Uncertain, Source(first, head), "members counted in a sentence that names both chambers"));
            return;
        }

        if (named == 1)
        {
            SourcePhrase source = Source(Math.Min(first, at), Math.Max(head, at));
            if (count.Qualifier == CountQualifier.Exact && count.Value is { } members && members <= int.MaxValue
                && RepresentationFact.TryCreate(Apk, chamber, (int)members, null, out RepresentationFact? fact))
            {
                if (chambersRead.Add(chamber))
                {
                    facts.Add(new ReadRepresentation(fact, source));
                }
            }
            else
            {
                mentions.Add(new Mention(MentionKind.Refused, source, $"{count} members in the {chamber}: the model refuses it (the Senate has {SenateRecommendations.SeatCount} seats for the Assembly; a count must be exact)"));
            }

            return;
        }

        mentions.Add(new Mention(MentionKind.Number, Source(first, head), "members counted with no chamber named"));
    }

    /// <summary>The first chamber the sentence names and where, and whether it names none (0), one (1) or several (2).</summary>
    private (int At, Chamber First, int Named) ChambersIn(Sentence s)
    {
        (int At, Chamber First, int Named) found = (-1, default, 0);
        for (int c = s.First; c < s.End; c++)
        {
            if (tokens[c].Kind != TokenKind.Word)
            {
                continue;
            }

            foreach ((string stem, Chamber chamber) in lexicon.Chambers)
            {
                Steps++;
                if (!tokens[c].Norm.StartsWith(stem, StringComparison.Ordinal))
                {
                    continue;
                }

                if (found.Named == 0)
                {
                    found = (c, chamber, 1);
                }
                else if (chamber != found.First)
                {
                    found.Named = 2;
                }
            }
        }

        return found;
    }

    /// <summary>The qualifier a word right before a number is, misspelt: one letter added, left out, changed or two
    /// swapped in a one-word qualifier of seven letters or more (short words are too near other words); null otherwise.</summary>
    private CountQualifier? MisspeltQualifierAt(int i, int end)
    {
        if (i + 1 >= end || tokens[i].Kind != TokenKind.Word || tokens[i].Norm.Length < MisspeltQualifierLength - 1 || tokens[i + 1].Kind != TokenKind.Number)
        {
            return null;
        }

        foreach ((string[] words, CountQualifier q) in lexicon.QualifiersBefore)
        {
            if (words.Length == 1 && words[0].Length >= MisspeltQualifierLength && OneEditApart(tokens[i].Norm, words[0]))
            {
                return q;
            }
        }

        return null;
    }

    /// <summary>Whether two different words are one edit apart: a letter added or left out, changed, or two neighbours
    /// swapped.</summary>
    private static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b)
        {
            return false;
        }

        int start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        if (a.Length != b.Length)
        {
            // One letter more in the longer: the rest after it is the same.
            (string longer, string shorter) = a.Length > b.Length ? (a, b) : (b, a);
            return longer.AsSpan(start + 1).SequenceEqual(shorter.AsSpan(start));
        }

        // One letter changed, or two neighbours swapped.
        return a.AsSpan(start + 1).SequenceEqual(b.AsSpan(start + 1))
            || (start + 1 < a.Length && a[start] == b[start + 1] && a[start + 1] == b[start] && a.AsSpan(start + 2).SequenceEqual(b.AsSpan(start + 2)));
    }

    /// <summary>A count starting at token <paramref name="i"/>: qualifier, number, scale, qualifier.</summary>
    private bool TryCount(int i, int end, out QualifiedCount count, out int last)
    {
        count = default;
        last = i;
        CountQualifier qualifier = CountQualifier.Exact;
        int j = i;
        foreach ((string[] words, CountQualifier q) in lexicon.QualifiersBefore)
        {
            if (MatchesExactly(i, end, words))
            {
                qualifier = q;
                j = i + words.Length;
                break;
            }
        }

        // «aproximately 470», «приблизительно 300»: a long qualifier misspelt by one letter, right before the number.
        if (j == i && MisspeltQualifierAt(i, end) is { } misspelt)
        {
            qualifier = misspelt;
            j = i + 1;
        }

        long value;
        decimal fraction;
        if (j < end && tokens[j].Kind == TokenKind.Word && PhraseStartingAt(j, end, lexicon.OneAndAHalf) is int halfLast and >= 0)
        {
            // «полторы тысячи», «бір жарым мың»: a scale word must follow, as after a decimal.
            (value, fraction, last) = (1, 0.5m, halfLast);
        }
        else if (TryNumber(j, end, out value, out last))
        {
            fraction = tokens[j].Kind == TokenKind.Number ? tokens[j].Fraction : 0;

            // «двух с половиной тысяч», «екі жарым мың», «two and a half thousand»: a half more, before a scale word.
            if (fraction == 0 && PhraseStartingAt(last + 1, end, lexicon.AndAHalf) is int andHalfLast and >= 0 && andHalfLast + 1 < end
                && tokens[andHalfLast + 1].Kind == TokenKind.Word && StartsWithScaleWord(tokens[andHalfLast + 1].Norm))
            {
                (fraction, last) = (0.5m, andHalfLast);
            }
        }
        else
        {
            return false;
        }

        bool scaled = false;
        if (last + 1 < end && tokens[last + 1].Kind == TokenKind.Word)
        {
            foreach ((string stem, long multiplier) in lexicon.Scales)
            {
                if (tokens[last + 1].Norm.StartsWith(stem, StringComparison.Ordinal))
                {
                    scaled = true;
                    value = value <= long.MaxValue / multiplier - 1 ? (value * multiplier) + (long)(fraction * multiplier) : -1;
                    last++;
                    last += last + 1 < end && tokens[last + 1].Is('.') && tokens[last].Norm is "тыс" or "млн" or "млрд" ? 1 : 0;

                    // «тысячу двести», «2 тысячи 500 человек», «мың екі жүз»: the rest below the scale, right after it.
                    if (value > 0 && fraction == 0 && RestBelow(last + 1, end, multiplier) is (long rest, int restLast))
                    {
                        value += rest;
                        last = restLast;
                    }

                    break;
                }
            }
        }

        // 300-дей, жүздей, мыңдай, оншақты: an ending that makes the number approximate.
        if (qualifier == CountQualifier.Exact && ApproximateEnding(tokens[last]) > 0)
        {
            qualifier = CountQualifier.About;
        }

        if (qualifier == CountQualifier.Exact)
        {
            foreach ((string[] words, CountQualifier q) in lexicon.QualifiersAfter)
            {
                if (MatchesExactly(last + 1, end, words))
                {
                    qualifier = q;
                    last += words.Length;
                    break;
                }
            }
        }

        // «выросло до 780», «780-ге дейін өсті»: beside a verb of growing, «up to» is «to», the figure reached.
        if (qualifier == CountQualifier.UpTo && (IsWord(i - 1, lexicon.GrewWords) || IsWord(last + 1, lexicon.GrewWords)))
        {
            qualifier = CountQualifier.Exact;
        }

        // A fraction with no scale word after it (2,5 человека) is no count of things.
        return value >= 0 && (fraction == 0 || scaled) && QualifiedCount.TryCreate(value, qualifier, out count);
    }

    private bool QualifiesBefore(int i)
    {
        foreach ((string[] words, CountQualifier _) in lexicon.QualifiersBefore)
        {
            if (i - words.Length >= 0 && MatchesExactly(i - words.Length, i, words))
            {
                return true;
            }
        }

        return false;
    }

    private bool QualifiesAfter(int i, int end)
    {
        foreach ((string[] words, CountQualifier _) in lexicon.QualifiersAfter)
        {
            if (MatchesExactly(i, end, words))
            {
                return true;
            }
        }

        return false;
    }

    private bool MatchesExactly(int i, int end, string[] words)
    {
        Steps++;
        if (i + words.Length > end)
        {
            return false;
        }

        for (int k = 0; k < words.Length; k++)
        {
            if (tokens[i + k].Kind != TokenKind.Word || tokens[i + k].Norm != words[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Digits (not a year already read as one), or number words: «бес», «жиырма бес», «пять», «двенадцать».</summary>
    private bool TryNumber(int i, int end, out long value, out int last)
    {
        value = 0;
        last = i;
        if (i >= end || used[i])
        {
            return false;
        }

        Token token = tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            value = token.Value;
            // An ending that makes an ordinal in one language is a case a qualifier governs in another: Russian
            // «33-го» is the 33rd, Kyrgyz «609-го жакын» about 609; a qualifier after the number decides.
            bool ordinal = token.Suffix.Length > 0 && ReadingLexicon.StartsWithAny(token.Suffix, lexicon.OrdinalSuffixes) && !QualifiesAfter(i + 1, end);

            // «оның 120-сы жастар арасында»: 120 of what was counted before, no count of young people; but «оның 180-і
            // өткізілді», so many of it held, counts what was held.
            bool part = token.Suffix.Length > 0 && Array.IndexOf(lexicon.PartEndings, token.Suffix) >= 0 && !IsWholeWord(i + 1, lexicon.HeldVerbs);
            return !ordinal && !part;
        }

        // «тысячу двести», «мың екі жүз»: a lone scale word with the rest in words after it is one of that scale.
        if (token.Kind == TokenKind.Word && Array.IndexOf(lexicon.LoneScales, token.Norm) >= 0 && i + 1 < end && tokens[i + 1].Kind == TokenKind.Word
            && NumberWord(tokens[i + 1], out _, out _))
        {
            value = 1;
            last = i - 1;
            return true;
        }

        // «a thousand people», «more than one thousand», «бір мың»: one of the lone scale word after it (the scale multiplies it).
        if (token.Kind == TokenKind.Word && Array.IndexOf(lexicon.OneOfScaleWords, token.Norm) >= 0
            && i + 1 < end && tokens[i + 1].Kind == TokenKind.Word && Array.IndexOf(lexicon.LoneScales, tokens[i + 1].Norm) >= 0)
        {
            value = 1;
            return true;
        }

        // «мыңнан астам», «более тысячи»: a lone scale word with a qualifier is one of it (the scale multiplies it).
        // The qualifier is looked for only around such a word: this runs on every token.
        // So is a scale word with an approximate ending («мыңдай адам», about a thousand people).
        if (token.Kind == TokenKind.Word
            && ((Array.IndexOf(lexicon.LoneScales, token.Norm) >= 0 && ((i > 0 && QualifiesBefore(i)) || QualifiesAfter(i + 1, end)))
                || (ApproximateEnding(token) is > 0 and int ending && IsScaleWord(token.Norm[..^ending]))))
        {
            value = 1;
            last = i - 1;
            return true;
        }

        int k = NumberWordsFrom(i, end, out long current);

        // A lone "one" (бір, один, one) is an article more often than a count.
        if (k == i || (k == i + 1 && current == 1))
        {
            return false;
        }

        value = current;
        last = k - 1;
        return true;
    }

    /// <summary>The tokens of a count and a unit of time that make it a rate: the unit after the noun («3 мероприятия в
    /// день», «5 events a week») or before the number («күніне 3 іс-шара»), or null.</summary>
    private (int First, int Last)? RateAround(int number, int head, int end)
    {
        int after = PhraseStartingAt(head + 1, end, lexicon.PerUnit);
        if (after >= 0)
        {
            return (number, after);
        }

        // «ежедневно 3 мероприятия», or an adverb of rate with the verb between: «ежемесячно проводит около 30
        // мероприятий» (not a case form: «Бірлік күніне орай 120 іс-шара» is for Unity Day, not a day).
        int before = PhraseEndingAt(number - 1, lexicon.PerUnit);
        if (before < 0 && number - 1 >= 0 && tokens[number - 1].Kind == TokenKind.Word && IsWholeWord(number - 2, lexicon.RateAdverbs))
        {
            before = number - 2;
        }

        // «каждый год проводит 300 мероприятий»: a phrase of rate, of two words or more, with the verb between (one word
        // in a case form is no rate: «Бірлік күніне орай 120 іс-шара» is for Unity Day).
        if (before < 0 && number - 1 >= 0 && tokens[number - 1].Kind == TokenKind.Word && PhraseEndingAt(number - 2, lexicon.PerUnit) is int phrase && phrase >= 0 && phrase < number - 2)
        {
            before = phrase;
        }

        return before >= 0 ? (before, head) : null;
    }

    /// <summary>A number word, or one with an approximate ending (жүздей, оншақты).</summary>
    private bool NumberWord(Token token, out long value, out bool approximate)
    {
        approximate = false;
        if (numberWords.TryGetValue(token.Norm, out value))
        {
            return true;
        }

        int ending = ApproximateEnding(token);
        approximate = ending > 0 && numberWords.TryGetValue(token.Norm[..^ending], out value);
        return approximate;
    }

    /// <summary>The length of the approximate ending a number token or word ends in, or 0: a digits' suffix
    /// (300-дей), or a word whose rest is a number word or a scale word (жүздей, мыңдай).</summary>
    private int ApproximateEnding(Token token)
    {
        foreach (string ending in lexicon.ApproximateEndings)
        {
            if (token.Kind == TokenKind.Number ? token.Suffix == ending
                : token.Kind == TokenKind.Word && token.Norm.Length > ending.Length && token.Norm.EndsWith(ending, StringComparison.Ordinal)
                    && (numberWords.ContainsKey(token.Norm[..^ending.Length]) || IsScaleWord(token.Norm[..^ending.Length])))
            {
                return ending.Length;
            }
        }

        return 0;
    }

    /// <summary>Whether a word is a scale word in any case («мыңнан», «тысяч», «thousand»).</summary>
    private bool StartsWithScaleWord(string word) => lexicon.Scales.Any(scale => word.StartsWith(scale.Stem, StringComparison.Ordinal));

    private bool IsScaleWord(string word)
    {
        foreach ((string stem, long _) in lexicon.Scales)
        {
            if (word == stem)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The label of a list item before a number, past a colon or a dash: the noun («іс-шаралар – 310», «участников –
    /// более 52 тысяч», «events: 310») or the noun with its word for a number («іс-шаралар саны: 310», «количество
    /// мероприятий: 310»). Returns the label's first token, or null.
    /// </summary>
    private int? LabelBefore(int number, int numberLast, Sentence s, QualifiedCount count, out AssemblyActivityKind? kind, out Audience? audience)
    {
        kind = null;
        audience = null;
        int mark = number - 1;
        if (mark - 1 < s.First || tokens[mark].Kind != TokenKind.Punctuation || !(tokens[mark].Is(':') || tokens[mark].Is('–') || tokens[mark].Is('—') || tokens[mark].Is('-')))
        {
            return null;
        }

        // «Ең ауқымды іс-шара – «Бірлік» фестивалі – 20 мың көрерменді жинады»: a number with a noun of its own right
        // after it counts that noun, not the label before the dash.
        if (numberLast + 1 < s.End && FindHead(numberLast + 1, numberLast + 2, count, out AssemblyActivityKind? own, out Audience? ownAudience, out _) == numberLast + 1
            && (own is not null || ownAudience is not null))
        {
            return null;
        }

        // «іс-шаралар саны:» (the noun before its word for a number), «количество мероприятий:» (after it), «events:».
        int word = mark - 1;
        int numberOf = IsWord(word, lexicon.NumberOfWords) ? word : IsWord(word - 1, lexicon.NumberOfWords) ? word - 1 : -1;
        int noun = numberOf == word ? word - 1 : word;
        if (noun >= s.First && !used[noun] && FindHead(noun, noun + 1, count, out kind, out audience, out bool member) == noun && !member
            && (kind is not null || audience is not null))
        {
            return numberOf < 0 ? noun : Math.Min(noun, numberOf);
        }

        kind = null;
        audience = null;
        return null;
    }

    /// <summary>
    /// A noun named before its count with a word for "number of" (саны, количество, число, number): the first token of
    /// that phrase, or null. A verb of exceeding between them (асты, асып, превысило, exceeded) makes the count "more
    /// than".
    /// </summary>
    private int? NamedBefore(int number, Sentence s, ref QualifiedCount count, out AssemblyActivityKind? kind, out Audience? audience)
    {
        kind = null;
        audience = null;
        bool exceeded = false;
        // Up to ten words back: a body's name may stand between (количество мероприятий Ассамблеи народа Казахстана
        // Костанайской области составило 230).
        for (int i = number - 1; i >= Math.Max(s.First, number - 10); i--)
        {
            if (tokens[i].Kind != TokenKind.Word || used[i])
            {
                return null;
            }

            exceeded |= ReadingLexicon.StartsWithAny(tokens[i].Norm, lexicon.ExceededWords);

            // «reaching an audience of 12,000»: people named right before «of» and the number.
            if (i + 2 == number && IsWholeWord(i + 1, lexicon.OfWords) && FindHead(i, i + 1, count, out _, out Audience? before, out _) == i && before is { } people)
            {
                audience = people;
                return i;
            }

            if (!ReadingLexicon.StartsWithAny(tokens[i].Norm, lexicon.NumberOfWords))
            {
                continue;
            }

            // «іс-шаралар саны»: the noun before the word; «количество мероприятий»: after it.
            foreach (int noun in new[] { i - 1, i + 1 })
            {
                if (noun < s.First || noun >= number || FindHead(noun, noun + 1, count, out kind, out audience, out bool member) != noun || member
                    || (kind is null && audience is null))
                {
                    continue;
                }

                if (exceeded && count.Qualifier == CountQualifier.Exact && count.Value is { } value)
                {
                    count = QualifiedCount.MoreThan(value);
                }

                return Math.Min(i, noun);
            }

            return null;
        }

        return null;
    }

    /// <summary>Whether a count stands alone in brackets after a word of a number and its noun within fourteen tokens
    /// before, a participle's comma between or not («by the number of events held in the first nine months (820)», «по
    /// количеству мероприятий, проведенных за девять месяцев (820)», «іс-шаралар саны бойынша (820)»).</summary>
    private bool BracketedAfterItsNoun(int number, int numberLast, Sentence s, QualifiedCount count, out AssemblyActivityKind? kind, out Audience? audience)
    {
        kind = null;
        audience = null;
        if (number - 1 <= s.First || !tokens[number - 1].Is('(') || numberLast + 1 >= s.End || !tokens[numberLast + 1].Is(')'))
        {
            return false;
        }

        for (int k = number - 2; k >= Math.Max(s.First, number - 16) && !tokens[k].Is(')'); k--)
        {
            if (tokens[k].Kind != TokenKind.Word || !ReadingLexicon.StartsWithAny(tokens[k].Norm, lexicon.NumberOfWords))
            {
                continue;
            }

            // «іс-шаралар саны»: the noun before the word; «количество мероприятий»: after it; «number of events»: after «of».
            int after = IsWholeWord(k + 1, lexicon.OfWords) ? k + 2 : k + 1;
            foreach (int noun in new[] { k - 1, after })
            {
                if (noun >= s.First && noun < number && FindHead(noun, noun + 1, count, out kind, out audience, out bool member) == noun && !member
                    && (kind is not null || audience is not null))
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>The noun of a kind of activity more particular than events right at <paramref name="from"/>, past a dash or a
    /// verb of being («35 of them charity actions», «35 of them were concerts», «35 из них – благотворительные акции»),
    /// or -1.</summary>
    private int KindOfAPartAt(int from, Sentence s, QualifiedCount count, out AssemblyActivityKind? kind)
    {
        kind = null;
        int at = from < s.End && IsDash(tokens[from]) ? from + 1 : from;
        at += IsWholeWord(at, lexicon.CopulaWords) ? 1 : 0;
        Audience? audience = null;
        bool member = false;
        int head = at < s.End ? FindHead(at, s.End, count, out kind, out audience, out member) : -1;
        bool particular = head >= 0 && head <= at + 1 && kind is { } found && found != AssemblyActivityKind.Event && audience is null && !member;
        kind = particular ? kind : null;
        return particular ? head : -1;
    }

    /// <summary>
    /// The noun a count counts, within <see cref="HeadReach"/> words, and its kind with the adjectives before it: a
    /// charity adjective makes any activity a charity action (қайырымдылық іс-шара); one other adjective makes an event
    /// that kind (мәдени іс-шара, спортивных мероприятий); several (ұлттық, мәдени, спорттық) leave it an event.
    /// </summary>
    private int FindHead(int from, int end, QualifiedCount count, out AssemblyActivityKind? kind, out Audience? audience, out bool member)
    {
        kind = null;
        audience = null;
        member = false;
        AssemblyActivityKind? modifier = null;
        bool severalModifiers = false;
        for (int i = from; i < Math.Min(end, from + HeadReach); i++)
        {
            Token token = tokens[i];
            if (token.Kind is TokenKind.Number or TokenKind.Name || (token.Kind == TokenKind.Punctuation && !token.Is(',') && !token.Is('-') && !token.Is('–')))
            {
                return -1;
            }

            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            // «75 mıñnan astam adam» (a scale word misspelled): a qualifier that belongs right after the count's number
            // comes after a word the reader does not know, which was the count's unit; what it counts is unknown.
            if (i > from && QualifiesAfter(i, end))
            {
                return -1;
            }

            // «25 мектепте іс-шара өткізілді», «в 25 школах прошли мероприятия»: the noun right after the number, in the
            // case of a place, is what it counts (schools); the activities named after it were held there, uncounted.
            if (i == from && ReadingLexicon.EndsWithAny(token.Norm, lexicon.LocativeEndings) && !IsHeadWord(token.Norm))
            {
                return -1;
            }

            // «30 years with thousands of events», «5 дней», «12 ай»: the number counts a span of time (neither activities
            // nor people), not what follows it.
            if (i == from && IsTimeUnit(token.Norm))
            {
                return i;
            }

            // «15 questions were asked at the meetings»: the count's phrase has ended; the noun after it is not what it counts.
            // So has it at a verb of holding or a conjunction after a comma («85 жиын өткізді, ал медиация орталығы …»).
            if (Array.IndexOf(lexicon.CountPhraseEnds, token.Norm) >= 0 || (i > from && IsWholeWord(i, lexicon.HeldVerbs))
                || (i > from && tokens[i - 1].Is(',') && IsWholeWord(i, lexicon.ClauseConjunctions)))
            {
                return -1;
            }

            // «…составило 230, а число участников…»: a new "number of" phrase starts; this count's noun is not there.
            if (ReadingLexicon.StartsWithAny(token.Norm, lexicon.NumberOfWords))
            {
                return -1;
            }

            foreach ((string stem, AssemblyActivityKind k) in lexicon.ActivityModifiers)
            {
                if (token.Norm.StartsWith(stem, StringComparison.Ordinal))
                {
                    severalModifiers |= modifier is { } seen && seen != k;
                    modifier = k;
                }
            }

            foreach ((string stem, AssemblyActivityKind k) in lexicon.ActivityHeads)
            {
                if (token.Norm.StartsWith(stem, StringComparison.Ordinal))
                {
                    // «33 медиация кабинеті», «33 mediation rooms»: the activity noun names the kind of the thing
                    // counted after it, which is neither activities nor people.
                    if (IsWord(i + 1, lexicon.ActivityPlaces))
                    {
                        return i + 1;
                    }

                    kind = modifier == AssemblyActivityKind.CharityAction ? AssemblyActivityKind.CharityAction
                        : k == AssemblyActivityKind.Event && modifier is { } single && !severalModifiers ? single
                        : k;
                    return i;
                }
            }

            if (mediation && (ReadingLexicon.StartsWithAny(token.Norm, lexicon.DisputeHeads) || Array.IndexOf(lexicon.DisputeWords, token.Norm) >= 0))
            {
                kind = AssemblyActivityKind.EthnomediationCase;
                return i;
            }

            // «the Assembly of People of Kazakhstan»: «People» there is the body's name, not people counted.
            if (IsWord(i, lexicon.PeopleWords) && i >= 2 && IsWholeWord(i - 1, lexicon.OfWords) && IsAssemblyHead(i - 2))
            {
                continue;
            }

            foreach ((string stem, Audience a) in lexicon.PeopleHeads)
            {
                if (token.Norm.StartsWith(stem, StringComparison.Ordinal))
                {
                    audience = a;
                    return i;
                }
            }

            // Residents named by their town: «шымкенттіктер», «астаналықтарды» (a Kazakh demonym's suffix), «карагандинцев».
            if (lexicon.IsTownspeople(token.Norm))
            {
                audience = Audience.Residents;
                return i;
            }

            // «жас» is young people after a count no age reaches (4,5 мыңнан астам жас), an age after a small one (18 жас).
            if (Array.IndexOf(lexicon.YouthOrAgeWords, token.Norm) >= 0 && count.Value >= 100)
            {
                audience = Audience.People;
                return i;
            }

            if (ReadingLexicon.StartsWithAny(token.Norm, lexicon.MemberHeads))
            {
                member = true;
                return i;
            }

            // «200 отбасыға», «100-ден астам этнос»: the count's noun is here, and it is neither activities nor people;
            // the activity a few words on («… өкілдері қатысқан 50 іс-шара») has its own count.
            if (ReadingLexicon.StartsWithAny(token.Norm, lexicon.OtherCountedHeads))
            {
                // «15 family festivals», «15 семейных фестивалей», «15 отбасылық фестиваль»: the adjective describes
                // the activity right after it, which is what the number counts.
                if (IsWord(i, lexicon.OtherCountedAdjectives) && i + 1 < end && tokens[i + 1].Kind == TokenKind.Word
                    && ReadingLexicon.StartsWithAny(tokens[i + 1].Norm, lexicon.ActivityHeadStems))
                {
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a word is a unit of time: years, a year, months or days (a stem of one or two letters, as «г»,
    /// whole).</summary>
    private bool IsTimeUnit(string word)
    {
        foreach (string[] stems in (string[][])[lexicon.YearsWords, lexicon.YearWords, lexicon.MonthsWords, lexicon.DayUnits])
        {
            foreach (string stem in stems)
            {
                if (stem.Length <= 2 ? word == stem : word.StartsWith(stem, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>«EXPO-2017», «Expo 2017», «Астана-2030»: a number joined to a word by a hyphen, or a year right after a
    /// capitalised word inside a sentence, is part of a name.</summary>
    private bool IsNumberInName(int i, Sentence s)
    {
        if (tokens[i].Kind != TokenKind.Number || i - 1 < s.First)
        {
            return false;
        }

        Token before = tokens[i - 1];

        // «№ 25 мектепте», «школа № 25», «#25»: the number a school or a house is called by.
        if (before.Is('№') || before.Is('#'))
        {
            return true;
        }

        if ((before.Is('-') || before.Is('–')) && before.End == tokens[i].Start && i - 2 >= s.First
            && tokens[i - 2].Kind == TokenKind.Word && tokens[i - 2].End == before.Start)
        {
            return true;
        }

        // «the first quarter of 2025», «in 2024», «reports on 2025 activities»: a year of four digits after a preposition of
        // years is a date, not a count («for 2,000 spectators», grouped, is a count).
        if (tokens[i].Value is >= 1990 and <= 2100 && tokens[i].End - tokens[i].Start == 4 && before.Kind == TokenKind.Word
            && Array.IndexOf(lexicon.YearPrepositions, before.Norm) >= 0)
        {
            return true;
        }

        return tokens[i].Value is >= 1990 and <= 2100 && before.Kind == TokenKind.Word && before.Capitalized && i - 1 > s.First
            && !IsWord(i - 1, lexicon.RegionWords) && !RegionAt(i - 1, s.End, out _, out _);
    }

    /// <summary>The rest below a scale right after it: digits with no ending («2 тысячи 500»), or number words («тысячу
    /// двести», «мың екі жүз»), smaller than the scale; null where none follows.</summary>
    private (long Remainder, int Last)? RestBelow(int k, int end, long scale)
    {
        if (k >= end || used[k])
        {
            return null;
        }

        // «90 мыңнан 104 мыңға дейін»: a number with a scale word of its own after it is a count of its own, no rest.
        if (tokens[k].Kind == TokenKind.Number)
        {
            return tokens[k].Suffix.Length == 0 && tokens[k].Fraction == 0 && tokens[k].Date is null && tokens[k].Value is > 0 && tokens[k].Value < scale
                && !(k + 1 < end && tokens[k + 1].Kind == TokenKind.Word && StartsWithScaleWord(tokens[k + 1].Norm))
                ? (tokens[k].Value, k)
                : null;
        }

        int after = NumberWordsFrom(k, end, out long rest);
        return after > k && rest < scale ? (rest, after - 1) : null;
    }

    /// <summary>The number words from <paramref name="i"/> on («жиырма бес», «двести», «three hundred»), summed into
    /// <paramref name="value"/>; returns the token after them (<paramref name="i"/> itself where there are none).</summary>
    private int NumberWordsFrom(int i, int end, out long value)
    {
        value = 0;
        int k = i;
        while (k < end && tokens[k].Kind == TokenKind.Word && NumberWord(tokens[k], out long word, out bool approximate))
        {
            value = word == 100 && value is > 0 and < 10 ? value * 100 : value + word;
            k++;
            if (approximate)
            {
                break; // жүздей: the approximate ending closes the number
            }
        }

        return k;
    }

    /// <summary>Whether a word is an activity's or an audience's noun, or an activity's adjective.</summary>
    private bool IsHeadWord(string word) =>
        ReadingLexicon.StartsWithAny(word, lexicon.ActivityHeadStems)
        || lexicon.ActivityModifiers.Any(modifier => word.StartsWith(modifier.Stem, StringComparison.Ordinal))
        || lexicon.PeopleHeads.Any(head => word.StartsWith(head.Stem, StringComparison.Ordinal))
        || lexicon.IsTownspeople(word);

    /// <summary>An English activity noun in the singular (event, meeting, action), which no count but one takes.</summary>
    private bool IsEnglishSingular(int head) =>
        CultureName == "en" && tokens[head].Norm is { Length: > 0 } noun
        && Array.IndexOf(lexicon.SingularActivities, noun) >= 0;
}
