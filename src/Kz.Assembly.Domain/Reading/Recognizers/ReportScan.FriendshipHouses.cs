using System;
using System.Collections.Generic;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Facilities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Reading.Scanning;
using NodaTime;

namespace Kz.Assembly.Domain.Reading.Recognizers;

/// <content>Friendship Houses: «Достық үйін ашу керек», «Достық үйлерін ашу ... ұсынысын», «предложил открыть Дом
/// дружбы», «Дом дружбы открыт». A proposal made at a session is dated by that session, even where the report gives
/// the session's date only later; else by the sentence's date; else by the publication date.</content>
internal sealed partial class ReportScan
{
    private readonly List<(AssemblyBody Body, Region? Region, bool Opened, SessionDraft? Session, LocalDate? Date, SourcePhrase Source)> houses = [];

    private void ReadFriendshipHouse(SentenceFacts clause)
    {
        Sentence s = clause.Sentence;
        for (int i = s.First; i < s.End; i++)
        {
            Token token = tokens[i];
            int last = token.Kind == TokenKind.Name && ReadingLexicon.StartsWithAny(NameKey(token), lexicon.FriendshipHouseNames) ? i
                : PhraseStartingAt(i, s.End, lexicon.FriendshipHouseWords);
            if (last < 0)
            {
                continue;
            }

            MarkUsed(i, last);
            // «a headquarters at the Friendship House», «в Доме дружбы открылась выставка», «в столичном Доме дружбы»
            // (one lower-case word between): the house is where something else was opened or held.
            if (VenueFormIn(i, last) || PhraseEndingAt(i - 1, lexicon.VenueBefore) >= 0
                || (i - 1 >= 0 && tokens[i - 1].Kind == TokenKind.Word && !tokens[i - 1].Capitalized && PhraseEndingAt(i - 2, lexicon.VenueBefore) >= 0))
            {
                mentions.Add(new Mention(MentionKind.Name, Source(i, last), "a Friendship House named as the place of something else"));
                continue;
            }

            // A proposal to open (открыть, ашу керек) is not an opening: the proposal's words decide first.
            bool proposed = FindWord(s, lexicon.ProposalWords) >= 0;
            if (!proposed && FindPlanWord(s) >= 0)
            {
                // «в этом году планируется открыть еще три Дома дружбы»: a plan, neither a proposal made nor a house opened.
                mentions.Add(new Mention(MentionKind.Name, Source(i, last), "a Friendship House planned, not opened"));
                return;
            }

            bool opened = !proposed && OpenedWordIn(s);
            if (opened && HousesInThePlural(i, last))
            {
                // «Достық үйлері … барлық облыс орталығында ашылған», «Houses of Friendship have opened in every region»:
                // houses in general, no one house opened on a day in a region.
                mentions.Add(new Mention(MentionKind.Name, Source(i, last), "Friendship Houses in general, not one house opened"));
                return;
            }

            if (!opened && !proposed)
            {
                mentions.Add(new Mention(MentionKind.Name, Source(i, last), "a Friendship House neither proposed nor opened"));
                return;
            }

            // «В Актау 15 лет назад открылся Дом дружбы»: opened some time ago, on no day the report gives; «Достық
            // үйінің ашылғанына 10 жыл толды», «10 лет со дня открытия»: the years since it opened, not an opening.
            if (opened && clause.Date is null && (HasWholeWord(s, lexicon.AgoWords) || YearsCountedIn(s)))
            {
                mentions.Add(new Mention(MentionKind.Name, Source(i, last), "a Friendship House opened some time ago, on no day the report gives"));
                return;
            }

            // «Ел бойынша ең алғашқы Достық үйі Шығыста ашылған»: an opening told in the perfect as the sentence's last
            // word, with no day or period, is the house's history, not the report's news.
            int lastWord = s.End - 1 - (tokens[s.End - 1].Kind == TokenKind.Punctuation ? 1 : 0);
            if (opened && clause.Date is null && clause.Period is null && lastWord > last && IsWholeWord(lastWord, lexicon.OpenedPerfectWords))
            {
                mentions.Add(new Mention(MentionKind.Name, Source(i, last), "a Friendship House opened at a time the report does not give"));
                return;
            }

            // «Last year a new Friendship House opened in Turkistan», «В 2024 году открыт Дом дружбы» in a report of
            // 2025: opened within a period that ends before the publication, on a day the report does not give (a session
            // the sentence names, where the words were spoken, does not date the opening).
            if (opened && clause.Period is { } within && within.End < published && !(clause.Date is { } day && day >= within.Start && day <= within.End))
            {
                mentions.Add(new Mention(MentionKind.Name, Source(i, last), $"a Friendship House opened in {within}, on no day the report gives"));
                return;
            }

            // The house is in the region of the report it is read in (a text may hold several reports), or of the
            // regional body whose session speaks of it.
            // A house in a regional centre the sentence names («в Актау», «Ақтауда») is in that region.
            AssemblyBody body = clause.Session?.Body ?? ReportBody;
            Region? region = body.Region ?? reportRegion ?? CentreNamedIn(s) ?? PlaceNamedIn(s, RegionalTowns.Of);

            // «10:40 Павлодар. В Павлодарской области открылся новый Дом дружбы» in a feed read as Kostanay's: a house the
            // sentence places in another region, naming no assembly, is not the report's body's.
            if (region is { } home && !clause.NamesAssembly && clause.Session is null && OtherRegionIn(s, home) is { } other)
            {
                mentions.Add(new Mention(MentionKind.Name, Source(i, last), $"a Friendship House placed in another region («{other}»), not the report's"));
                return;
            }

            int known = houses.FindIndex(h => h.Opened == opened);
            if (known < 0)
            {
                houses.Add((body, region, opened, clause.Session, clause.Date, Source(i, last)));
                clause.DateUsed |= clause.Date is not null;
            }
            else if (houses[known].Session is null && houses[known].Date is null && (clause.Session is not null || clause.Date is not null))
            {
                // The headline says a house opened; the body says when: one house, dated.
                houses[known] = (body, region, opened, clause.Session, clause.Date, Source(i, last));
                clause.DateUsed |= clause.Date is not null;
            }

            return;
        }
    }

    private void FinishFriendshipHouses()
    {
        foreach ((AssemblyBody body, Region? region, bool opened, SessionDraft? session, LocalDate? date, SourcePhrase source) in houses)
        {
            if (region is null)
            {
                mentions.Add(new Mention(MentionKind.Name, source, "a Friendship House in no region the report names"));
                continue;
            }

            LocalDate on = session?.Date ?? date ?? published;
            if (!region.ExistedOn(on) || on < body.Founded)
            {
                mentions.Add(new Mention(MentionKind.Refused, source, $"a Friendship House dated {on:uuuu-MM-dd}, when {region.Code} or {body.Id} did not exist"));
                continue;
            }

            Place place = Place.WholeRegion(region);
            facts.Add(new ReadFriendshipHouse(opened ? FriendshipHouse.Opened(body, place, on) : FriendshipHouse.Proposed(body, place, on), source));
        }
    }

    /// <summary>Whether the sentence counts years: a number below a hundred, in digits or a word, right before a word of
    /// years («10 жыл», «10 лет», «five years»; not «2025 жылы», a year).</summary>
    private bool YearsCountedIn(Sentence s)
    {
        for (int k = s.First; k + 1 < s.End; k++)
        {
            bool fewYears = tokens[k].Kind == TokenKind.Number ? tokens[k].Suffix.Length == 0 && tokens[k].Value is > 0 and < 100
                : tokens[k].Kind == TokenKind.Word && numberWords.TryGetValue(tokens[k].Norm, out long word) && word < 100;
            if (fewYears && IsWord(k + 1, lexicon.YearsWords))
            {
                return true;
            }
        }

        return false;
    }

    private bool HousesInThePlural(int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (IsWord(k, lexicon.HousesPlural))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a sentence says a house was opened: a word of opening, not the infinitive («открыть»: to open,
    /// which a decision or a wish is made of, not an opening).</summary>
    private bool OpenedWordIn(Sentence s)
    {
        for (int k = s.First; k < s.End; k++)
        {
            if (IsWord(k, lexicon.OpenedWords) && !ReadingLexicon.EndsWithAny(tokens[k].Norm, lexicon.InfinitiveEndings))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word of the house's name is in the case of a place («үйінде» last in Kazakh, «в столичном Доме
    /// дружбы» first in Russian).</summary>
    private bool VenueFormIn(int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (IsWholeWord(k, lexicon.VenueForms))
            {
                return true;
            }
        }

        return false;
    }
}
