using System;
using System.Linq;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Reading.Scanning;

namespace Kz.Assembly.Domain.Reading.Recognizers;

/// <content>
/// A share of the activities the sentence before counted, in a sentence of its own that opens with «of them»
/// («Оның 380-і Ассамблеяның 30 жылдығына арналды», «Из них 380 посвящены 30-летию АНК», «Of these, 40 were charity
/// actions»): that part, of the kind it names, joins the summary just read, as «including …» in one sentence does.
/// </content>
internal sealed partial class ReportScan
{
    /// <summary>How many tokens after its opening words a share's number may stand («Of these, 40»).</summary>
    private const int ShareReach = 2;

    /// <summary>Reads a sentence that counts nothing of its own but a share of the summary just read; false when the
    /// sentence is no such share, or its share cannot join that summary.</summary>
    private bool ReadShare(SentenceFacts clause)
    {
        Sentence s = clause.Sentence;
        if (clause.Tallies.Count > 0 || clause.Reach is not null || lastSummary < 0 || lastSummaryParagraph != s.Paragraph
            || facts[lastSummary] is not ReadSummary previous || ShareNumberAt(s) is not int number)
        {
            return false;
        }

        // «were» after the number («Of these, 40 were charity actions») ends no phrase here: the kind comes after it.
        int from = number + 1 + (IsWholeWord(number + 1, lexicon.CountPhraseEnds) ? 1 : 0);
        AssemblyActivityKind? kind = null;
        if (AnniversaryAt(s, inAWordOnly: false) > number && clause.NamesAssembly)
        {
            kind = AssemblyActivityKind.AnniversaryEvent;
        }
        else if (FindHead(from, s.End, QualifiedCount.Exactly(tokens[number].Value), out AssemblyActivityKind? named, out _, out _) >= 0)
        {
            kind = named;
        }

        // A share is of events, a part smaller than their count, and of a kind the summary does not hold yet.
        long? events = previous.Summary.Tallies.Where(t => t.Kind == AssemblyActivityKind.Event).Select(t => (long?)t.Count.Value).FirstOrDefault();
        if (kind is not { } part || part == AssemblyActivityKind.Event || events is not { } whole || tokens[number].Value >= whole
            || previous.Summary.Tallies.Any(t => t.Kind == part))
        {
            return false;
        }

        var tallies = previous.Summary.Tallies.Append(new ActivityTally(part, QualifiedCount.Exactly(tokens[number].Value)));
        if (!ReportedSummary.TryCreate(previous.Summary.Reporter, previous.Summary.Place, previous.Summary.Period, tallies, previous.Summary.PeopleReached, previous.Summary.Audience, out ReportedSummary? summary))
        {
            return false;
        }

        facts[lastSummary] = new ReadSummary(summary, new SourcePhrase(text, previous.Source.Start, tokens[number].End));
        MarkUsed(number, number);
        return true;
    }

    /// <summary>Whether the sentence opens with «of them» and counts only kinds the summary just read in its paragraph
    /// counts, over no period of its own: a part of those, not a count of its own («Оның ішінде қыркүйекте 230 іс-шара
    /// өтті» names September, so it is September's count).</summary>
    private bool IsPartOfLastSummary(SentenceFacts clause) =>
        clause.Tallies.Count > 0 && OpensWithOfThem(clause.Sentence)
        && lastSummary >= 0 && lastSummaryParagraph == clause.Sentence.Paragraph && facts[lastSummary] is ReadSummary whole
        && (clause.Period is null || clause.Period.Equals(whole.Summary.Period))
        && clause.Tallies.TrueForAll(t => whole.Summary.Tallies.Any(w => w.Kind == t.Kind));

    /// <summary>Whether the sentence opens with «of them»: a phrase of it («из них», «оның ішінде», «of those»), or a word
    /// that is one only before a number («Оның 70-і», not «Оның айтуынша», according to him).</summary>
    private bool OpensWithOfThem(Sentence s)
    {
        int last = PhraseStartingAt(s.First, s.End, lexicon.OfThem);
        return last > s.First || (last == s.First && last + 1 < s.End && tokens[last + 1].Kind == TokenKind.Number);
    }

    /// <summary>The number right after the sentence's opening «of them» (оның, олардың, из них, of these), or null.</summary>
    private int? ShareNumberAt(Sentence s)
    {
        int opened = PhraseStartingAt(s.First, s.End, lexicon.OfThem);
        if (opened < 0)
        {
            return null;
        }

        for (int k = opened + 1; k < Math.Min(s.End, opened + 1 + ShareReach); k++)
        {
            if (tokens[k].Kind == TokenKind.Number && !IsYearNumber(tokens[k]))
            {
                return k;
            }

            if (!tokens[k].Is(','))
            {
                return null;
            }
        }

        return null;
    }
}
