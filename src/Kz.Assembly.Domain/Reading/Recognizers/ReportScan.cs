using System;
using System.Linq;
using System.Collections.Generic;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Localization.Profiles;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Reading.Scanning;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Reading.Recognizers;

/// <summary>
/// One reading of one report: the tokens, what each sentence states, and the facts gathered so far. Each concern
/// (periods, counts, bodies and sessions, names, people) is a part of this class in a file of its own; this file
/// walks the sentences in order, because a report carries its period and its session from one sentence to the next.
/// </summary>
internal sealed partial class ReportScan
{
    private readonly string text;
    private readonly List<Token> tokens;
    private readonly bool[] used;
    private readonly LocalDate published;
    private readonly IReadOnlyDictionary<string, long> numberWords;
    private readonly ReadingLexicon lexicon;
    private readonly List<ReadFact> facts = [];
    private readonly List<Mention> mentions = [];
    private readonly bool kazakhLatin;

    // The Kazakh Latin alphabet of the text (2021, 2018 or 2017), or null for a text in Cyrillic or English.
    private readonly KazakhLatinAlphabet? alphabet;
    private bool firstSentence = true;

    // The capital's dateline over the national Assembly's news («ASTANA — …»), which opens no report of the capital's
    // assembly; or -1.
    private int nationalDateline = -1;

    // Whether the sentence read last put its figures on the whole country over a period it named: a part of them a
    // region's assembly states next is that assembly's count over that period («on Unity Day», «during the campaign» name
    // none the model holds, and such a part stays a mention).
    private bool lastSentenceNational;

    // Whether the report's own language puts the word that governs after what it governs, as Kazakh does (its profile has
    // genitive endings): the owner in the genitive before its noun («ҚХА-ның XVIII сессиясы», where Russian and English
    // name it after: «XVIII сессии Ассамблеи»), the base before the word of comparison («2024 жылмен салыстырғанда»),
    // a case ending where they have a preposition («наурызда», «в марте»).
    private readonly bool headFinal;

    public ReportScan(string text, LocalDate published, string cultureName)
    {
        this.text = text;
        this.published = published;
        CultureName = cultureName;
        kazakhLatin = Languages.IsKazakhLatin(cultureName);
        alphabet = kazakhLatin ? KazakhLatinAlphabet.Detect(text) ?? KazakhLatinAlphabet.Of2021 : null;
        LanguageProfile language = LanguageProfiles.Resolve(cultureName);
        numberWords = language.NumberWordsRead;
        lexicon = ReadingLexicon.For(language);
        tokens = SplitJoinedSessionNouns(Tokenizer.Tokenize(text, alphabet));
        used = new bool[tokens.Count];
        headFinal = language.ReadingWords?.Stems(ReadingCue.GenitiveEnding).Any() ?? false;
    }

    public string CultureName { get; }

    /// <summary>«33-сессиясы»: a number joined by a hyphen to the word for a session is the session's number and the word,
    /// two tokens, as «33 сессиясы» is (the tokenizer keeps a hyphen's ending with its number, for case endings).</summary>
    private List<Token> SplitJoinedSessionNouns(List<Token> read)
    {
        for (int k = 0; k < read.Count; k++)
        {
            Token number = read[k];
            if (number.Kind == TokenKind.Number && number.Suffix.Length > 0 && ReadingLexicon.StartsWithAny(number.Suffix, lexicon.SessionHeads)
                && text.IndexOf('-', number.Start, number.End - number.Start) is int hyphen and >= 0)
            {
                read[k] = number with { End = hyphen, Suffix = "" };
                read.Insert(k + 1, new Token(TokenKind.Word, hyphen + 1, number.End, number.Suffix));
            }
        }

        return read;
    }

    /// <summary>Gets how many tokens the report has.</summary>
    public int TokenCount => tokens.Count;

    /// <summary>Gets how many times a recognizer looked at a token: the reader's work, which the tests hold to a
    /// constant per token (linear time) without timing anything.</summary>
    public long Steps { get; private set; }

    public IReadOnlyList<ReadFact> Facts => facts;

    public IReadOnlyList<Mention> Mentions => mentions;

    /// <summary>Reads every sentence, then settles what only the whole report tells (a session's date stated later).</summary>
    public void Run()
    {
        List<Sentence> sentences = SplitAtSecondPeriods(SplitAtClauses(SentenceSplitter.Split(tokens)));
        FindReportRegion();

        // «ТАРАЗ. Областная ассамблея … провела …»: a text that names no region but opens with a regional centre's
        // dateline is that region's report.
        if (reportRegion is null && sentences.Count > 0 && IsDateline(sentences[0]))
        {
            reportRegion = CentreNamedIn(sentences[0]);
        }

        ReadWholeText();

        // «ASTANA – … the 34th session of the Assembly of the People of Kazakhstan will be held …»: the capital's dateline
        // heads the national news; a text from it that names the Assembly, no regional or city assembly, and the capital
        // nowhere else («the Nur-Sultan's branch of the Assembly») is the Assembly's, not the capital's assembly's.
        if (reportRegion is { Kind: RegionKind.City, Code: "KZ-71" } && OpensWithCapitalsDateline(reportRegion) is int dateline and >= 0
            && namesAnAssembly && !NamesARegionalAssembly() && !NamesOutsideDatelines(dateline + 1, reportRegion))
        {
            reportRegion = null;
            nationalDateline = dateline;
        }
        nationalHeadline = sentences.Count > 0 && HeadlineIsTheAssemblys(sentences[0]) && !NamesARegionalAssembly();
        int paragraph = -1;
        bool afterDateline = false;

        // A day that dated the whole country's figures («On 1 May, more than 3,000 events were held across
        // Kazakhstan»): the next sentence of the paragraph that counts with no period or day of its own («In Turkistan
        // Region alone, 180 events took place») is dated by it.
        // A dateline's day («Туркестан, 4 декабря.», «ASTANA, December 22.») dates a session the next sentence says was held
        // with no day of its own, and nothing else: a count under a dateline is not of that one day.
        (LocalDate Day, (int First, int Last) Tokens, int Mention, bool SessionsOnly)? unusedDay = null;
        foreach (Sentence sentence in sentences)
        {
            if (sentence.Paragraph != paragraph)
            {
                paragraph = sentence.Paragraph;
                SwitchReportAt(sentence);
                unusedDay = null;
                afterDateline = IsDateline(sentence);
            }
            else
            {
                // «КАРАГАНДА. В Карагандинской области …»: after a dateline the story's first sentence opens the report.
                if (afterDateline)
                {
                    SwitchReportAt(sentence);
                    afterDateline = false;
                }

                SwitchReportAtAssembly(sentence);
            }

            SwitchReportAtNamedBody(sentence);

            bool namedHere = NoteAssembliesNamed(sentence);
            Scope scope = ScopeOf(sentence, namedHere, out string elsewhere);
            if (scope == Scope.Elsewhere)
            {
                if (anotherOrganiserActs)
                {
                    // «Библиотеки области к 30-летию АНК провели 50 мероприятий»: the libraries' activities are not the
                    // assembly's, but the Assembly's anniversary is its own, whoever marks it.
                    ReadAnniversaries(new SentenceFacts(sentence));
                }
                else if (elsewhere is DistrictsFigure or TownsFigure)
                {
                    // «17 аудандық ассамблея биыл 1 400 іс-шара өткізді. Облыстық ассамблеяның өзі 650 іс-шара ұйымдастырды»:
                    // a district's or town's sentence still names the period the report goes on in.
                    ReadPeriods(new SentenceFacts(sentence));
                }

                MentionFiguresOf(sentence, elsewhere);
                firstSentence = false;
                continue;
            }

            var clause = new SentenceFacts(sentence) { National = scope == Scope.National, NamesAssembly = namedHere };
            ReadPeriods(clause);
            bool dayCarried = false;
            if (clause.Date is null && unusedDay is { } carried && (clause.Period is null || carried.SessionsOnly))
            {
                if (carried.SessionsOnly)
                {
                    datelineDay = carried.Day;
                }
                else
                {
                    clause.Date = carried.Day;
                    clause.DateTokens = carried.Tokens;
                }

                dayCarried = true;
            }

            ReadSessions(clause);
            ReadNames(clause);
            ReadAnniversaries(clause);
            ReadCounts(clause);
            ReadFriendshipHouse(clause);
            ReadPeople(clause);
            ReadParticipants(clause);
            AddSummary(clause);
            datelineDay = null;
            if (dayCarried)
            {
                if (clause.DateUsed)
                {
                    // The day dated this sentence's fact after all: it is no longer an unplaced date.
                    mentions.RemoveAt(unusedDay!.Value.Mention);
                }

                unusedDay = null;
            }
            else if (clause.Date is { } day && !clause.DateUsed)
            {
                mentions.Add(new Mention(MentionKind.Date, Source(clause.DateTokens.First, clause.DateTokens.Last), "a date that dates no fact the reader knows"));

                // Only a day that dated the whole country's figures carries on, or a dateline's day (for a session held in
                // the next sentence); a day of a session still to come does not.
                bool underDateline = IsDatelineDay(clause);
                unusedDay = clause.National || underDateline ? (day, clause.DateTokens, mentions.Count - 1, underDateline && !clause.National) : null;
            }
            else
            {
                unusedDay = null;
            }

            firstSentence = false;
            lastSentenceNational = clause.National && clause.Period is not null;
        }

        DropHeadlineRestatements();
        FinishSessions();
        FinishFriendshipHouses();
        MentionWhatIsLeft();
        facts.Sort((a, b) => a.Source.Start.CompareTo(b.Source.Start));
        mentions.Sort((a, b) => a.Source.Start.CompareTo(b.Source.Start));
    }

    /// <summary>How many tokens from the text's start a dateline may stand (after a headline).</summary>
    private const int DatelineOpening = 24;

    /// <summary>The token of the region's name where the text (or the story after its headline) opens with it in
    /// capitals and a stop or dash after it («ASTANA —», «АСТАНА.», «ASTANA,»): a dateline, however the agency punctuates
    /// it; or -1.</summary>
    private int OpensWithCapitalsDateline(Region region)
    {
        for (int name = 0; name < Math.Min(tokens.Count - 1, DatelineOpening); name++)
        {
            if (tokens[name].Kind == TokenKind.Word && IsAbbreviation(name)
                && RegionAt(name, tokens.Count, out Region? named, out int last) && named == region && last + 1 < tokens.Count
                && tokens[last + 1].Kind == TokenKind.Punctuation)
            {
                return name;
            }
        }

        return -1;
    }

    /// <summary>Whether the region is named from <paramref name="from"/> on other than in a dateline (its name in
    /// capitals with a stop or dash after it, as a text printed twice repeats it).</summary>
    private bool NamesOutsideDatelines(int from, Region region)
    {
        for (int i = from; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && RegionAt(i, tokens.Count, out Region? named, out int last) && named == region
                && !(IsAbbreviation(i) && last + 1 < tokens.Count && tokens[last + 1].Kind == TokenKind.Punctuation))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What only the whole text tells, in one pass: whether it names an assembly, speaks of a year's end (read
    /// only in early January) or of a republican campaign with no regional assembly named.</summary>
    private void ReadWholeText()
    {
        bool earlyJanuary = published is { Month: 1, Day: <= 15 }, republican = false;
        for (int i = 0; i < tokens.Count; i++)
        {
            // Each test stops being made once it has held.
            namesAnAssembly = namesAnAssembly || IsAssemblyHead(i);
            republican = republican || IsWord(i, lexicon.RepublicanWords);
            yearJustEnded = yearJustEnded || (earlyJanuary && PhraseStartingAt(i, tokens.Count, lexicon.YearEnd) >= 0);
        }

        aboutARepublicanCampaign = namesAnAssembly && republican && !NamesARegionalAssembly();
    }

    /// <summary>A quoted name as the lexicon compares it: lower case, in Cyrillic where the report is Latin Kazakh.</summary>
    private string NameKey(Token token)
    {
        string lower = LowerCase.Of(token.Norm);
        return alphabet is not null ? Localization.KazakhTransliteration.ToCyrillic(alphabet.To2021(lower)) : lower;
    }

    private SourcePhrase Source(int firstToken, int lastToken) => new(text, tokens[firstToken].Start, tokens[lastToken].End);

    private bool IsWord(int i, string[] stems) =>
        ++Steps > 0 && i >= 0 && i < tokens.Count && tokens[i].Kind == TokenKind.Word && ReadingLexicon.StartsWithAny(tokens[i].Norm, stems);

    /// <summary>
    /// The token that names whose a word at <paramref name="word"/> is, after it: the next word («30-летие Ассамблеи»,
    /// «членов Совета»), or the word after «of» and an article («members of the Council», «anniversary of the Assembly»).
    /// </summary>
    private int OwnerAfter(int word)
    {
        if (!IsWord(word + 1, lexicon.OfWords))
        {
            return word + 1;
        }

        return IsWholeWord(word + 2, OpeningArticles) ? word + 3 : word + 2;
    }

    /// <summary>The first token of the sentence, at or after <paramref name="from"/>, that starts with one of the stems.</summary>
    private int FindWord(Sentence sentence, string[] stems, int from = -1)
    {
        for (int i = Math.Max(from, sentence.First); i < sentence.End; i++)
        {
            if (IsWord(i, stems))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>What one sentence states, gathered by the recognizers in turn.</summary>
    private sealed class SentenceFacts(Sentence sentence)
    {
        public Sentence Sentence { get; } = sentence;

        public ReportingPeriod? Period { get; set; }

        public int PeriodToken { get; set; } = -1;

        public LocalDate? Date { get; set; }

        /// <summary>Gets or sets the tokens the date was read from.</summary>
        public (int First, int Last) DateTokens { get; set; }

        /// <summary>Gets or sets whether a fact took the date; a date none takes is a mention.</summary>
        public bool DateUsed { get; set; }

        public SessionDraft? Session { get; set; }

        public List<(Activities.AssemblyActivityKind Kind, QualifiedCount Count, int First, int Last)> Tallies { get; } = [];

        public (QualifiedCount Count, Audience Audience, int First, int Last)? Reach { get; set; }

        public bool MentionsAnniversary { get; set; }

        /// <summary>Gets or sets whether the sentence answers a question of how many took part: its people are a reach
        /// with no word of taking part of their own.</summary>
        public bool ReachAsked { get; set; }

        // Whether the reach is the figure people grew to («число участников выросло с 90 до 104 тысяч»).
        public bool ReachGrown { get; set; }

        /// <summary>Gets or sets why the sentence's counts have no period the model holds (a season: «this spring»,
        /// «весной»; a span up to now: «с 2015 года», «за последние пять лет»), or null: such counts are mentions.</summary>
        public string? NoPeriod { get; set; }

        /// <summary>Gets whether the sentence puts its figures on the whole country (the national Assembly's).</summary>
        public bool National { get; init; }

        /// <summary>Gets whether the sentence names an assembly (any level, any form).</summary>
        public bool NamesAssembly { get; init; }
    }
}
