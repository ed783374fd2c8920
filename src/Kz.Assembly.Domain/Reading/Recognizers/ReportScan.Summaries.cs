using System;
using System.Collections.Generic;
using System.Linq;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Reading.Scanning;

namespace Kz.Assembly.Domain.Reading.Recognizers;

/// <content>Reported summaries: the activities a sentence counts, with the people it says they reached; people
/// counted in the next sentence of the same paragraph («оған 9000-ға жуық тұрғын қатысты» after the meetings) are
/// that summary's reach.</content>
internal sealed partial class ReportScan
{
    private readonly HashSet<ReadSummary> headline = [];

    // Headline summaries whose sentence named no period of its own («В Павлодаре провели более 300 мероприятий»).
    private readonly HashSet<ReadSummary> headlineWithoutPeriod = [];
    private int lastSummary = -1;
    private int lastSummaryParagraph = -1;

    // The last summary of a sentence that does not open with «of them» (в том числе, оның ішінде, including): the whole a
    // list's part lines come under, whose reach a later line may give («участники – более 21 000 человек»).
    private ReadSummary? lastWhole;
    private bool lastSummaryIsPart;

    // Whether the last summary was read from a clause split off its sentence («…, тогда как в 2025 году – 760»).
    private bool lastSummaryAside;

    // Where the sentence of the last summary (or of the reach it took) ends, and whether that summary's period was its
    // own sentence's: a period given only in the sentence right after it may still be its period.
    private int lastSummaryEnd = -1;
    private bool lastSummaryPeriodStated;

    /// <summary>Lists the clause's counts of activities and of people as mentions, each with its reason.</summary>
    private void MentionFigures(SentenceFacts clause, string activitiesWhy, string peopleWhy)
    {
        foreach (var tally in clause.Tallies)
        {
            mentions.Add(new Mention(MentionKind.Uncertain, Source(tally.First, tally.Last), activitiesWhy));
        }

        if (clause.Reach is { } reach)
        {
            mentions.Add(new Mention(MentionKind.Uncertain, Source(reach.First, reach.Last), peopleWhy));
        }
    }

    /// <summary>The first region the sentence names other than <paramref name="home"/>, in the words it names it by, or
    /// null where it names none or only <paramref name="home"/>.</summary>
    private string? OtherRegionIn(Sentence s, Region home)
    {
        for (int i = s.First; i < s.End; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && RegionAt(i, s.End, out Region? region, out int last))
            {
                if (region != home)
                {
                    return text[tokens[i].Start..tokens[last].End];
                }

                i = last;
            }
        }

        return null;
    }

    private void AddSummary(SentenceFacts clause)
    {
        Sentence s = clause.Sentence;
        if (clause.National || aboutARepublicanCampaign)
        {
            // The whole country's figures are the national Assembly's, which has no region to place a summary in.
            MentionFigures(clause, "a figure for the whole country, not the report's region", "people reached across the whole country, not in the report's region");
            return;
        }

        // «… 1 500 мероприятий. Из них 300 мероприятий прошли онлайн»: a part of a kind the summary just read counts, no
        // count of its own (a part of another kind, «Из них 40 благотворительных акций», is read as that kind).
        if (IsPartOfLastSummary(clause))
        {
            MentionFigures(clause, "a part of the activities just counted, not a count of its own", "people of a part of the activities just counted");
            return;
        }

        if (clause.NoPeriod is { } why)
        {
            MentionFigures(clause, "activities " + why, "people " + why);
            return;
        }

        // «Для сравнения, в Карагандинской области проведено 400 мероприятий» in a report on Pavlodar: figures a sentence
        // places in another region, naming no assembly, are not the report's assembly's.
        if (!clause.NamesAssembly && reportRegion is { } home && (clause.Tallies.Count > 0 || clause.Reach is not null) && OtherRegionIn(s, home) is { } other)
        {
            MentionFigures(clause, $"activities placed in another region («{other}»), not the report's", $"people placed in another region («{other}»), not the report's");
            return;
        }

        if (clause.Tallies.Count == 0)
        {
            if (ReadShare(clause) || RedateLastSummary(clause))
            {
                return;
            }

            if (clause.Reach is { } alone && NumberARelativeReachFollows(s, alone.First) is int counted and >= 0)
            {
                mentions.Add(new Mention(MentionKind.Uncertain, Source(alone.First, alone.Last), $"people reached by what «{text[tokens[counted].Start..tokens[counted + 1].End]}» counts, which is no activity the reader knows"));
            }
            else if (clause.Reach is { } described && RelativeWordBefore(s, described.First))
            {
                // «…, в ноябре прошел фестиваль национальных культур, который посетили более 20 тысяч горожан»: people of
                // the one thing the relative clause describes, not of the activities a sentence before counted.
                mentions.Add(new Mention(MentionKind.Uncertain, Source(described.First, described.Last), "people of what a relative clause describes, not of the activities counted"));
            }
            else if (clause.Reach is { } notReach && WhyNoReach(clause) is { } noReach)
            {
                mentions.Add(new Mention(MentionKind.Uncertain, Source(notReach.First, notReach.Last), noReach));
            }
            else if (clause.Reach is { } next)
            {
                AttachReach(clause, next.Count, next.Audience, next.First, next.Last);
            }

            return;
        }

        if (reportRegion is null)
        {
            foreach (var tally in clause.Tallies)
            {
                mentions.Add(new Mention(MentionKind.Number, Source(tally.First, tally.Last), "activities counted in no region the report names"));
            }

            return;
        }

        int first = clause.Tallies.Min(t => t.First);
        int last = Math.Max(clause.Tallies.Max(t => t.Last), clause.Reach?.Last ?? 0);
        if (clause.PeriodToken >= s.First && clause.PeriodToken < first)
        {
            first = clause.PeriodToken;
        }

        // «… 50 мероприятий и 20 встреч, в которых приняли участие 3 тысячи человек», «провела 64 мероприятия, в которых
        // приняли участие около 9 тысяч человек, и 12 акций»: a reach in a relative clause right after a count belongs to
        // that count, not to every count of the sentence. The two summaries come in the order of the text.
        if (clause.Tallies.Count > 1 && clause.Reach is { } reach && RelativeReachOwner(clause, reach.First) is int owner and >= 0)
        {
            var ownTally = clause.Tallies[owner];
            var ownReach = clause.Reach;
            var others = clause.Tallies.Where((_, k) => k != owner).ToList();
            bool ownFirst = owner < clause.Tallies.Count - 1;
            int periodToken = clause.PeriodToken;
            foreach (bool own in ownFirst ? new[] { true, false } : [false, true])
            {
                clause.Tallies.Clear();
                clause.Tallies.AddRange(own ? [ownTally] : others);
                clause.Reach = own ? ownReach : null;
                AddSummary(clause);
                clause.PeriodToken = -1; // the period word opens the first summary's phrase only
            }

            clause.PeriodToken = periodToken;
            return;
        }

        var tallies = clause.Tallies.Select(t => new ActivityTally(t.Kind, t.Count));
        if (ReportedSummary.TryCreate(ReportBody, Place.WholeRegion(reportRegion), PeriodOf(clause), tallies, clause.Reach?.Count, clause.Reach?.Audience ?? Audience.People, out ReportedSummary? summary))
        {
            // «– мероприятий – 520;» printed again with its list: a summary stated twice, word for word, is one fact; so is
            // one stated again without the people an earlier line gave it.
            int same = facts.FindIndex(f => f is ReadSummary earlier && (earlier.Summary.Equals(summary) || RestatesWithoutItsReach(earlier.Summary, summary)));
            if (same >= 0)
            {
                // A headline's summary the body states again is the body's, with the body's words as its source.
                if (facts[same] is ReadSummary stated && headline.Remove(stated))
                {
                    headlineWithoutPeriod.Remove(stated);
                    facts[same] = new ReadSummary(stated.Summary, Source(first, last));
                }

                lastSummary = same;
                lastSummaryIsPart = IsAPartsSentence(s);
                NoteLastSummarySentence(clause);
                return;
            }

            // «…провела 820 мероприятий. В Караганде прошло 300 мероприятий», «Это на 120 мероприятий больше», «За неделю
            // до этого прошло 40 мероприятий», «Этномәдени бірлестіктер бірінші тоқсанда өз бетінше 58 іс-шара өткізді»: a
            // sentence that counts a kind an earlier summary of the same body and period counted, to another figure, counts
            // a part or something else: no count of its own. A headline's round figure gives way to a body's own period.
            bool ownPeriod = clause.Period is not null || clause.DateUsed;
            if (!HasWholeWord(s, lexicon.TotalWords) && CountedOtherwiseBefore(summary, ownPeriod))
            {
                MentionFigures(clause, "a second count of a kind an earlier sentence counted for the same body and period: a part or another figure",
                    "people of a second count of a kind already counted");
                return;
            }

            // «Молодежное крыло ассамблеи провело 54 мероприятия. Всего ассамблея за квартал провела 212 мероприятий»: a
            // total of the kind, body and period of the summary just read makes that one its part, no figure of its own.
            if (HasWholeWord(s, lexicon.TotalWords) && lastSummary >= 0 && (lastSummaryParagraph == s.Paragraph || lastSummaryParagraph == s.Paragraph - 1)
                && facts[lastSummary] is ReadSummary part && IsPartOf(part.Summary, summary))
            {
                facts.RemoveAt(lastSummary);
                headline.Remove(part);
                headlineWithoutPeriod.Remove(part);
                mentions.Add(new Mention(MentionKind.Uncertain, part.Source, "a part of the total the report states after it, not a figure of its own"));
            }

            var read = new ReadSummary(summary, Source(first, last));
            facts.Add(read);
            lastSummary = facts.Count - 1;
            lastSummaryIsPart = IsAPartsSentence(s);
            lastSummaryAside = s.Aside;
            lastWhole = lastSummaryIsPart ? lastWhole : read;
            if (firstSentence)
            {
                headline.Add(read);
                if (clause.PeriodToken < 0)
                {
                    headlineWithoutPeriod.Add(read);
                }
            }

            NoteLastSummarySentence(clause);
        }
        else
        {
            mentions.Add(new Mention(MentionKind.Refused, Source(first, last), "activities the model refuses as a summary (a period before the body existed)"));
        }
    }

    /// <summary>Why people a sentence counts, after a summary and with nothing of their own, are no reach of it; or null
    /// where they may be.</summary>
    private string? WhyNoReach(SentenceFacts clause)
    {
        Sentence s = clause.Sentence;

        // «В конкурсе чтецов участвовали 80 человек», «The largest event drew 3,000 people», «Лауреатами стали 12 участников».
        if (FindWord(s, lexicon.NoReachWords) >= 0 || FindWord(s, lexicon.OneEventWords) >= 0)
        {
            return "people of one event or in a role (winners, volunteers): not the reach of the activities counted";
        }

        // «В том числе 2 тысячи человек участвовали онлайн», «Including 2,000 people …», «Оның ішінде 2 мың адам …».
        if (IsAPartsSentence(s))
        {
            return "people of a part of the activities counted, not their reach";
        }

        // «Last year the events were attended by 60,000 people».
        if (clause.Period is { } own && lastSummary >= 0 && facts[lastSummary] is ReadSummary before && !before.Summary.Period.Equals(own))
        {
            return $"people counted for {own}, not the period of the activities counted";
        }

        // «The chairman of the assembly received 25 citizens in person».
        return FindWord(s, lexicon.ReachedWords) < 0 && !clause.ReachAsked ? "people counted with no word of taking part or reach: not the reach of the activities counted" : null;
    }

    /// <summary>Whether an earlier summary of the same body, place and period has a tally of a kind
    /// <paramref name="summary"/> counts too, to another figure (leaving out the headline's, if
    /// <paramref name="besideHeadline"/>).</summary>
    private bool CountedOtherwiseBefore(ReportedSummary summary, bool besideHeadline)
    {
        foreach (ReadFact fact in facts)
        {
            if (fact is ReadSummary earlier && !(besideHeadline && headline.Contains(earlier)) && earlier.Summary.Reporter == summary.Reporter && earlier.Summary.Place == summary.Place
                && earlier.Summary.Period == summary.Period
                && earlier.Summary.Tallies.Any(t => summary.Tallies.Any(u => u.Kind == t.Kind && u.Count != t.Count)))
            {
                return true;
            }
        }

        return false;
    }

    private void NoteLastSummarySentence(SentenceFacts clause)
    {
        lastSummaryParagraph = clause.Sentence.Paragraph;
        lastSummaryEnd = clause.Sentence.End;
        lastSummaryPeriodStated = clause.Period is not null || clause.DateUsed || carriedPeriod is not null;
    }

    /// <summary>«The assembly held 310 events. The figure covers the first half of 2025.», «Эти данные – за первое
    /// полугодие»: a sentence that counts nothing, names a period and refers back to a figure gives that period to the
    /// summary of the sentence right before it, where that one had none, neither its own nor carried (a period named there
    /// stays). A comparison or a share («This figure is 20 percent more than in 2024») names a base, not the period.</summary>
    private bool RedateLastSummary(SentenceFacts clause)
    {
        Sentence s = clause.Sentence;
        if (clause.Period is not { } period || clause.Reach is not null || lastSummary < 0 || lastSummaryEnd != s.First
            || lastSummaryPeriodStated || facts[lastSummary] is not ReadSummary previous || FindWord(s, lexicon.FigureWords) < 0
            || FindWord(s, lexicon.ComparisonWords) >= 0 || FindWord(s, lexicon.PercentWords) >= 0 || HasCount(s.First, s.End)
            || !ReportedSummary.TryCreate(previous.Summary.Reporter, previous.Summary.Place, period, previous.Summary.Tallies, previous.Summary.PeopleReached, previous.Summary.Audience, out ReportedSummary? summary))
        {
            return false;
        }

        var redated = new ReadSummary(summary, previous.Source);
        facts[lastSummary] = redated;
        if (headline.Remove(previous))
        {
            headline.Add(redated);
        }

        headlineWithoutPeriod.Remove(previous);
        lastSummaryEnd = s.End;
        lastSummaryPeriodStated = true;
        return true;
    }

    /// <summary>Whether every count of <paramref name="part"/> is smaller than the total's count of its kind, for the same
    /// body and period.</summary>
    private bool IsPartOf(ReportedSummary part, ReportedSummary total) =>
        part.Reporter.Equals(total.Reporter) && (part.Period.Equals(total.Period) || (ThisYearSoFar(part.Period) && ThisYearSoFar(total.Period)))
        && part.Tallies.All(p => total.Tallies.Any(t => t.Kind == p.Kind && t.Count.Value > p.Count.Value));

    /// <summary>Whether a period is this year up to publication: the year to date, or the calendar year of publication
    /// («биыл», «this year»), which has not ended.</summary>
    private bool ThisYearSoFar(ReportingPeriod period) =>
        period.Equals(ReportingPeriod.YearToDate(published)) || period.Equals(ReportingPeriod.CalendarYear(published.Year));

    /// <summary>The index of the count whose relative clause the reach opens («…, в которых приняли участие», «…, which were
    /// attended by», within a few words after that count and before any other count), or -1.</summary>
    private int RelativeReachOwner(SentenceFacts clause, int reachFirst)
    {
        int owner = -1;
        for (int k = 0; k < clause.Tallies.Count; k++)
        {
            if (clause.Tallies[k].Last < reachFirst && (owner < 0 || clause.Tallies[k].Last > clause.Tallies[owner].Last))
            {
                owner = k;
            }
        }

        if (owner < 0 || reachFirst - clause.Tallies[owner].Last > 8)
        {
            return -1;
        }

        for (int i = clause.Tallies[owner].Last + 1; i < reachFirst; i++)
        {
            if (IsWord(i, lexicon.RelativeReachWords))
            {
                return owner;
            }
        }

        return -1;
    }

    /// <summary>The number a reach's relative clause follows in a sentence that counts no activity («Проведено 14
    /// обучающих семинаров, в которых приняли участие 320 человек», «14 training seminars, which were attended by 320
    /// people»): those people are reached by what that number counts, not by the activities of a sentence before; or -1.
    /// (Kazakh's «оларға» after several counts refers to all of them, so it is no relative word here.)</summary>
    private int NumberARelativeReachFollows(Sentence s, int reachFirst)
    {
        for (int r = reachFirst - 1; r >= s.First && r >= reachFirst - 8; r--)
        {
            if (IsWord(r, lexicon.RelativeReachWords))
            {
                for (int n = r - 1; n >= s.First && n >= r - 8; n--)
                {
                    // A year is no count («В 2024 году, в котором …»).
                    if (tokens[n].Kind == TokenKind.Number && n + 1 < s.End && tokens[n].Value is < 1900 or > 2100)
                    {
                        return n;
                    }
                }

                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether a relative word («который», «which») stands within eight words before the reach.</summary>
    private bool RelativeWordBefore(Sentence s, int reachFirst)
    {
        for (int r = reachFirst - 1; r >= s.First && r >= reachFirst - 8; r--)
        {
            if (IsWord(r, lexicon.RelativeReachWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="again"/> is <paramref name="earlier"/> without the people it was given.</summary>
    private static bool RestatesWithoutItsReach(ReportedSummary earlier, ReportedSummary again) =>
        earlier.PeopleReached is not null && again.PeopleReached is null && earlier.Reporter == again.Reporter && earlier.Place == again.Place
        && earlier.Period == again.Period && earlier.Tallies.SequenceEqual(again.Tallies);

    /// <summary>Whether the sentence opens with «of them» or a part's opening («в том числе», «оның ішінде», «including»,
    /// «среди них»).</summary>
    private bool IsAPartsSentence(Sentence s) => OpensWithOfThem(s) || PhraseStartingAt(s.First, s.End, lexicon.PartOpenings) >= 0;

    /// <summary>Whether the sentence opens with a label, one word and a colon or dash («участники – …», «Участники: …»).</summary>
    private bool IsLabelledLine(Sentence s) =>
        s.First + 1 < s.End && tokens[s.First].Kind == TokenKind.Word && (tokens[s.First + 1].Is(':') || IsDash(tokens[s.First + 1]));

    private void AttachReach(SentenceFacts clause, QualifiedCount count, Audience audience, int first, int last)
    {
        Sentence s = clause.Sentence;
        // «…held 270 events. Next year it plans 300 events. They reached 30,000 people.»: a count between the summary and
        // the people (planned, or a mention) is the nearer thing they may be of, unless the people are a total («Всего в
        // мероприятиях ноября приняли участие 5 400 человек» after a list), which may also open the line after the list;
        // so may an answer to «А сколько людей в них участвовало?», asked of the activities of the answer before.
        bool total = clause.ReachAsked || HasWholeWord(s, lexicon.TotalWords);

        // «A: Since January, 740. / Q: And how many people took part? / A: More than 90,000.»: an answer a line apart
        // from the answer it completes, the question's line between.
        bool answerBefore = clause.ReachAsked && lastSummaryParagraph == s.Paragraph - 2;

        // «Мероприятия – 190; в том числе благотворительные акции – 22; участники – более 21 000 человек»: after a part's
        // line, people on a labelled line of their own are the whole's («В них приняли участие …» stays the part's).
        int target = lastSummaryIsPart && lastWhole is { Summary.PeopleReached: null } whole && facts.IndexOf(whole) is int wholeAt and >= 0
            && facts[lastSummary] is ReadSummary part && part.Summary.Reporter == whole.Summary.Reporter && part.Summary.Period == whole.Summary.Period
            && clause.Tallies.Count == 0 && IsLabelledLine(s) ? wholeAt : lastSummary;
        // «… в 2026 году провела 820 мероприятий, тогда как в 2025 году – 760. Число участников выросло с 90 до 104 тысяч»:
        // the figure people grew to is of the later period, not of the compared one a clause split off last.
        if (clause.ReachGrown && target == lastSummary && lastSummaryAside)
        {
            mentions.Add(new Mention(MentionKind.Uncertain, Source(first, last), "people a figure grew to, after a compared period: of no period the sentence names"));
            return;
        }

        if (target >= 0 && (lastSummaryParagraph == s.Paragraph || (total && lastSummaryParagraph == s.Paragraph - 1) || answerBefore)
            && facts[target] is ReadSummary { Summary.PeopleReached: null } previous
            && !(lastSummaryEnd >= 0 && lastSummaryEnd < s.First && HasCount(lastSummaryEnd, s.First) && !total)
            && ReportedSummary.TryCreate(previous.Summary.Reporter, previous.Summary.Place, previous.Summary.Period, previous.Summary.Tallies, count, audience, out ReportedSummary? summary))
        {
            // «Мероприятия: 560 / Участники: 61 000» printed again: with its people, the summary is one stated before.
            int same = facts.FindIndex(f => f is ReadSummary earlier && earlier.Summary.Equals(summary));
            if (same >= 0 && same != target)
            {
                facts.RemoveAt(target);
                headline.Remove(previous);
                headlineWithoutPeriod.Remove(previous);
                lastSummary = same < target ? same : same - 1;
                lastSummaryEnd = s.End;
                return;
            }

            var withReach = new ReadSummary(summary, new SourcePhrase(text, previous.Source.Start, tokens[last].End));
            facts[target] = withReach;
            lastWhole = ReferenceEquals(lastWhole, previous) ? withReach : lastWhole;
            lastSummaryEnd = s.End;
            if (headline.Remove(previous))
            {
                headline.Add(withReach);
            }

            if (headlineWithoutPeriod.Remove(previous))
            {
                headlineWithoutPeriod.Add(withReach);
            }

            return;
        }

        mentions.Add(new Mention(MentionKind.Number, Source(first, last), "people reached by no activity the report counts"));
    }

    /// <summary>A headline restates the body («Атырау облысында он екі кездесу өтті» over «...он екі ... кездесу
    /// өткізді»): a summary read from the first sentence whose every count the body states again is that fact, once.</summary>
    private void DropHeadlineRestatements()
    {
        if (headline.Count == 0)
        {
            return;
        }

        // By number, whatever the qualifier: a headline's «екі жүз іс-шара» restates the body's «екі жүзден астам».
        var body = new HashSet<(AssemblyActivityKind, long)>();
        foreach (ReadFact fact in facts)
        {
            if (fact is ReadSummary summary && !headline.Contains(summary))
            {
                body.UnionWith(summary.Summary.Tallies.Select(t => (t.Kind, t.Count.Value)));
            }
        }

        body.UnionWith(countsNotTallied.Select(c => (c.Kind, c.Count.Value)));
        facts.RemoveAll(f => f is ReadSummary s && headline.Contains(s) && s.Summary.Tallies.All(t => body.Contains((t.Kind, t.Count.Value))));

        // «Павлодарда 300-ден астам іс-шара өтті» over a body that counts 312 events since January: a headline with no
        // period of its own rounds the body's figure; the body's, with its period, is the fact.
        var bodyKinds = new HashSet<(string, AssemblyActivityKind)>();
        foreach (ReadFact fact in facts)
        {
            if (fact is ReadSummary summary && !headline.Contains(summary))
            {
                bodyKinds.UnionWith(summary.Summary.Tallies.Select(t => (summary.Summary.Reporter.Id.ToString(), t.Kind)));
            }
        }

        facts.RemoveAll(f => f is ReadSummary s && headlineWithoutPeriod.Contains(s)
            && s.Summary.Tallies.All(t => bodyKinds.Contains((s.Summary.Reporter.Id.ToString(), t.Kind))));

        // «Over 600 events in Aktobe this year» over a body's «612 events since January»: a headline's qualified count
        // that rounds the body's count of its kind, for the same body, restates it.
        var bodyCounts = facts.OfType<ReadSummary>().Where(b => !headline.Contains(b))
            .SelectMany(b => b.Summary.Tallies.Select(t => (b.Summary.Reporter, t.Kind, t.Count.Value))).ToList();
        facts.RemoveAll(f => f is ReadSummary s && headline.Contains(s)
            && s.Summary.Tallies.All(t => bodyCounts.Exists(b => b.Reporter.Equals(s.Summary.Reporter) && b.Kind == t.Kind && Rounds(t.Count, b.Value))));
    }

    /// <summary>Whether a headline's qualified count rounds a body's exact figure: «over 600» for 612 (up to a quarter
    /// more), «about 600» or «nearly 600» for 580 to 620 (a tenth either way).</summary>
    private static bool Rounds(QualifiedCount headline, long body) => headline.Qualifier switch
    {
        CountQualifier.MoreThan or CountQualifier.AtLeast => body >= headline.Value && body * 4 <= headline.Value * 5,
        CountQualifier.About => Math.Abs(body - headline.Value) * 10 <= headline.Value,
        _ => false,
    };

    /// <summary>Every number, quoted name, Roman numeral and person no fact took, as a mention.</summary>
    private void MentionWhatIsLeft()
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            if (used[i])
            {
                continue;
            }

            Token token = tokens[i];
            if (token.Kind == TokenKind.Number)
            {
                mentions.Add(new Mention(MentionKind.Number, Source(i, i), "a number that belongs to no fact the reader knows"));
            }
            else if (token.Kind == TokenKind.Name)
            {
                mentions.Add(new Mention(MentionKind.Name, Source(i, i), "a quoted name that names no project, group or theme"));
            }
            else if (token.Kind == TokenKind.Word && token.End - token.Start >= 2 && IsRomanWord(token) && Localization.RomanNumeral.TryParse(text.Substring(token.Start, token.End - token.Start), out _))
            {
                mentions.Add(new Mention(MentionKind.Number, Source(i, i), "a Roman numeral that numbers no session"));
            }
            else if (token.Kind == TokenKind.Word && IsWord(i, lexicon.SessionHeads))
            {
                mentions.Add(new Mention(MentionKind.Session, Source(i, i), "a session without a number"));
            }
        }

        foreach (var person in people.Where(p => !p.Placed))
        {
            mentions.Add(new Mention(MentionKind.Name, person.Source, "a person with no role at a session the report names"));
        }
    }
}
