using System;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Reading.Scanning;

namespace Kz.Assembly.Domain.Reading.Recognizers;

/// <content>
/// Several reports in one text (a news feed, a newspaper page): a paragraph that opens with a region
/// («В Карагандинской области …», «Қарағанды облысында …») or with a regional assembly («Қарағанды облыстық ҚХА …»)
/// starts the report of that region, and the figures after it are that region's assembly's, not the one the text
/// named first. A region named later in a sentence (a delegation's visit, a venue) does not switch.
/// </content>
internal sealed partial class ReportScan
{
    /// <summary>Prepositions a paragraph may open with before its region («В Карагандинской области», «In Karaganda Region»).</summary>
    private static readonly string[] OpeningPrepositions = ["в", "во", "по", "in", "across"];

    /// <summary>An article a sentence may open with before its assembly («The Pavlodar Regional Assembly»).</summary>
    private static readonly string[] OpeningArticles = ["the"];

    /// <summary>How many tokens after a dateline its story names its own region within («1 шілде. Kazakhstan today. Өскеменде ШҚО …»).</summary>
    private const int DatelineReach = 24;

    /// <summary>Whether any regional assembly is named: by its region, or as «облыстық», «областная», «regional».</summary>
    private bool NamesARegionalAssembly()
    {
        var whole = new Sentence(0, tokens.Count, 0);
        for (int i = 0; i < tokens.Count; i++)
        {
            if (IsWord(i, lexicon.RegionalAdjectives) || (IsAssemblyHead(i) && BodyAt(i, whole, out _, out _).Region is not null))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A sentence that opens with a regional assembly, anywhere in a paragraph («Ассамблея народа Казахстана
    /// Туркестанской области с начала года провела …», «Павлодар облыстық ҚХА …», «The Pavlodar Regional Assembly …»),
    /// states that assembly's figures, whatever region the text named before.
    /// </summary>
    private void SwitchReportAtAssembly(Sentence s)
    {
        // «The Pavlodar Regional Assembly …», «а Ассамблея … Костанайской области», «while the Kostanay Regional Assembly».
        int start = s.First;
        start += IsWholeWord(start, lexicon.ClauseConjunctions) ? 1 : 0;
        start += IsWholeWord(start, OpeningArticles) ? 1 : 0;

        // The first assembly word within the body's longest name («Павлодар облыстық Қазақстан халқы Ассамблеясы»),
        // whose body's name starts the sentence.
        Region? named = null;
        for (int head = start; head < Math.Min(s.End, start + 6); head++)
        {
            if (IsAssemblyHead(head))
            {
                AssemblyBody body = BodyAt(head, s, out int bodyFirst, out _);
                named = bodyFirst == start ? body.Region : null;
                break;
            }
        }

        // «In Karaganda Region, the regional assembly organised …»: a region opening the sentence, then its assembly by the
        // adjective alone; the period read so far carries on to it.
        bool byRegion = false;
        if (named is null && start < s.End && IsWholeWord(start, OpeningPrepositions) && RegionAt(start + 1, s.End, out Region? opening, out int regionLast))
        {
            int body = regionLast + 1 + (regionLast + 1 < s.End && tokens[regionLast + 1].Is(',') ? 1 : 0);
            body += IsWholeWord(body, OpeningArticles) ? 1 : 0;
            byRegion = IsWord(body, lexicon.RegionalAdjectives) && IsAssemblyHead(body + 1);
            named = byRegion ? opening : null;
        }

        if (named is not null && named != reportRegion)
        {
            StartReport(named, keepPeriod: s.Aside || byRegion);
        }
    }

    /// <summary>
    /// A sentence that names one regional assembly before its first count, anywhere in it («At a meeting in Astana, the
    /// head of the Turkistan Regional Assembly reported that his assembly had held 1,870 events»), states that assembly's
    /// figures: the body a sentence names is the reporter, never a city that is only the venue of the report.
    /// </summary>
    private void SwitchReportAtNamedBody(Sentence s)
    {
        int count = FirstCount(s);
        if (count >= s.End)
        {
            return; // no count: nothing to give a reporter
        }

        Region? named = null;
        for (int head = s.First; head < count; head++)
        {
            if (IsAssemblyHead(head) && BodyAt(head, s, out _, out int last).Region is { } region)
            {
                if (named is not null && named != region)
                {
                    return; // two assemblies: whose the figures are is not told by naming
                }

                named = region;
                head = last;
            }
        }

        if (named is not null && named != reportRegion)
        {
            StartReport(named, keepPeriod: s.Aside);
        }
    }

    /// <summary>
    /// Whether the headline opens with the national Assembly as its subject («Қазақстан халқы Ассамблеясы су тасқынынан
    /// зардап шеккендерге қол ұшын созды», «Ассамблея народа Казахстана провела …», «The Assembly of People of
    /// Kazakhstan helped …»).
    /// </summary>
    private bool HeadlineIsTheAssemblys(Sentence headline)
    {
        int start = headline.First + (IsWholeWord(headline.First, OpeningArticles) ? 1 : 0);
        for (int head = start; head < Math.Min(headline.End, start + 4); head++)
        {
            if (IsAssemblyHead(head))
            {
                return IsWholeWord(head, lexicon.AssemblyAsSubjectWords) && BeforeAssemblyName(head) + 1 == start && BodyAt(head, headline, out _, out _) == Apk;
            }
        }

        return false;
    }

    /// <summary>Starts the report of another region: nothing of the report before (its session, its last summary, the
    /// period its sentences carried) belongs to this one; but a clause of the same sentence («Жамбыл облыстық ҚХА биыл 700
    /// іс-шара өткізсе, Түркістан облыстық ҚХА 1 800 іс-шара өткізген») keeps the sentence's period.</summary>
    private void StartReport(Region region, bool keepPeriod = false)
    {
        reportRegion = region;
        currentSession = null;
        lastSummary = -1;
        lastWhole = null;
        carriedPeriod = keepPeriod ? carriedPeriod : null;
    }

    /// <summary>A paragraph's opening place and full stop («КАРАГАНДА.», «ASTANA.»): a dateline, not the story.</summary>
    private bool IsDateline(Sentence s)
    {
        int first = AfterClockTime(s);
        return s.End - first is >= 2 and <= 3 && tokens[s.End - 1].Is('.') && tokens[first].Kind == TokenKind.Word && tokens[s.End - 2].Kind == TokenKind.Word;
    }

    /// <summary>The first token after a feed's clock time that opens the sentence («10:40 Павлодар. …»), or its first
    /// token where none does.</summary>
    private int AfterClockTime(Sentence s) =>
        s.End - s.First > 3 && tokens[s.First].Kind == TokenKind.Number && tokens[s.First].Value is >= 0 and < 24 && tokens[s.First + 1].Is(':')
        && tokens[s.First + 2].Kind == TokenKind.Number && tokens[s.First + 2].Value is >= 0 and < 60
            ? s.First + 3 : s.First;

    /// <summary>Whether the tokens [<paramref name="from"/>, <paramref name="end"/>) name the region, in any form.</summary>
    private bool NamesRegion(int from, int end, Region region)
    {
        for (int i = from; i < end; i++)
        {
            if (RegionAt(i, end, out Region? named, out _) && named == region)
            {
                return true;
            }
        }

        return false;
    }

    private void SwitchReportAt(Sentence first)
    {
        int start = AfterClockTime(first);
        if (start < first.End && tokens[start].Kind == TokenKind.Word && System.Array.IndexOf(OpeningPrepositions, tokens[start].Norm) >= 0)
        {
            start++;
        }

        Region? opened = null;
        if (start < first.End && start != nationalDateline && RegionAt(start, first.End, out Region? region, out _))
        {
            // «Алматы. 1 шілде. Kazakhstan today. Өскеменде ШҚО ҚХА … сессиясы өтті»: a dateline followed closely by the
            // report's region named again is where the agency wrote, not a new report.
            bool agencysPlace = IsDateline(first) && reportRegion is { } current && current != region
                && NamesRegion(first.End, Math.Min(tokens.Count, first.End + DatelineReach), current);
            opened = agencysPlace ? null : region;
        }
        else if (start < first.End && IsAssemblyHead(start) && BodyAt(start, first, out _, out _).Region is { } bodyRegion)
        {
            // «Ассамблея народа Казахстана Павлодарской области провела …»
            opened = bodyRegion;
        }

        if (opened is not null && opened != reportRegion)
        {
            StartReport(opened);
        }
    }
}
