using System.Collections.Generic;
using System;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Reading.Scanning;
using NodaTime;

namespace Kz.Assembly.Domain.Reading.Recognizers;

/// <content>Periods and dates: relative ones (биыл, былтыр, с начала года) resolve against the publication date; a
/// day and month without a year take the latest such day not after publication.</content>
internal sealed partial class ReportScan
{
    private ReportingPeriod? carriedPeriod;

    // Whether the sentence's quarter was named «last» rather than by its number (see TryPartOfYear).
    private bool lastQuarterNamed;

    // A report published in the first half of January that speaks of the year's end («At the end of the year … In
    // total this year, 3 360 events were held», published on 5 January): its «this year» is the year just ended.
    private bool yearJustEnded;

    // The last day a sentence gave and its paragraph: «On the same day …» in the next sentence has it.
    private (LocalDate Day, int Paragraph)? lastDay;

    // The last calendar year a sentence named and its paragraph: «in the same year» in the next sentence is it.
    private (int Year, int Paragraph)? lastYear;

    // The month the last dated sentence counted over, and its paragraph: «in the same month» is that month.
    private (int Year, int Month, int Paragraph)? monthJustNamed;

    // Each token's month plus one, 0 where not yet looked up (MonthAt).
    private sbyte[]? monthsOfTokens;

    private void ReadPeriods(SentenceFacts clause)
    {
        lastQuarterNamed = false; // the sentence splitter's look ahead may have set it
        Sentence s = clause.Sentence;
        PeriodCue? cue = null;
        int? year = null;
        int month = 0;
        (int First, int Last)? part = null;
        (int From, int To)? yearRange = null;
        (LocalDate From, LocalDate To)? dayRange = null;
        LocalDate? asOf = null, since = null;

        // Counts over a span up to now («с 2015 года», «за последние пять лет») are cumulative: no period the model holds;
        // nor do counts over the months up to now («за последние 12 месяцев», «over the past year» in June).
        bool spanToNow = false, twelveMonths = false, monthsApart = false;

        // «3 күн ішінде», «за три дня», «over three days»: counts over days the report does not date.
        bool overDays = false;
        bool compares = FindWord(s, lexicon.ComparisonWords) >= 0;

        // Words the rarer spans need, looked for once a sentence rather than at every token: «с», «since», «бері»,
        // «бастап» (a span from a day), «назад», «ago», «бұрын» (days ago), «последние», «past», «соңғы» (latest months).
        (bool since, bool ago, bool recent) words = SpanWordsIn(s);
        for (int i = s.First; i < s.End; i++)
        {
            // «на 20% больше, чем в прошлом году», «than last year», «өткен жылмен салыстырғанда»: the period compared
            // with is not the period of the counts.
            if (compares && ComparisonBase(i, s.End) is int baseLast and >= 0 && !OpensACompared(s, i, baseLast))
            {
                MentionFiguresOfABase(i, baseLast);
                MarkUsed(i, baseLast);
                i = baseLast;
                continue;
            }

            // «the Abai Regional Assembly, whose region was recreated in 2022, held 25 events in February»: a relative
            // clause between commas before the sentence's first count speaks of something else; its year is not the
            // count's.
            if (tokens[i].Is(',') && IsWord(i + 1, lexicon.RelativeClauseWords) && ClauseEnd(i + 1, s.End) is int closing and >= 0 && closing < FirstCount(s))
            {
                i = closing;
                continue;
            }

            // «Created in 2022 together with the region, the Abai assembly held 350 events in 2025», «Созданная в 2022 году,
            // ассамблея …»: a clause of founding that opens the sentence dates the body, not its counts.
            if (i == s.First && IsWord(i, lexicon.FoundedWords) && ClauseEnd(i + 1, s.End) is int founded and >= 0 && founded < FirstCount(s))
            {
                i = founded;
                continue;
            }

            if (part is null && TryPartOfYear(i, s.End, out int firstMonth, out int lastMonth, out int partLast))
            {
                // I квартал, первое полугодие, 9 айында, за девять месяцев
                part = (firstMonth, lastMonth);
                clause.PeriodToken = clause.PeriodToken < 0 ? i : clause.PeriodToken;
                MarkUsed(i, partLast);
                i = partLast;
            }
            else if (tokens[i].Date is { } numeric)
            {
                // 24.04.2025
                SetDate(clause, numeric, i, i);
                MarkUsed(i, i + (i + 1 < s.End && IsWord(i + 1, lexicon.YearAbbreviation) ? 1 : 0));
            }
            else if (cue is null && TryPeriodCue(i, s.End, out PeriodCue found, out int last))
            {
                // «since the beginning of 2024», «с начала 2024 года», «2024 жылдың басынан бері» in a report of 2025:
                // from a past year's start up to now, no period the model holds; of the publication's year, the year to date.
                if (YearIn(i, last) is { } named && named != published.Year)
                {
                    spanToNow = true;
                }
                else
                {
                    cue = found;
                    clause.PeriodToken = i;
                }

                MarkUsed(i, last);
                i = last;
            }
            else if (yearRange is null && TryYearRange(i, s.End, out int fromYear, out int toYear, out last))
            {
                // 2022-2025 жылдары, в 2022–2024 годах, in 2022-2025: the years from the first to the last.
                yearRange = (fromYear, toYear);
                clause.PeriodToken = clause.PeriodToken < 0 ? i : clause.PeriodToken;
                MarkUsed(i, last);
                i = last;
            }
            else if (IsCountOfYears(i) && i + 1 < s.End && IsWord(i + 1, lexicon.DayUnits) && !IsWholeWord(i + 2, lexicon.AgoWords))
            {
                overDays = true;
                MarkUsed(i, i + 1);
                i++;
            }
            else if (words.recent && RecentMonthsAt(i, s.End, out last))
            {
                // за последние 12 месяцев, over the past six months, соңғы 12 айда
                twelveMonths = true;
                MarkUsed(i, last);
                i = last;
            }
            else if (RecentYearsAt(i, s.End, out last))
            {
                // за последние пять лет, over the past five years, соңғы бес жылда
                spanToNow = true;
                MarkUsed(i, last);
                i = last;
            }
            else if (TryYear(i, s.End, out int y, out last))
            {
                if (SpanSince(i, last, s.End))
                {
                    // с 2015 года, since 2015, 2015 жылдан бері
                    spanToNow = true;
                    MarkUsed(i, last);
                    i = last;
                    continue;
                }

                year ??= y;
                clause.PeriodToken = clause.PeriodToken < 0 ? i : clause.PeriodToken;
                if (TryDayMonth(last + 1, s.End, out int day, out int m, out int dateLast))
                {
                    // 2024 жылғы 15 наурызда
                    SetDate(clause, SafeDate(y, m, day), i, dateLast);
                    last = dateLast;
                }

                MarkUsed(i, last);
                i = last;
            }
            else if (words.since && since is null && SinceAt(i, s.End, year, cue, out LocalDate sinceDay, out last))
            {
                // «с апреля», «с 1 апреля», «since April», «сәуірден бері», «сәуір айынан бастап»: from that day up to now.
                since = sinceDay;
                clause.PeriodToken = clause.PeriodToken < 0 ? i : clause.PeriodToken;
                MarkUsed(i, last);
                i = last;
            }
            else if (asOf is null && MonthEndAt(i, s.End, out LocalDate monthEnd, out last))
            {
                // «к концу ноября», «by the end of November», «қараша айының соңына дейін»: the year up to that month's end.
                asOf = monthEnd;
                clause.PeriodToken = clause.PeriodToken < 0 ? i : clause.PeriodToken;
                MarkUsed(i, last);
                i = last;
            }
            else if (dayRange is null && TryDayRange(i, s.End, year, cue, out LocalDate rangeFrom, out LocalDate rangeTo, out last))
            {
                // с 1 по 10 мая, from 15 March to 15 April 2025, 1–10 мамыр
                dayRange = (rangeFrom, rangeTo);
                int from = i > s.First && IsWholeWord(i - 1, lexicon.DayRangeFromWords) ? i - 1 : i;
                clause.PeriodToken = clause.PeriodToken < 0 ? from : clause.PeriodToken;
                MarkUsed(from, last);
                i = last;
            }
            else if (TryDayMonth(i, s.End, out int day, out int m, out last))
            {
                // 15 марта 2024 года, 24 сәуірде
                int dateYear = TryYear(last + 1, s.End, out int following, out int yearLast) ? following : 0;
                last = dateYear > 0 ? yearLast : last;
                LocalDate? date = dateYear > 0 ? SafeDate(dateYear, m, day) : InferYear(m, day, cue);
                if (asOf is null && date is not null && AsOfPhrase(i, last, s, clause, wordBetween: false, out int asOfLast))
                {
                    // по состоянию на 1 июня, as of 1 June, 1 маусымдағы жағдай бойынша: the year up to that day.
                    asOf = date;
                    i = asOfLast;
                    continue;
                }

                // «двадцать пятого ноября»: the tens before the day's word are the date's too.
                int dateFirst = tokens[i].Kind == TokenKind.Word && TensBeforeDay(i, day) is not null ? i - 1 : i;
                SetDate(clause, date, dateFirst, last);
                MarkUsed(dateFirst, last);
                i = last;
            }
            else if (WeekdayAt(i) is { } weekday)
            {
                // «в пятницу», «on Friday», «жұма күні»: the latest Friday not after publication; «last Friday», «в прошлую
                // пятницу», «өткен жұмада»: the latest before it.
                bool lastWeek = IsWholeWord(i - 1, lexicon.LastWeekdayWords);
                LocalDate onWeekday = lastWeek ? published.PlusDays(-1) : published;
                while (onWeekday.DayOfWeek != weekday)
                {
                    onWeekday = onWeekday.PlusDays(-1);
                }

                int dayLast = IsWord(i + 1, lexicon.DayUnits) ? i + 1 : i;
                SetDate(clause, onWeekday, lastWeek ? i - 1 : i, dayLast);
                MarkUsed(lastWeek ? i - 1 : i, dayLast);
                i = dayLast;
            }
            else if (words.ago && DaysAgoAt(i, s.End, out int daysAgo, out int agoLast))
            {
                // «три дня назад», «3 days ago», «үш күн бұрын»: so many days before publication.
                SetDate(clause, published.PlusDays(-daysAgo), i, agoLast);
                MarkUsed(i, agoLast);
                i = agoLast;
            }
            else if (tokens[i].Kind == TokenKind.Word && (Array.IndexOf(lexicon.TodayWords, tokens[i].Norm) >= 0 || Array.IndexOf(lexicon.YesterdayWords, tokens[i].Norm) >= 0))
            {
                // Сегодня, бүгін, today; вчера, кеше, yesterday: the publication day, or the day before.
                LocalDate spokenOf = Array.IndexOf(lexicon.YesterdayWords, tokens[i].Norm) >= 0 ? published.PlusDays(-1) : published;

                // «бүгінгі күнге дейін», «бүгінгі таңда», «на сегодня», «as of today»: the year up to that day, not the day.
                if (asOf is null && AsOfPhrase(i, i, s, clause, wordBetween: true, out int todayLast))
                {
                    asOf = spokenOf;
                    i = todayLast;
                    continue;
                }

                SetDate(clause, spokenOf, i, i);
                MarkUsed(i, i);
            }
            else if (year is null && lastYear is { } named && NearBy(named.Paragraph, s) && PhraseStartingAt(i, s.End, lexicon.SameYear) is int sameYearLast and >= 0)
            {
                // «The Atyrau Regional Assembly held 290 events in the same year», «в том же году», «сол жылы».
                year = named.Year;
                clause.PeriodToken = clause.PeriodToken < 0 ? i : clause.PeriodToken;
                MarkUsed(i, sameYearLast);
                i = sameYearLast;
            }
            else if (month == 0 && year is null && monthJustNamed is { } monthNamed && NearBy(monthNamed.Paragraph, s) && PhraseStartingAt(i, s.End, lexicon.SameMonth) is int sameMonthLast and >= 0)
            {
                // «… held 61 events in the same month», «в том же месяце», «сол айда»: the month just named.
                (year, month) = (monthNamed.Year, monthNamed.Month);
                clause.PeriodToken = clause.PeriodToken < 0 ? i : clause.PeriodToken;
                MarkUsed(i, sameMonthLast);
                i = sameMonthLast;
            }
            else if (lastDay is { } before && NearBy(before.Paragraph, s) && PhraseStartingAt(i, s.End, lexicon.SameDay) is int sameLast and >= 0)
            {
                // «On the same day the XXXVI session … was held», «в тот же день», «сол күні»: the day just named.
                SetDate(clause, before.Day, i, sameLast);
                MarkUsed(i, sameLast);
                i = sameLast;
            }
            else if (part is null && month == 0 && !(i > s.First && IsWholeWord(i - 1, lexicon.DayRangeFromWords)) && MonthListAt(i, s.End) is { } list)
            {
                // «in June, July and August», «в июне и июле»: the months one after another are their span; «В январе и
                // сентябре проведено 40 мероприятий»: months apart, which no one period holds.
                if (list.OneAfterAnother)
                {
                    part = (list.First, list.Last);
                    int from = i > s.First && IsWholeWord(i - 1, lexicon.MonthPrepositions) ? i - 1 : i;
                    clause.PeriodToken = clause.PeriodToken < 0 ? from : clause.PeriodToken;
                }
                else
                {
                    monthsApart = true;
                }

                MarkUsed(i, list.LastToken);
                i = list.LastToken;
            }
            else if (part is null && month == 0 && MonthRangeAt(i, s.End) is (int fromMonth, int toMonth, int rangeLast))
            {
                // «с января по сентябрь», «from January to September», «between January and June», «қаңтар айынан
                // бастап қыркүйек айына дейін»: the months between, both included.
                part = (fromMonth, toMonth);
                int from = i > s.First && IsWholeWord(i - 1, lexicon.DayRangeFromWords) ? i - 1 : i;
                clause.PeriodToken = clause.PeriodToken < 0 ? from : clause.PeriodToken;
                MarkUsed(from, rangeLast);
                i = rangeLast;
            }
            else if (part is null && HyphenatedMonths(tokens[i]) is { } joined)
            {
                // қаңтар-мамыр айларында, январь-май: two months in one hyphenated word.
                part = joined;
                clause.PeriodToken = clause.PeriodToken < 0 ? i : clause.PeriodToken;
                MarkUsed(i, IsWord(i + 1, lexicon.MonthWord) ? i + 1 : i);
            }
            else if (month > 0 && part is null && i >= s.First + 2 && IsDash(tokens[i - 1]) && MonthAt(i - 2) == month && MonthAt(i) > month)
            {
                // қазан–қараша айларында, в октябре–ноябре: a range of months.
                part = (month, MonthAt(i));
                month = 0;
                MarkUsed(i - 1, IsWord(i + 1, lexicon.MonthWord) ? i + 1 : i);
            }
            else if (month == 0 && (TryMonthAlone(i, out int alone) || (i + 2 < s.End && IsDash(tokens[i + 1]) && MonthAt(i + 2) > 0 && (alone = MonthAt(i)) > 0)))
            {
                month = alone;
                int from = i > s.First && IsWholeWord(i - 1, lexicon.MonthPrepositions) ? i - 1 : i;
                clause.PeriodToken = clause.PeriodToken < 0 ? from : clause.PeriodToken;
                MarkUsed(from, i);
            }
        }

        if (lastQuarterNamed && year is null && cue is null && part is { First: 10, Last: 12 })
        {
            // «last quarter» with no year: the quarter before the publication's.
            int previous = ((published.Month - 1) / 3) - 1;
            (part, year) = previous < 0 ? ((10, 12), published.Year - 1) : (((previous * 3) + 1, (previous * 3) + 3), published.Year);
        }

        lastQuarterNamed = false;

        // A month later than publication with no year named is last year's; so is «былтыр».
        int baseYear = year ?? (cue == PeriodCue.LastYear ? published.Year - 1 : published.Year);
        int periodYear = (part?.Last ?? month) > published.Month && year is null && cue is null ? baseYear - 1 : baseYear;

        int? calendarYear = cue switch
        {
            PeriodCue.ThisYear => yearJustEnded ? published.Year - 1 : published.Year,
            PeriodCue.LastYear => published.Year - 1,
            PeriodCue.NextYear => published.Year + 1,
            PeriodCue.PastYear when YearJustReported => published.Year - 1,
            _ => year,
        };

        // «over the past year» in June: the twelve months up to now, which no period of the model holds.
        twelveMonths |= cue == PeriodCue.PastYear && !YearJustReported;

        // A year outside the domain's (былтыр in a report of January 1995) names no period the model holds.
        static bool InDomain(int y) => y is >= DomainCalendar.MinYear and <= DomainCalendar.MaxYear;
        // «в 2024–2025 учебном году», «the 2024-2025 academic year»: a school year, not the calendar years it spans.
        bool schoolYear = yearRange is not null && FindWord(s, lexicon.SeasonWords) >= 0;
        ReportingPeriod? period = spanToNow || schoolYear || twelveMonths || monthsApart ? null
            : asOf is { } upTo ? (InDomain(upTo.Year) ? ReportingPeriod.YearToDate(upTo) : null)
            : since is { } start ? (start == new LocalDate(published.Year, 1, 1) ? ReportingPeriod.YearToDate(published)
                : InDomain(start.Year) && ReportingPeriod.TryCustom(start, published, out ReportingPeriod? sinceThen) ? sinceThen : null)
            : dayRange is { } days ? (InDomain(days.From.Year) && InDomain(days.To.Year) && ReportingPeriod.TryCustom(days.From, days.To, out ReportingPeriod? span) ? span : null)
            : yearRange is { } years
            ? (ReportingPeriod.TryCustom(new LocalDate(years.From, 1, 1), Min(new LocalDate(years.To, 12, 31), published), out ReportingPeriod? range) ? range : null)
            : part is { } months ? (InDomain(periodYear) ? PartOfYear(periodYear, months.First, months.Last) : null)
            : month > 0 ? (InDomain(periodYear) ? ReportingPeriod.Month(periodYear, month) : null)
            : cue == PeriodCue.YearToDate && yearJustEnded && InDomain(published.Year - 1) ? ReportingPeriod.CalendarYear(published.Year - 1)
            : cue == PeriodCue.YearToDate ? ReportingPeriod.YearToDate(published)
            : cue == PeriodCue.ThisMonth ? ReportingPeriod.Month(published.Year, published.Month)
            : cue == PeriodCue.LastMonth ? (published.PlusMonths(-1) is var monthBefore && InDomain(monthBefore.Year) ? ReportingPeriod.Month(monthBefore.Year, monthBefore.Month) : null)
            : cue is PeriodCue.ThisWeek or PeriodCue.LastWeek or PeriodCue.Weekend ? WeekOf(cue.Value)
            : calendarYear is { } y2 && InDomain(y2) ? ReportingPeriod.CalendarYear(y2)
            : null;
        clause.Period = period;
        lastDay = clause.Date is { } dated ? (dated, s.Paragraph) : lastDay;
        lastYear = period is { } read && read.Start.Year == read.End.Year ? (read.Start.Year, s.Paragraph) : lastYear;
        monthJustNamed = period is { Kind: ReportingPeriodKind.Month } ofMonth ? (ofMonth.Start.Year, ofMonth.Start.Month, s.Paragraph) : monthJustNamed;
        // «В декабре состоится XXXII сессия …»: the month or day of something still to come dates no count after it (a
        // year planned for, «на 2025 год запланировала», still dates what was held of it).
        bool timeToCome = (period is { Kind: not ReportingPeriodKind.CalendarYear } && FindWord(s, lexicon.SessionFutureWords) >= 0)
            || period?.Start > published;
        // «Для сравнения: в прошлом году было проведено 980 мероприятий»: a sentence opened for a comparison dates its own
        // figure only; what follows goes on in the period before it.
        bool comparison = IsWord(s.First, lexicon.ComparisonWords) || (s.First + 1 < s.End && IsWord(s.First + 1, lexicon.ComparisonWords));
        carriedPeriod = s.Aside || timeToCome || comparison ? carriedPeriod : period ?? carriedPeriod;
        // «В следующем году – 300 мероприятий», «In 2027, 300 events»: a period that starts after publication is to come.
        clause.NoPeriod = period?.Start > published ? "counted for a time still to come: planned, not held"
            : spanToNow ? "counted over a span of years up to now, which is no period the model holds"
            : twelveMonths ? "counted over the months up to now, which is no period the model holds"
            : monthsApart ? "counted over months apart, which are no one period"
            : period is null && clause.Date is null && (overDays || (NamesUndatedDays(s) && carriedPeriod is not { Kind: ReportingPeriodKind.Custom })) ? "counted over days the report does not date, which is no period the model holds"
            : schoolYear || (period is null && clause.Date is null && FindWord(s, lexicon.SeasonWords) >= 0) ? "counted for a season, which is no period the model holds"
            : period is null && carriedPeriod is null && clause.Date is null && PhraseIn(s, lexicon.ReportingPeriodPhrases, wholeWords: false) ? "counted over «the reporting period», which the report does not name"
            : period is null && clause.Date is null && (PhraseIn(s, lexicon.SameMonth, wholeWords: false) || PhraseIn(s, lexicon.SameYear, wholeWords: false)) ? "counted for «the same» month or year as one the report does not name near it"
            : null;
    }

    /// <summary>Whether a month, year or day read in paragraph <paramref name="paragraph"/> is near enough for «the same
    /// month», «за тот же месяц», «сол айда» in <paramref name="s"/> to mean it: its paragraph or the one right before (a
    /// feed's next item goes on from the one before it).</summary>
    private static bool NearBy(int paragraph, Sentence s) => paragraph == s.Paragraph || paragraph == s.Paragraph - 1;

    /// <summary>Whether the sentence names days it does not date («за неделю», «over the week», «апта ішінде»): no period,
    /// unless a span of days was just named (then «За эти дни» after «С 1 по 7 ноября» is that span).</summary>
    private bool NamesUndatedDays(Sentence s) => PhraseIn(s, lexicon.UndatedDaysPhrases, wholeWords: false);

    /// <summary>Whether the report was published in January or February, when the year just ended is reported: then
    /// «за прошедший год», «over the past year» is that calendar year.</summary>
    private bool YearJustReported => published.Month <= 2;

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    /// <summary>The sentence's first number that is no date, or its end.</summary>
    private int FirstCount(Sentence s)
    {
        for (int i = s.First; i < s.End; i++)
        {
            if (tokens[i].Kind == TokenKind.Number && tokens[i].Date is null && !IsYearNumber(tokens[i]))
            {
                return i;
            }
        }

        return s.End;
    }

    /// <summary>A four-digit number of the domain's years: not yet a count here.</summary>
    private static bool IsYearNumber(Token token) => token.Value is >= DomainCalendar.MinYear and <= DomainCalendar.MaxYear && token.Suffix.Length == 0;

    /// <summary>The comma that closes a clause opened at <paramref name="from"/>, or -1.</summary>
    private int ClauseEnd(int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            if (++Steps > 0 && tokens[i].Is(','))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Splits a sentence whose later clause names a period of its own for a count of its own («…held 198 events,
    /// compared with 176 events in the first half of 2024»; «В прошлом году … 210 мероприятий, а с начала этого года —
    /// уже 85»): each part is read with its own period, and the later part, an aside, does not carry its period on.
    /// One pass from the end marks where a period and a count stand after each token, so the whole stays linear.
    /// </summary>
    private List<Sentence> SplitAtSecondPeriods(List<Sentence> sentences)
    {
        var result = new List<Sentence>(sentences.Count);

        // One set of marks for every sentence (a sentence holds at most SentenceSplitter.MaxTokens tokens).
        var periodAt = new bool[SentenceSplitter.MaxTokens + 1];
        var countAt = new bool[SentenceSplitter.MaxTokens + 1];
        var periodAfter = new bool[SentenceSplitter.MaxTokens + 1];
        var countAfter = new bool[SentenceSplitter.MaxTokens + 1];
        foreach (Sentence s in sentences)
        {
            // Only a sentence with a comma (or «против», or a conjunction right before a number) and two numbers can hold
            // two counts in two clauses: the rest pass unread.
            int commas = 0, numbers = 0;
            for (int i = s.First; i < s.End; i++)
            {
                commas += tokens[i].Is(',') || IsWholeWord(i, lexicon.AgainstWords)
                    || (i + 1 < s.End && tokens[i + 1].Kind == TokenKind.Number && IsWholeWord(i, lexicon.ClauseConjunctions)) ? 1 : 0;
                numbers += tokens[i].Kind == TokenKind.Number ? 1 : 0;
            }

            if (commas == 0 || numbers < 2)
            {
                result.Add(s);
                continue;
            }

            int length = s.End - s.First;
            Array.Clear(periodAt, 0, length + 1);
            Array.Clear(countAt, 0, length + 1);
            for (int i = s.First; i < s.End; i++)
            {
                if (PeriodStartsAt(i, s.End, out int last))
                {
                    periodAt[i - s.First] = true;
                    i = last;
                }
                else
                {
                    countAt[i - s.First] = tokens[i].Kind == TokenKind.Number && tokens[i].Date is null;
                }
            }

            // After each comma: is there a period and a count later in the sentence?
            (periodAfter[length], countAfter[length]) = (false, false);
            for (int k = length - 1; k >= 0; k--)
            {
                periodAfter[k] = periodAfter[k + 1] || periodAt[k];
                countAfter[k] = countAfter[k + 1] || countAt[k];
            }

            int start = s.First;
            bool periodBefore = false, countBefore = false, aside = false;
            for (int i = s.First; i < s.End; i++)
            {
                int k = i - s.First;
                // The later period opens the part right after the comma: «…өткізіп, оларға 120 мың адам қатысты, ал желтоқсанда
                // тағы 60 жоспарлануда» is cut at the second comma, the people staying with the first count.
                if (tokens[i].Is(',') && periodBefore && countBefore && periodAfter[k + 1] && countAfter[k + 1] && BeforeNextComma(i + 1, s, periodAt, countAt).Period)
                {
                    result.Add(new Sentence(start, i + 1, s.Paragraph, aside));
                    (start, periodBefore, countBefore, aside) = (i + 1, false, false, true);
                    continue;
                }

                // «провела 410 мероприятий против 350 в 2024 году»: a comparison's base opens a clause of its own; its count
                // and period stand before the next comma («held 930 events with about 120,000 participants, and 60 more are
                // planned for December» compares nothing).
                if (i > start && periodBefore && countBefore && periodAfter[k + 1] && countAfter[k + 1] && IsWholeWord(i, lexicon.AgainstWords)
                    && !IsWholeWord(i - 1, lexicon.AgainstWords) && BeforeNextComma(i + 1, s, periodAt, countAt) is (true, true))
                {
                    result.Add(new Sentence(start, i, s.Paragraph, aside));
                    (start, periodBefore, countBefore, aside) = (i, false, false, true);
                }

                // «held 95 events in October and 88 in November», «провела 95 мероприятий в октябре и 88 в ноябре»: a
                // conjunction before a bare count with its own period opens a clause of its own.
                if (i > start && periodBefore && countBefore && IsWholeWord(i, lexicon.ClauseConjunctions) && i + 1 < s.End
                    && countAt[k + 1] && BeforeNextComma(i + 1, s, periodAt, countAt) is (true, true))
                {
                    result.Add(new Sentence(start, i, s.Paragraph, aside));
                    (start, periodBefore, countBefore, aside) = (i, false, false, true);
                }

                periodBefore |= periodAt[k];
                countBefore |= countAt[k];
            }

            result.Add(new Sentence(start, s.End, s.Paragraph, aside));
        }

        return result;
    }

    /// <summary>Whether a period, and whether a count, stand from <paramref name="from"/> up to the sentence's next comma.</summary>
    private (bool Period, bool Count) BeforeNextComma(int from, Sentence s, bool[] periodAt, bool[] countAt)
    {
        bool period = false, count = false;
        for (int k = from; k < s.End && !tokens[k].Is(','); k++)
        {
            period |= periodAt[k - s.First];
            count |= countAt[k - s.First];
        }

        return (period, count);
    }

    /// <summary>
    /// Cuts a sentence at a semicolon with a count on each side («held 26 events, including 9 charity actions; in March
    /// it plans 40 more»): each clause is read on its own, so a plan or a scope in one does not reach the other's counts.
    /// The later clause is no aside: a period of the first carries on to it, as to the next sentence. Also cuts before
    /// a second regional assembly joined by a conjunction («…провела 150 мероприятий, а Ассамблея народа Казахстана
    /// Костанайской области — 120»): that clause, an aside, states the second assembly's figures.
    /// </summary>
    private List<Sentence> SplitAtClauses(List<Sentence> sentences)
    {
        var result = new List<Sentence>(sentences.Count);
        foreach (Sentence s in sentences)
        {
            int start = s.First;
            bool aside = s.Aside;
            for (int i = s.First; i < s.End; i++)
            {
                // «… приняли участие более 58 тысяч павлодарцев; всего проведено 480 мероприятий»: people alone before a
                // semicolon are the reach of the activities after it, one clause with them.
                bool semicolon = tokens[i].Is(';') && ActivitiesCountedIn(start, i);
                if ((semicolon || AssemblyClauseAfter(i, s)) && HasCount(start, i) && HasCount(i + 1, s.End))
                {
                    result.Add(new Sentence(start, i + 1, s.Paragraph, aside));
                    start = i + 1;
                    aside = s.Aside || !semicolon;
                }
            }

            result.Add(new Sentence(start, s.End, s.Paragraph, aside));
        }

        return result;
    }

    /// <summary>Whether a count of activities (not only of people) stands between <paramref name="from"/> and
    /// <paramref name="to"/>.</summary>
    private bool ActivitiesCountedIn(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (tokens[k].Kind == TokenKind.Number && TryCount(k, to, out Metrics.QualifiedCount count, out int numberLast)
                && FindHead(numberLast + 1, to, count, out Activities.AssemblyActivityKind? kind, out _, out _) >= 0 && kind is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a comma at <paramref name="i"/> is followed by a regional assembly's name, after a conjunction or
    /// none («…700 іс-шара өткізсе, Түркістан облыстық ҚХА 1 800 іс-шара өткізген»).</summary>
    private bool AssemblyClauseAfter(int i, Sentence s)
    {
        if (!tokens[i].Is(','))
        {
            return false;
        }

        // «, while the Kostanay Regional Assembly»: an article may stand before the name. After a conjunction the
        // national Assembly opens a clause too («…, while the Assembly nationwide held more than 3,000»), so that its
        // scope is that clause's only.
        bool conjunction = IsWholeWord(i + 1, lexicon.ClauseConjunctions);
        int name = i + 1 + (conjunction ? 1 : 0);
        name += IsWholeWord(name, OpeningArticles) ? 1 : 0;

        // «…, ал елімізде Қазақстан халқы Ассамблеясы …»: the whole country may be named before the body.
        name = conjunction && PhraseStartingAt(name, s.End, lexicon.NationalPhrases) is int country and >= 0 ? country + 1 : name;
        for (int head = name; head < Math.Min(s.End, name + 6); head++)
        {
            if (IsAssemblyHead(head))
            {
                // The national Assembly's name may begin before the head a body is read from («Қазақстан халқы
                // Ассамблеясы»): within three words of the clause's start.
                // So do district assemblies («…, ал аудандық ассамблеялар 1 200-ден астам шара», «…, а районные
                // ассамблеи …»): the clause is theirs, the one before it the report's.
                return BodyAt(head, s, out int bodyFirst, out _).Region is not null ? bodyFirst == name
                    : conjunction && head - name <= 3
                        && (PhraseIn(new Sentence(i + 1, s.End, s.Paragraph), lexicon.NationalPhrases, wholeWords: false)
                            || FindWord(new Sentence(name, head, s.Paragraph), lexicon.DistrictAdjectives) >= 0);
            }
        }

        return false;
    }

    /// <summary>Whether tokens [<paramref name="first"/>, <paramref name="end"/>) hold a number that is no date, no year
    /// and no percent («In the first half of 2025, the … Assembly held 198 events» is one clause).</summary>
    private bool HasCount(int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            // A percent is no count («66 events, 10 percent more than in June»); nor is a date's day («As of 1 November,
            // the … assembly had held 700 events this year»).
            if (++Steps > 0 && tokens[i].Kind == TokenKind.Number && tokens[i].Date is null && !IsYearNumber(tokens[i]) && !PercentAfter(i)
                && !IsDayOfADate(i, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the number at <paramref name="i"/> is a date's day: its month after it («1 November», «1
    /// қарашада») or, as English writes it, before it («November 1»).</summary>
    private bool IsDayOfADate(int i, int end) =>
        tokens[i].Value is >= 1 and <= 31 && (TryDayMonth(i, end, out _, out _, out _) || (i > 0 && tokens[i - 1].Kind == TokenKind.Word && MonthAt(i - 1) > 0));

    /// <summary>Whether a period expression starts at token <paramref name="i"/> (reading only, nothing marked).</summary>
    private bool PeriodStartsAt(int i, int end, out int last)
    {
        last = i;
        return TryPartOfYear(i, end, out _, out _, out last)
            || TryYearRange(i, end, out _, out _, out last)
            || TryYear(i, end, out _, out last)
            || TryPeriodCue(i, end, out _, out last)
            || TryDayMonth(i, end, out _, out _, out last)
            || (tokens[i].Kind == TokenKind.Word && MonthAt(i) > 0)

            // «In the summer … held 50 events, and in September … 40 more»: a season is a period of its own here, so that
            // the month after it does not date the season's count.
            || IsWord(i, lexicon.SeasonWords);
    }

    /// <summary>
    /// Two days joined by a dash or a word of range, the second with its month (с 1 по 10 мая, 1–10 мамыр, from
    /// 15 March to 15 April 2025); the first takes the second's month where it has none. The year is the one written
    /// after the second day, else the sentence's, else the latest such range not after publication.
    /// </summary>
    private bool TryDayRange(int i, int end, int? sentenceYear, PeriodCue? cue, out LocalDate from, out LocalDate to, out int last)
    {
        (from, to, last) = (default, default, i);
        if (i + 3 < end && KazakhDaysOfMonth(i, out int month, out int firstDay, out int finalDay, out last))
        {
            int inYear = sentenceYear ?? InferYear(month, finalDay, cue)?.Year ?? 0;
            if (inYear > 0 && SafeDate(inYear, month, firstDay) is { } first && SafeDate(inYear, month, finalDay) is { } final && first <= final)
            {
                (from, to) = (first, final);
                return true;
            }

            return false;
        }

        if (i + 3 >= end || tokens[i].Kind != TokenKind.Number || tokens[i].Suffix.Length > 0 || tokens[i].Value is < 1 or > 31)
        {
            return false;
        }

        int firstMonth = MonthAt(i + 1);
        int joiner = firstMonth > 0 ? i + 2 : i + 1;
        bool joined = joiner < end && (IsDash(tokens[joiner]) || (tokens[joiner].Kind == TokenKind.Word && Array.IndexOf(lexicon.DayRangeWords, tokens[joiner].Norm) >= 0));
        if (!joined || !TryDayMonth(joiner + 1, end, out int lastDay, out int lastMonth, out last))
        {
            return false;
        }

        firstMonth = firstMonth > 0 ? firstMonth : lastMonth;
        int year;
        if (TryYear(last + 1, end, out int written, out int yearLast))
        {
            (year, last) = (written, yearLast);
        }
        else if (sentenceYear is { } named)
        {
            year = named;
        }
        else if (InferYear(lastMonth, lastDay, cue) is { } inferred)
        {
            year = inferred.Year;
        }
        else
        {
            return false;
        }

        int firstYear = firstMonth > lastMonth ? year - 1 : year;
        if (SafeDate(firstYear, firstMonth, (int)tokens[i].Value) is not { } start || SafeDate(year, lastMonth, lastDay) is not { } stop || start > stop)
        {
            return false;
        }

        (from, to) = (start, stop);
        return true;
    }

    /// <summary>
    /// A day or a month a span up to now starts from, with no end named: «с апреля», «с 1 апреля 2025 года», «since
    /// April», «since 1 April», and, the word after, «сәуірден бері», «сәуір айынан бастап», «1 сәуірден бері». A month
    /// starts on its first day; a day with no year is the latest such day not after publication.
    /// </summary>
    private bool SinceAt(int i, int end, int? sentenceYear, PeriodCue? cue, out LocalDate from, out int last)
    {
        from = default;
        last = i;
        int month, day = 1, named;
        if (!headFinal && IsWholeWord(i, lexicon.SpanSinceWords) && i + 1 < end)
        {
            // «с 1 апреля», «since April»
            if (TryDayMonth(i + 1, end, out day, out month, out named))
            {
                last = named;
            }
            else if ((month = MonthAt(i + 1)) > 0)
            {
                (day, last) = (1, i + 1);
            }
            else
            {
                return false;
            }
        }
        else if (headFinal && tokens[i].Kind is TokenKind.Word or TokenKind.Number && SinceWordWithin(i + 1, end))
        {
            // «сәуірден бері», «сәуір айынан бастап», «1 сәуірден бері»
            if (TryDayMonth(i, end, out day, out month, out named))
            {
                last = named;
            }
            else if ((month = MonthAt(i)) > 0)
            {
                (day, last) = (1, i + (IsWord(i + 1, lexicon.MonthWord) ? 1 : 0));
            }
            else
            {
                return false;
            }

            if (!(IsWholeWord(last + 1, lexicon.SpanSinceWords) || IsWholeWord(last + 1, lexicon.DayRangeWords)))
            {
                return false;
            }

            last++;
        }
        else
        {
            return false;
        }

        int yearAt = last + 1;
        int? written = TryYear(yearAt, end, out int y, out int yearLast) ? y : null;
        last = written is null ? last : yearLast;

        // An end named after it («с апреля по май», «сәуірден мамырға дейін») makes a range, read elsewhere; a count after
        // «to» does not («That brings the total since January to 780»).
        for (int k = last + 1; k < Math.Min(end, last + 4); k++)
        {
            if (((IsDash(tokens[k]) || (!headFinal && IsWholeWord(k, lexicon.DayRangeWords))) && DayOrMonthAt(k + 1, end))
                || PhraseStartingAt(k, end, lexicon.AsOfAfter) >= 0)
            {
                return false;
            }
        }

        // «2024 жылдың мамыр айынан бері»: the year the sentence named before the month is its year.
        LocalDate? start = (written ?? sentenceYear) is { } year ? SafeDate(year, month, day) : InferYear(month, day, cue);
        if (start is not { } date || date > published)
        {
            return false;
        }

        from = date;
        return true;
    }

    /// <summary>The day of the week the word at <paramref name="i"/> names as a date, or null: after a preposition of
    /// dates or months («on Friday», «в пятницу», «во вторник») or «last», before a word of day («жұма күні»), or in the
    /// locative («жұмада»); «Sunday schools» names no day.</summary>
    private IsoDayOfWeek? WeekdayAt(int i)
    {
        if (tokens[i].Kind != TokenKind.Word || !lexicon.AnyWeekday.Contains(tokens[i].Norm)
            || !(IsWholeWord(i - 1, lexicon.DatePrepositions) || IsWholeWord(i - 1, lexicon.MonthPrepositions) || IsWholeWord(i - 1, lexicon.LastWeekdayWords)
                || IsWord(i + 1, lexicon.DayUnits) || ReadingLexicon.EndsWithAny(tokens[i].Norm, lexicon.LocativeEndings)))
        {
            return null;
        }

        for (int day = 0; day < lexicon.Weekdays.Length; day++)
        {
            if (IsWholeWord(i, lexicon.Weekdays[day]))
            {
                return (IsoDayOfWeek)(day + 1);
            }
        }

        return null;
    }

    /// <summary>«три дня назад», «3 days ago», «үш күн бұрын»: a count of 1 to 60 days, then a word of time gone by.</summary>
    private bool DaysAgoAt(int i, int end, out int days, out int last)
    {
        days = 0;
        last = i + 2;
        if (last >= end || !IsWord(i + 1, lexicon.DayUnits) || !IsWholeWord(last, lexicon.AgoWords))
        {
            return false;
        }

        long count = tokens[i].Kind == TokenKind.Number && tokens[i].Suffix.Length == 0 ? tokens[i].Value
            : tokens[i].Kind == TokenKind.Word && numberWords.TryGetValue(tokens[i].Norm, out long word) ? word
            : 0;
        days = (int)count;
        return count is >= 1 and <= 60;
    }

    /// <summary>Whether the sentence holds a word that starts a span from a day, one of time gone by, and one of the
    /// latest.</summary>
    private (bool Since, bool Ago, bool Recent) SpanWordsIn(Sentence s)
    {
        bool since = false, ago = false, recent = false;
        for (int k = s.First; k < s.End; k++)
        {
            if (tokens[k].Kind == TokenKind.Word)
            {
                since = since || IsWholeWord(k, lexicon.SpanSinceWords) || IsWholeWord(k, lexicon.DayRangeWords);
                ago = ago || IsWholeWord(k, lexicon.AgoWords);
                recent = recent || IsWord(k, lexicon.RecentYearsWords);
            }
        }

        return (since, ago, recent);
    }

    /// <summary>Whether «бері» or «бастап» stands within three tokens from <paramref name="from"/>: a cheap test before
    /// a month is looked for (this runs on every token of a Kazakh text).</summary>
    private bool SinceWordWithin(int from, int end)
    {
        for (int k = from; k < Math.Min(end, from + 3); k++)
        {
            if (IsWholeWord(k, lexicon.SpanSinceWords) || IsWholeWord(k, lexicon.DayRangeWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>«қыркүйектің 5-і мен 10-ы аралығында»: a month, then two of its days, each with its possessive ending,
    /// joined by «мен» or a dash.</summary>
    private bool KazakhDaysOfMonth(int i, out int month, out int firstDay, out int lastDay, out int last)
    {
        (month, firstDay, lastDay, last) = (0, 0, 0, i);
        if (!IsDayOfMonth(tokens[i + 1]) || !(IsDash(tokens[i + 2]) || IsWholeWord(i + 2, lexicon.ListJoins)) || !IsDayOfMonth(tokens[i + 3])
            || tokens[i].Kind != TokenKind.Word || (month = MonthAt(i)) == 0)
        {
            return false;
        }

        (firstDay, lastDay, last) = ((int)tokens[i + 1].Value, (int)tokens[i + 3].Value, i + 3);
        return true;
    }

    /// <summary>Whether a month, or a day and its month, stands at <paramref name="k"/> (the end of a range).</summary>
    private bool DayOrMonthAt(int k, int end) => k < end && (MonthAt(k) > 0 || TryDayMonth(k, end, out _, out _, out _));

    /// <summary>A day with the possessive ending Kazakh writes after its month («қазанның 25-і», «5-інде»).</summary>
    private bool IsDayOfMonth(Token token) =>
        token.Kind == TokenKind.Number && token.Value is >= 1 and <= 31 && Array.IndexOf(lexicon.PartEndings, token.Suffix) >= 0;

    /// <summary>Whether the year at <paramref name="first"/>..<paramref name="last"/> starts a span up to now: after
    /// «since», «с» (with no «по» to end it) or before «бері».</summary>
    private bool SpanSince(int first, int last, int end)
    {
        bool before = first > 0 && tokens[first - 1].Kind == TokenKind.Word && Array.IndexOf(lexicon.SpanSinceWords, tokens[first - 1].Norm) >= 0;
        bool after = last + 1 < end && tokens[last + 1].Kind == TokenKind.Word && Array.IndexOf(lexicon.SpanSinceWords, tokens[last + 1].Norm) >= 0;
        bool ended = false;
        for (int k = last + 1; k < Math.Min(end, last + 3); k++)
        {
            ended |= IsDash(tokens[k]) || (tokens[k].Kind == TokenKind.Word && Array.IndexOf(lexicon.DayRangeWords, tokens[k].Norm) >= 0);
        }

        return (before || after) && !ended;
    }

    /// <summary>«за последние пять лет», «over the past 5 years», «соңғы бес жылда», «последние годы»: a word of the
    /// latest years, an optional count, and years.</summary>
    private bool RecentYearsAt(int i, int end, out int last)
    {
        last = i;
        int over = PhraseStartingAt(i, end, lexicon.OverTheYears);

        // «30 лет со дня образования Ассамблеи», «30 years since it was founded»: the years of an anniversary, no span counted over.
        if (over >= 0 && !(i > 0 && IsWord(i - 1, lexicon.YearsWords)))
        {
            // «осы жылдар ішінде», «за годы работы», «over the years»: every year up to now, no period of the model.
            last = over;
            return true;
        }

        // «5 жыл ішінде», «бес жыл бойы»: a count of years and a word of within, after them.
        if (lexicon.YearsWithinWords.Length > 0 && i + 2 < end && IsWholeWord(i + 2, lexicon.YearsWithinWords) && IsCountOfYears(i)
            && (IsWord(i + 1, lexicon.YearsWords) || IsWord(i + 1, lexicon.YearWords)))
        {
            last = i + 2;
            return true;
        }

        // «осы бес жылда», «those five years»: a word pointing back, a count and years, with no word of the latest before.
        bool pointsBack = IsWholeWord(i, lexicon.ThoseWords) && i + 2 < end && IsCountOfYears(i + 1) && IsWord(i + 2, lexicon.YearsWords);
        if (!pointsBack && !IsWord(i, lexicon.RecentYearsWords))
        {
            return false;
        }

        // «Over those five years», «за эти пять лет»: a word pointing back between the latest and the count.
        int k = pointsBack || !IsWholeWord(i + 1, lexicon.ThoseWords) ? i + 1 : i + 2;
        bool counted = k < end && IsCountOfYears(k);
        k += counted ? 1 : 0;

        // Counted years may be any year word (пять лет, five years, бес жыл); uncounted ones must be the plural
        // (последние годы, recent years): «last year» is one year, the one before.
        // «за лето» (over the summer) starts like «за … лет» and is a season.
        if (k < end && (IsWord(k, lexicon.YearsWords) || (counted && IsWord(k, lexicon.YearWords))) && !IsWord(k, lexicon.SeasonWords))
        {
            last = k;
            return true;
        }

        return false;
    }

    /// <summary>«за последние 12 месяцев», «over the past six months», «соңғы 12 айда»: a word of the latest, a count and
    /// months; a preposition alone before them names a part of a year («за девять месяцев»), not the latest months.</summary>
    private bool RecentMonthsAt(int i, int end, out int last)
    {
        last = i + 2;
        if (i + 1 >= end || !IsWord(i, lexicon.RecentYearsWords) || IsWholeWord(i, lexicon.YearPrepositions))
        {
            return false;
        }

        // «in the past month», «за последний месяц», «соңғы айда»: one month up to now, uncounted (a short form of the
        // word, so that «соңғы айтылған» is none).
        if (IsWord(i + 1, lexicon.MonthsWords) && tokens[i + 1].Norm.Length <= 6)
        {
            last = i + 1;
            return true;
        }

        return last < end && IsCountOfYears(i + 1) && IsWord(i + 2, lexicon.MonthsWords);
    }

    /// <summary>Whether the token at <paramref name="k"/> can count years: 2 to 100 in digits, or a number word.</summary>
    private bool IsCountOfYears(int k) =>
        (tokens[k].Kind == TokenKind.Number && tokens[k].Suffix.Length == 0 && tokens[k].Value is >= 2 and <= 100)
        || (tokens[k].Kind == TokenKind.Word && numberWords.ContainsKey(tokens[k].Norm));

    /// <summary>The days of a week the report names relative to its publication: this week (Monday to publication), last
    /// week (Monday to Sunday before it) or the weekend (the latest Saturday and Sunday up to publication).</summary>
    private ReportingPeriod? WeekOf(PeriodCue cue)
    {
        int sinceMonday = (int)published.DayOfWeek - (int)IsoDayOfWeek.Monday;
        LocalDate monday = published.PlusDays(-sinceMonday);
        (LocalDate from, LocalDate to) = cue switch
        {
            PeriodCue.ThisWeek => (monday, published),
            PeriodCue.LastWeek => (monday.PlusDays(-7), monday.PlusDays(-1)),
            _ => published.DayOfWeek == IsoDayOfWeek.Saturday ? (published, published)
                : published.DayOfWeek == IsoDayOfWeek.Sunday ? (published.PlusDays(-1), published)
                : (monday.PlusDays(-2), monday.PlusDays(-1)),
        };
        return from.Year >= DomainCalendar.MinYear && ReportingPeriod.TryCustom(from, to, out ReportingPeriod? week) ? week : null;
    }

    /// <summary>A month counted up to its end, at <paramref name="i"/>: «к концу ноября», «by the end of November» (the
    /// words first) or «қараша айының соңына дейін» (the month first), with the last token; the month's last day, in the
    /// year named right after the month or else the latest such day before publication (a month not yet over is a time
    /// to come, no period).</summary>
    private bool MonthEndAt(int i, int end, out LocalDate monthEnd, out int last)
    {
        monthEnd = default;
        last = -1;
        int month = 0, monthToken = -1;
        if (PhraseStartingAt(i, end, lexicon.MonthEndBefore) is int before and >= 0 && before + 1 < end && MonthAt(before + 1) > 0)
        {
            (month, monthToken, last) = (MonthAt(before + 1), before + 1, before + 1);
        }
        else if (headFinal && MonthAt(i) > 0 && PhraseStartingAt(i + 1, end, lexicon.MonthEndAfter) is int after and >= 0)
        {
            (month, monthToken, last) = (MonthAt(i), i, after);
        }

        if (month == 0)
        {
            return false;
        }

        int year = published.Year;
        if (!headFinal && TryYear(monthToken + 1, end, out int named, out int yearLast))
        {
            (year, last) = (named, Math.Max(last, yearLast));
        }
        else if (month == published.Month)
        {
            // The month of publication is not over yet: counting up to its end is a time to come.
            return false;
        }
        else if (month > published.Month)
        {
            // With no year, a month's end after publication is last year's.
            year--;
        }

        LocalDate? day = year is >= DomainCalendar.MinYear and <= DomainCalendar.MaxYear ? SafeDate(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month)) : null;
        monthEnd = day ?? default;
        return day <= published;
    }

    /// <summary>Whether a comparison's base with a figure of its own opens a clause split off its sentence («…in 2025,
    /// compared with 350 in 2024»): the clause states that figure, and its period is the clause's own.</summary>
    private bool OpensACompared(Sentence s, int word, int baseLast)
    {
        if (!s.Aside || word - s.First > 1)
        {
            return false;
        }

        for (int k = word + 1; k <= baseLast; k++)
        {
            if (tokens[k].Kind == TokenKind.Number && !IsYearNumber(tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lists the figures inside a comparison's base («compared with 10 in 2024» after a count with no period
    /// of its own) as mentions: the base's period may be the whole year or only its part, so no fact holds them.</summary>
    private void MentionFiguresOfABase(int word, int baseLast)
    {
        for (int k = word + 1; k <= baseLast; k++)
        {
            if (tokens[k].Kind == TokenKind.Number && !IsYearNumber(tokens[k]) && !used[k])
            {
                mentions.Add(new Mention(MentionKind.Uncertain, Source(k, k), "a figure of the base a count is compared with, over a period not stated in full"));
            }
        }
    }

    /// <summary>The last token of the base of a comparison at <paramref name="i"/>: «чем в прошлом году», «than last
    /// year», «compared to 2024» (the word first), or «өткен жылмен салыстырғанда» (the word last); -1 when none.</summary>
    private int ComparisonBase(int i, int end)
    {
        if (IsWord(i, lexicon.ComparisonWords) && !headFinal)
        {
            // «more than 450 events this year», «больше чем тысячу мероприятий в этом году»: the word ends a qualifier
            // of the count after it, and the period a few words on is the count's own.
            if (EndsAQualifier(i))
            {
                return -1;
            }

            // The base is a period a few words on («чем в прошлом году», «compared with 2024»); «more than 450» is
            // a qualifier, no comparison of periods.
            for (int k = i + 1; k < Math.Min(end, i + 5) && tokens[k].Kind != TokenKind.Punctuation; k++)
            {
                if (TryPeriodCue(k, end, out _, out int last) || TryYear(k, end, out _, out last))
                {
                    return last;
                }
            }

            return -1;
        }

        // Kazakh puts the word after the base: look a few words ahead of a period word for it.
        if (tokens[i].Kind is TokenKind.Word or TokenKind.Number && headFinal)
        {
            for (int k = i + 1; k < Math.Min(end, i + 4); k++)
            {
                if (IsWord(k, lexicon.ComparisonWords))
                {
                    return TryPeriodCue(i, k, out _, out _) || TryYear(i, k, out _, out _) ? k : -1;
                }
            }
        }

        return -1;
    }

    /// <summary>Whether a qualifier put before a count («more than», «больше чем») ends at token <paramref name="i"/>.</summary>
    private bool EndsAQualifier(int i)
    {
        foreach ((string[] words, _) in lexicon.QualifiersBefore)
        {
            int first = i - words.Length + 1;
            if (first >= 0 && MatchesExactly(first, i + 1, words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A hyphenated word of two months, the first before the second (қаңтар-мамыр, январь-май).</summary>
    private (int First, int Last)? HyphenatedMonths(Token token)
    {
        int dash = token.Kind == TokenKind.Word ? token.Norm.IndexOf('-', StringComparison.Ordinal) : -1;
        if (dash <= 0)
        {
            return null;
        }

        int first = MonthOf(token.Norm.AsSpan(0, dash));
        int last = first > 0 ? MonthOf(token.Norm.AsSpan(dash + 1)) : 0;
        return first > 0 && last > first ? (first, last) : null;
    }

    /// <summary>The first token of a phrase of <paramref name="phrases"/> that ends at token <paramref name="end"/>, or -1.</summary>
    private int PhraseEndingAt(int end, string[][] phrases)
    {
        foreach (string[] phrase in phrases)
        {
            int start = end - phrase.Length + 1;
            if (start >= 0 && Matches(start, end + 1, phrase, out _))
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>The last token of a phrase of <paramref name="phrases"/> that starts at token <paramref name="start"/>, or -1.</summary>
    private int PhraseStartingAt(int start, int end, string[][] phrases)
    {
        if (start < 0 || start >= end)
        {
            return -1;
        }

        foreach (string[] phrase in PhraseIndex.Of(phrases).OpenedBy(tokens[start]))
        {
            if (Matches(start, end, phrase, out int last))
            {
                return last;
            }
        }

        return -1;
    }

    /// <summary>Whether token <paramref name="i"/> is one of the words, whole.</summary>
    private bool IsWholeWord(int i, string[] words) =>
        i >= 0 && i < tokens.Count && tokens[i].Kind == TokenKind.Word && Array.IndexOf(words, tokens[i].Norm) >= 0;

    /// <summary>Two four-digit years of the domain joined by a dash, the second with a year word («2022-2025 жылдары»,
    /// «2022–2024 годах», «2022-2025 years»), or after «in», «в», «за».</summary>
    private bool TryYearRange(int i, int end, out int from, out int to, out int last)
    {
        from = to = 0;
        last = i;
        if (i + 2 >= end || tokens[i].Kind != TokenKind.Number || tokens[i].Suffix.Length > 0 || tokens[i].Norm.Length != 4
            || tokens[i].Value is < DomainCalendar.MinYear or > DomainCalendar.MaxYear || !IsDash(tokens[i + 1]))
        {
            return false;
        }

        from = (int)tokens[i].Value;
        if (TryYear(i + 2, end, out to, out last))
        {
            return from < to;
        }

        // «в 2022–2024», «in 2022-2025»: the preposition before the first year names both as years.
        bool afterPreposition = i > 0 && tokens[i - 1].Kind == TokenKind.Word && Array.IndexOf(lexicon.YearPrepositions, tokens[i - 1].Norm) >= 0;
        Token next = tokens[i + 2];
        if (afterPreposition && next.Kind == TokenKind.Number && next.Suffix.Length == 0 && next.Norm.Length == 4
            && next.Value is >= DomainCalendar.MinYear and <= DomainCalendar.MaxYear)
        {
            to = (int)next.Value;
            last = i + 2;
            return from < to;
        }

        return false;
    }

    private static bool IsDash(Token token) => token.Kind == TokenKind.Punctuation && token.Norm is "-" or "–" or "—";

    /// <summary>Whether the day at <paramref name="first"/>..<paramref name="last"/> ends a span up to it, by the words
    /// before or after it («по состоянию на 1 июня», «1 қазанға дейін»; with <paramref name="wordBetween"/>, one word may
    /// stand before the words after: «бүгінгі күнге дейін»): then it marks the phrase as the clause's period and gives
    /// its last token.</summary>
    private bool AsOfPhrase(int first, int last, Sentence s, SentenceFacts clause, bool wordBetween, out int phraseLast)
    {
        int before = PhraseEndingAt(first - 1, lexicon.AsOfBefore);
        int after = PhraseStartingAt(last + 1, s.End, lexicon.AsOfAfter);
        after = after >= 0 || !wordBetween ? after : PhraseStartingAt(last + 2, s.End, lexicon.AsOfAfter);
        phraseLast = after >= 0 ? after : last;
        if (before < 0 && after < 0)
        {
            return false;
        }

        clause.PeriodToken = clause.PeriodToken < 0 ? (before >= 0 ? before : first) : clause.PeriodToken;
        MarkUsed(before >= 0 ? before : first, phraseLast);
        return true;
    }

    private static void SetDate(SentenceFacts clause, LocalDate? date, int first, int last)
    {
        if (clause.Date is null && date is not null)
        {
            clause.Date = date;
            clause.DateTokens = (first, last);
        }
    }

    private static ReportingPeriod PartOfYear(int year, int firstMonth, int lastMonth) =>
        lastMonth - firstMonth == 2 && firstMonth % 3 == 1
            ? ReportingPeriod.Quarter(year, (firstMonth + 2) / 3)
            : ReportingPeriod.Custom(new LocalDate(year, firstMonth, 1), new LocalDate(year, lastMonth, CalendarSystem.Iso.GetDaysInMonth(year, lastMonth)));

    /// <summary>A part of a year: a quarter (I квартал, бірінші тоқсанда, first quarter), a half (первое полугодие,
    /// бірінші жарты жылдықта, 1-жартыжылдығында), or the months from January (9 айында, за девять месяцев, nine months).</summary>
    private bool TryPartOfYear(int i, int end, out int firstMonth, out int lastMonth, out int last)
    {
        firstMonth = lastMonth = 0;
        last = i;

        // «1-тоқсанында», «1-чейрегинде»: the quarter word joined to its digit by a hyphen.
        Token token = tokens[i];
        if (token.Kind == TokenKind.Number && token.Value is >= 1 and <= 4 && token.Suffix.Length > 0
            && ReadingLexicon.StartsWithAny(token.Suffix, lexicon.QuarterWords))
        {
            (firstMonth, lastMonth) = (((int)token.Value * 3) - 2, (int)token.Value * 3);
            return true;
        }

        // «1-жартыжылдығында»: the half-year's word joined to its digit.
        if (token.Kind == TokenKind.Number && token.Value is 1 or 2 && token.Suffix.Length > 0
            && ReadingLexicon.StartsWithAny(token.Suffix, lexicon.HalfYearWords))
        {
            (firstMonth, lastMonth) = token.Value == 1 ? (1, 6) : (7, 12);
            return true;
        }

        // «жарты жылда», «за полгода», «по итогам полугодия», «жартыжылдық қорытындысы» with no ordinal, in a report of
        // the second half of a year: its first half (English «half» alone is too common a word); also a headline's last
        // word («500 мероприятий за полгода»).
        bool halfAlone = tokens[i].Norm == "полгода" || (tokens[i].Norm.Length > 4 && IsWord(i, lexicon.HalfYearWords));
        bool halfNamed = published.Month >= 7 && (i == 0 || OrdinalAt(i - 1) == 0);
        if (halfNamed && halfAlone)
        {
            (firstMonth, lastMonth, last) = (1, 6, i);
            return true;
        }

        if (i + 1 >= end)
        {
            return false;
        }

        if (halfNamed && IsWord(i, lexicon.HalfWord) && IsWord(i + 1, lexicon.YearWord) && tokens[i + 1].Norm.StartsWith("жыл", StringComparison.Ordinal))
        {
            (firstMonth, lastMonth, last) = (1, 6, i + 1);
            return true;
        }

        // «Q1 2025», «H2»: a letter and the digit written together.
        Token next = tokens[i + 1];
        if (token.Kind == TokenKind.Word && token.Norm is "q" or "h" && next.Kind == TokenKind.Number && next.Start == token.End && next.Suffix.Length == 0
            && next.Value is >= 1 and <= 4 && (token.Norm == "q" || next.Value <= 2))
        {
            int n = (int)next.Value;
            (firstMonth, lastMonth, last) = token.Norm == "q" ? ((n * 3) - 2, n * 3, i + 1) : (n == 1 ? 1 : 7, n == 1 ? 6 : 12, i + 1);
            return true;
        }

        // «the last quarter of 2024», «в последнем квартале», «соңғы тоқсанда»: the fourth of a year named, else the
        // quarter before the publication's (settled in ReadPeriods, which knows whether a year is named).
        if (IsWord(i, lexicon.RecentYearsWords) && IsWord(i + 1, lexicon.QuarterWords))
        {
            (firstMonth, lastMonth, last) = (10, 12, i + 1);
            lastQuarterNamed = true;
            return true;
        }

        // «за три квартала», «за 3 квартала 2025 года», «үш тоқсанда», «the first three quarters»: so many quarters
        // from January, not the quarter of that number («в 3 квартале»).
        bool digits = tokens[i].Kind == TokenKind.Number && tokens[i].Suffix.Length == 0;
        long quarters = digits ? tokens[i].Value
            : tokens[i].Kind == TokenKind.Word && numberWords.TryGetValue(tokens[i].Norm, out long quartersWord) ? quartersWord : 0;
        if (quarters is 2 or 3 && (digits ? IsWholeWord(i + 1, lexicon.QuartersCountedWords) : IsWord(i + 1, lexicon.QuarterWords)))
        {
            (firstMonth, lastMonth, last) = (1, (int)quarters * 3, i + 1);
            return true;
        }

        int ordinal = OrdinalAt(i);
        if (ordinal is >= 1 and <= 4 && IsWord(i + 1, lexicon.QuarterWords))
        {
            (firstMonth, lastMonth, last) = ((ordinal * 3) - 2, ordinal * 3, i + 1);
            return true;
        }

        int half = ordinal is not (1 or 2) ? 0
            : IsWord(i + 1, lexicon.HalfWord) && IsWord(i + 2, lexicon.YearWord) ? 2
            : IsWord(i + 1, lexicon.HalfYearWords) ? 1

            // «жылдың екінші жартысында», «во второй половине прошлого года»: the year named before its half, or after it
            // in words of its own.
            : IsWord(i + 1, lexicon.HalfWord) ? 1
            : 0;
        if (half > 0)
        {
            (firstMonth, lastMonth, last) = (ordinal == 1 ? 1 : 7, ordinal == 1 ? 6 : 12, i + half);
            return true;
        }

        long count = tokens[i].Kind == TokenKind.Number && tokens[i].Suffix.Length == 0 ? tokens[i].Value
            : tokens[i].Kind == TokenKind.Word && numberWords.TryGetValue(tokens[i].Norm, out long word) ? word : 0;

        // «он бір айда»: Kazakh writes eleven as ten and one, two words.
        int monthsWord = i + 1;
        if (count == 10 && tokens[i].Kind == TokenKind.Word && i + 2 < end && tokens[i + 1].Kind == TokenKind.Word
            && numberWords.TryGetValue(tokens[i + 1].Norm, out long unit) && unit == 1)
        {
            (count, monthsWord) = (11, i + 2);
        }

        if (count is >= 2 and <= 11 && IsWord(monthsWord, lexicon.MonthsWords) && !IsWord(monthsWord, lexicon.MonthlyWords))
        {
            (firstMonth, lastMonth, last) = (1, (int)count, monthsWord);
            return true;
        }

        return false;
    }

    /// <summary>An ordinal from one to four: a Roman numeral, 1-ші, or the word (первый, бірінші, first).</summary>
    private int OrdinalAt(int i)
    {
        Token token = tokens[i];
        if (token.Kind == TokenKind.Number && token.Value is >= 1 and <= 4)
        {
            return (int)token.Value;
        }

        if (token.Kind != TokenKind.Word)
        {
            return 0;
        }

        if (IsRomanWord(token) && Localization.RomanNumeral.TryParse(text.Substring(token.Start, token.End - token.Start), out int roman) && roman <= 4)
        {
            return roman;
        }

        for (int k = 0; k < lexicon.Ordinals.Length; k++)
        {
            if (ReadingLexicon.StartsWithAny(token.Norm, lexicon.Ordinals[k]))
            {
                return k + 1;
            }
        }

        return 0;
    }

    private bool TryPeriodCue(int i, int end, out PeriodCue cue, out int last)
    {
        foreach ((string[] words, PeriodCue c) in lexicon.Periods)
        {
            // A year's stem met by the plural («over the last years», «за прошедшие годы»): many years, not one.
            if (Matches(i, end, words, out last) && !(IsWholeWord(last, lexicon.YearsWords) && Array.IndexOf(lexicon.YearsWords, words[^1]) < 0))
            {
                cue = c;
                return true;
            }
        }

        cue = default;
        last = i;
        return false;
    }

    /// <summary>
    /// Four digits of the domain's years, alone or with the year word joined by a hyphen («2024-жылы», as Kyrgyz and many
    /// Kazakh sites write it); not an abbreviation's letter as a stem («1998-ге жуық» is a dative count, not «1998 г.»).
    /// </summary>
    private bool IsWrittenYear(Token token)
    {
        if (token.Kind != TokenKind.Number || token.Value is < DomainCalendar.MinYear or > DomainCalendar.MaxYear
            || token.Norm.Length - (token.Suffix.Length > 0 ? token.Suffix.Length + 1 : 0) != 4)
        {
            return false;
        }

        if (token.Suffix.Length == 0)
        {
            return true;
        }

        foreach (string word in lexicon.YearWords)
        {
            if (Array.IndexOf(lexicon.YearAbbreviation, word) < 0 && token.Suffix.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The year written among the tokens from <paramref name="first"/> to <paramref name="last"/>, if any.</summary>
    private int? YearIn(int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (IsWrittenYear(tokens[k]))
            {
                return (int)tokens[k].Value;
            }
        }

        return null;
    }

    /// <summary>Whether the words starting at <paramref name="i"/> start with the stems, one word each; the stem
    /// <see cref="Localization.Profiles.ReadingVocabulary.YearSlot"/> stands for a year written in digits.</summary>
    private bool Matches(int i, int end, string[] stems, out int last)
    {
        Steps++;
        last = i + stems.Length - 1;
        if (last >= end)
        {
            return false;
        }

        for (int k = 0; k < stems.Length; k++)
        {
            Token token = tokens[i + k];
            if (stems[k] == Localization.Profiles.ReadingVocabulary.YearSlot)
            {
                if (!IsWrittenYear(token))
                {
                    return false;
                }

                continue;
            }

            if (token.Kind != TokenKind.Word || !token.Norm.StartsWith(stems[k], StringComparison.Ordinal)
                || (stems[k].Length <= 2 && token.Norm.Length != stems[k].Length))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A year: 2024 жылы, 2024 жылғы, в 2024 году, 2024 г., in 2024.</summary>
    private bool TryYear(int i, int end, out int year, out int last)
    {
        year = 0;
        last = i;
        if (i >= end || !IsWrittenYear(tokens[i]))
        {
            return false;
        }

        year = (int)tokens[i].Value;
        if (tokens[i].Suffix.Length > 0)
        {
            return true;
        }

        if (IsWord(i + 1, lexicon.YearWords) && i + 1 < end)
        {
            last = i + 1 < end - 1 && tokens[i + 2].Is('.') && tokens[i + 1].Norm == "г" ? i + 2 : i + 1;
            return true;
        }

        // «summed up 2024: 510 events», «итоги 2024: …»: a bare year before a colon heads what the colon lists.
        if (i + 1 < end && tokens[i + 1].Is(':'))
        {
            return true;
        }

        // "in 2024", "в 2024", "за 2024", "April 2024": a preposition or a month before a four-digit number in the domain's years.
        // Not a Kazakh month in the locative («тамызда 2017 қайырымдылық акциясы»): Kazakh puts the year first
        // («2017 жылғы тамызда»), so a number after «тамызда» counts what follows it.
        return (i > 0 && tokens[i - 1].Kind == TokenKind.Word
                && (Array.IndexOf(lexicon.YearPrepositions, tokens[i - 1].Norm) >= 0 || (MonthAt(i - 1) > 0 && !IsKazakhLocative(tokens[i - 1]))))
            || AfterMonthAndDay(i);
    }

    /// <summary>«April 28, 2021»: a comma after a month and its day, as English writes a date.</summary>
    private bool AfterMonthAndDay(int i) =>
        i >= 3 && tokens[i - 1].Is(',') && IsDay(tokens[i - 2]) && tokens[i - 3].Kind == TokenKind.Word && MonthAt(i - 3) > 0;

    /// <summary>A Kazakh word in the locative case (тамызда, наурызда, сәуірде; in the Latin script tamyzda): -да/-де/-та/-те.</summary>
    private bool IsKazakhLocative(Token word) =>
        headFinal && ReadingLexicon.EndsWithAny(word.Norm, lexicon.LocativeEndings);

    private bool TryDayMonth(int i, int end, out int day, out int month, out int last)
    {
        day = 0;
        month = 0;
        last = i;
        if (i + 1 >= end)
        {
            return false;
        }

        // «5 сентября», «5th of September», «the fifth of September», «первого сентября»: a month written right after the
        // day, or after «of»; after a day in words, an English month capitalised or after «of» («the first may be …» is
        // none; Russian and Kazakh write their months in small letters, and none is another word). The month is looked
        // for first, by its initial: the day in words is the dearer test, and this runs on every token.
        int m = i + 1 + (IsWholeWord(i + 1, lexicon.OfWords) ? 1 : 0);
        if (m < end && tokens[m].Kind == TokenKind.Word && lexicon.MonthInitials.Contains(tokens[m].Norm[0], StringComparison.Ordinal)
            && (tokens[i].Kind == TokenKind.Number ? IsDay(tokens[i]) : m > i + 1 || tokens[m].Capitalized || Notation.LookAlikeLetters.IsCyrillicLetter(tokens[m].Norm[0]))
            && (month = MonthAt(m)) > 0 && DayAt(i) is int dayNamed)
        {
            day = dayNamed;
            last = m;
            return true;
        }

        month = 0;
        if (IsDay(tokens[i]))
        {
            return false;
        }

        // «on April 28», «April 28th», «April 28, 2021»: the month first, as English writes it; so does Kazakh, the day
        // with its possessive ending («қыркүйектің 5-і»). A bare number after a month without «on», an ordinal suffix or
        // a year after a comma stays a count («in March 15 events were held»).
        // The day first: a cheap test that spares looking every word up among the months.
        if (tokens[i].Kind != TokenKind.Word || !(IsDay(tokens[i + 1]) || IsDayOfMonth(tokens[i + 1])) || (month = MonthAt(i)) == 0)
        {
            return false;
        }

        bool yearAfterComma = i + 3 < end && tokens[i + 2].Is(',') && TryYear(i + 3, end, out _, out _);

        // «TURKISTAN, December 4.», «ASTANA, December 4 –»: a dateline's day, after a comma and before its end or a dash.
        bool dateline = i >= 1 && tokens[i - 1].Is(',') && (i + 2 >= end || tokens[i + 2].Is('.') || IsDash(tokens[i + 2]));
        // «as of November 1»: the words of a day the year runs up to stand for «on».
        if (tokens[i + 1].Suffix.Length == 0 && !IsWholeWord(i - 1, lexicon.DatePrepositions) && !yearAfterComma && !dateline
            && PhraseEndingAt(i - 1, lexicon.AsOfBefore) < 0)
        {
            month = 0;
            return false;
        }

        day = (int)tokens[i + 1].Value;
        last = yearAfterComma ? i + 2 : i + 1;
        return true;
    }

    /// <summary>The day of a month at <paramref name="i"/>: in digits (<see cref="IsDay"/>) or an ordinal word of 1 to 31
    /// («fifth», «первого»), else null.</summary>
    private int? DayAt(int i) =>
        IsDay(tokens[i]) ? (int)tokens[i].Value
        : tokens[i].Kind == TokenKind.Word && OrdinalWords.Ordinal(tokens[i].Norm, numberWords) is int ordinal and >= 1 and <= 31 ? ordinal + (TensBeforeDay(i, ordinal) ?? 0)
        : null;

    /// <summary>The tens in words right before a day's ordinal units («двадцать пятого», «twenty-fifth» is one word), or
    /// null.</summary>
    private int? TensBeforeDay(int i, int units) =>
        units < 10 && i > 0 && tokens[i - 1].Kind == TokenKind.Word && OrdinalWords.Tens(tokens[i - 1].Norm, numberWords) is int tens and (10 or 20 or 30)
            && tens + units <= 31
            ? tens
            : null;

    /// <summary>A day of a month: 1 to 31 in digits, bare or with an ordinal suffix (28th; not «28-ші», a count's case).</summary>
    private bool IsDay(Token token) =>
        token.Kind == TokenKind.Number && token.Value is >= 1 and <= 31
        && (token.Suffix.Length == 0 || System.Array.IndexOf(lexicon.OrdinalSuffixes, token.Suffix) >= 0);

    /// <summary>A month on its own, as a period: наурыз айында, наурызда, в марте, in March.</summary>
    private bool TryMonthAlone(int i, out int month)
    {
        month = MonthAt(i);
        if (month == 0)
        {
            return false;
        }

        string word = tokens[i].Norm;
        string stem = month <= 12 ? StemOf(word, lexicon.MonthStems[month - 1]) : "";

        // A stem that takes endings is a period in the locative or before the month word (наурызда, наурыз айында);
        // a form is one after a preposition (в марте, in March).
        bool inflected = stem.Length > 0 && (IsWord(i + 1, lexicon.MonthWord) || Array.IndexOf(lexicon.LocativeEndings, word[stem.Length..]) >= 0);
        bool other = stem.Length == 0 && i > 0 && tokens[i - 1].Kind == TokenKind.Word && Array.IndexOf(lexicon.MonthPrepositions, tokens[i - 1].Norm) >= 0;
        if (!inflected && !other)
        {
            month = 0;
        }

        return month > 0;
    }

    /// <summary>The stem a word starts with, or empty (a loop, not a lambda: this runs for every token).</summary>
    private static string StemOf(string word, string[] stems)
    {
        foreach (string stem in stems)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal))
            {
                return stem;
            }
        }

        return "";
    }

    /// <summary>The month the token at <paramref name="k"/> names, or 0; looked up once a token, as many recognizers ask
    /// it of the same words.</summary>
    private int MonthAt(int k)
    {
        monthsOfTokens ??= new sbyte[tokens.Count];
        if (monthsOfTokens[k] == 0)
        {
            int month = tokens[k].Kind == TokenKind.Word ? MonthOf(tokens[k].Norm.AsSpan()) : 0;

            // Kazakh «маусым» is June and also a season: «жазғы маусымда» (in the summer season) names no month.
            month = month > 0 && k > 0 && IsWord(k - 1, lexicon.SeasonWords) ? 0 : month;
            monthsOfTokens[k] = (sbyte)(month + 1);
        }

        return monthsOfTokens[k] - 1;
    }

    /// <summary>The month a word names (a stem with up to five letters of ending: the Kazakh possessive and locative
    /// «қарашасында», «ақпанында» of «2025 жылдың 14 қарашасында»; or a whole form), or 0; a span, so that half of a
    /// hyphenated word is looked up without a new string.</summary>
    private int MonthOf(ReadOnlySpan<char> word)
    {
        for (int m = 0; m < 12; m++)
        {
            foreach (string stem in lexicon.MonthStems[m])
            {
                if (word.StartsWith(stem, StringComparison.Ordinal) && word.Length <= stem.Length + 5)
                {
                    return m + 1;
                }
            }

            foreach (string form in lexicon.MonthForms[m])
            {
                if (word.SequenceEqual(form))
                {
                    return m + 1;
                }
            }
        }

        return 0;
    }

    /// <summary>Two months joined as a range at <paramref name="i"/>: by a dash or a word of a range's end (по, to,
    /// бастап), by «and» after «between», or, in Kazakh, with «дейін» after the second («қаңтардан қыркүйекке дейін»);
    /// the month word may follow either (қаңтар айынан). The first, the second and the range's last token, or null.</summary>
    private (int From, int To, int Last)? MonthRangeAt(int i, int end)
    {
        int first = MonthAt(i);
        if (first == 0)
        {
            return null;
        }

        // Months joined by «and» without «between» («в октябре и ноябре», «in March and June») are a list, read before
        // this by MonthListAt.
        int k = i + 1 + (IsWord(i + 1, lexicon.MonthWord) ? 1 : 0);
        bool between = i > 0 && IsWholeWord(i - 1, lexicon.DayRangeFromWords);
        bool joined = k < end && (IsDash(tokens[k]) || IsWholeWord(k, lexicon.DayRangeWords) || (between && IsWholeWord(k, lexicon.ListJoins)));
        k += joined ? 1 : 0;
        int second = k < end ? MonthAt(k) : 0;
        if (second <= first)
        {
            return null;
        }

        int last = k + (IsWord(k + 1, lexicon.MonthWord) ? 1 : 0);
        int until = PhraseStartingAt(last + 1, end, lexicon.AsOfAfter);
        return joined || until >= 0 ? (first, second, until >= 0 ? until : last) : null;
    }

    /// <summary>Months named one by one, joined by commas and «and» («в январе и сентябре», «in June, July and August»,
    /// «маусым, шілде және тамыз айларында»): the first and the last, whether each follows the one before, and the list's
    /// last token; null where fewer than two are named.</summary>
    private (int First, int Last, bool OneAfterAnother, int LastToken)? MonthListAt(int i, int end)
    {
        int first = MonthAt(i);
        if (first == 0)
        {
            return null;
        }

        int previous = first, lastToken = -1;
        bool oneAfterAnother = true;
        int k = i + 1 + (IsWord(i + 1, lexicon.MonthWord) ? 1 : 0);
        while (k + 1 < end && (tokens[k].Is(',') || IsWholeWord(k, lexicon.ListJoins)))
        {
            // «June, July, and August»: a comma before «and».
            int named = tokens[k].Is(',') && IsWholeWord(k + 1, lexicon.ListJoins) ? k + 2 : k + 1;
            int next = named < end ? MonthAt(named) : 0;
            if (next == 0)
            {
                break;
            }

            oneAfterAnother &= next == previous + 1;
            previous = next;
            lastToken = named;
            k = named + 1 + (IsWord(named + 1, lexicon.MonthWord) ? 1 : 0);
        }

        return lastToken < 0 ? null : (first, previous, oneAfterAnother, IsWord(lastToken + 1, lexicon.MonthWord) ? lastToken + 1 : lastToken);
    }

    /// <summary>A day and month without a year: the latest such day on or before publication (or in the year before,
    /// where the sentence says last year).</summary>
    private LocalDate? InferYear(int month, int day, PeriodCue? cue)
    {
        int year = cue == PeriodCue.LastYear ? published.Year - 1 : published.Year;
        LocalDate? date = SafeDate(year, month, day);
        return date > published && cue != PeriodCue.ThisYear ? SafeDate(year - 1, month, day) : date;
    }

    private static LocalDate? SafeDate(int year, int month, int day) =>
        year is >= DomainCalendar.MinYear and <= DomainCalendar.MaxYear && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? new LocalDate(year, month, day)
            : null;

    private void MarkUsed(int first, int last)
    {
        for (int i = first; i <= last && i < used.Length; i++)
        {
            used[i] = true;
        }
    }

    /// <summary>The sentence's period, or the last one the report named, or the year to the publication date.</summary>
    private ReportingPeriod PeriodOf(SentenceFacts clause)
    {
        if (clause.Period is { } stated)
        {
            return stated;
        }

        // «held its 35th session on December 12, reviewing a year in which it organised 1,640 events»: the day is the
        // session's; the counts reported at it are of a longer span, read as if the sentence named no day.
        if (clause.Date is { } day && day >= new LocalDate(DomainCalendar.MinYear, 1, 1) && clause.Session is null)
        {
            clause.DateUsed = true;
            return ReportingPeriod.Custom(day, day);
        }

        return carriedPeriod ?? ReportingPeriod.YearToDate(published);
    }
}
