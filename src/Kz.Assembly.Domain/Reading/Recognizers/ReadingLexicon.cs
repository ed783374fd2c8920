using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Localization.Profiles;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Sessions;

namespace Kz.Assembly.Domain.Reading;

/// <summary>
/// The words the reader knows for one report, gathered from the languages' <see cref="ReadingVocabulary"/> lists
/// (each language's own in its profile folder) as lower-case stems; Latin Kazakh is transliterated before it is looked
/// up. A word matches a stem it starts with, so one stem covers a noun's cases and numbers. Reports quote each other
/// across languages, so the built-in languages' stems are all matched in every report, and a registered language's
/// own stems first in its reports; only number words, which collide across languages (Kazakh он "ten", Russian он
/// "he"), belong to one language (<see cref="LanguageProfile.NumberWordsRead"/>). The qualifier and scale words are
/// the ones <see cref="QuantityPhrase"/> reads, so reading a phrase alone and inside a report cannot disagree.
/// </summary>
internal sealed class ReadingLexicon
{
    private static readonly LanguageProfile[] BuiltIn = [LanguageProfiles.Kazakh, LanguageProfiles.Russian, LanguageProfiles.English];

    private static readonly ReadingLexicon BuiltInLexicon = new(LanguageProfiles.Kazakh, BuiltIn);

    // A registered language's lexicon, built on its first report and kept as long as its profile lives.
    private static readonly ConditionalWeakTable<LanguageProfile, ReadingLexicon> Registered = new();

    private ReadingLexicon(LanguageProfile language, LanguageProfile[] languages)
    {
        ReadingVocabulary[] vocabularies = [.. languages.Select(l => l.ReadingWords ?? ReadingVocabulary.Empty)];
        // Each Kazakh stem also as typed without the letters only Kazakh has («ис-шара», «облыстык»), where it is long
        // enough not to meet a Russian word.
        string[] Cue(ReadingCue cue) => [.. vocabularies.SelectMany(v => v.Stems(cue)).SelectMany(WithPlain).Distinct()];
        string[][] Phrases(ReadingPhrase phrase) => [.. vocabularies.SelectMany(v => v.Phrases(phrase))];
        (string Stem, TKey Key)[] Keyed<TKey>(ReadingVocabulary.Table table, Func<int, TKey> key) =>
            [.. vocabularies.SelectMany(v => v.Keyed(table, key)).SelectMany(entry => WithPlain(entry.Stem).Select(stem => (stem, entry.Key))).Distinct()];

        // A registered language's own names of regions («Түркстан облусу»), which the built-in case forms do not hold.
        OwnRegionNames = IsBuiltIn(language) ? []
            : [.. Region.AllSince1995.Where(region => language.HasOwnText(region.Name))
                .Select(region => (language.Text(region.Name).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries), region))];

        QuantityPhrase.Lexicon quantities = QuantityPhrase.LexiconOf(language);
        // A qualifier or a scale word right after a number is also known typed without the letters only Kazakh has
        // («40 мыннан астам», «300-ге жуык»), whatever its length: its place after a number keeps it from a Russian word.
        QualifiersBefore = Split(PlainToo(quantities.Leading));
        QualifiersAfter = Split(PlainToo(quantities.Trailing));
        Scales = PlainToo(quantities.Scales);

        // A Kazakh qualifier after a number governs its case («50-ден артық»: more than 50); the same word after the
        // dative («салыстырғанда 50-ге артық»: 50 more) states a difference, not a count.
        DifferenceWords = [.. languages.SelectMany(l => l.QualifierWords).Where(q => !q.Before && q.Governs == KazakhCase.Ablative)
            .SelectMany(q => WithPlain(q.Word.Split(' ')[0])).Distinct()];
        DativeEndings = KazakhGrammar.EndingsOf(KazakhCase.Dative);

        ActivityHeads = Keyed(ReadingVocabulary.Table.Activity, key => (AssemblyActivityKind)key);
        ActivityModifiers = Keyed(ReadingVocabulary.Table.ActivityModifier, key => (AssemblyActivityKind)key);
        PeopleHeads = Keyed(ReadingVocabulary.Table.Audience, key => (Audience)key);
        Chambers = Keyed(ReadingVocabulary.Table.Chamber, key => (Chamber)key);
        ParticipantGroups = [.. vocabularies.SelectMany(v => v.KeyedPhrases(ReadingVocabulary.Table.ParticipantGroup, key => (ParticipantGroup)key))];
        Ordinals = [.. Enumerable.Range(1, 4).Select(ordinal => vocabularies.SelectMany(v => v.Words(ReadingVocabulary.Table.QuarterOrdinal, ordinal)).Distinct().ToArray())];
        MonthStems = [.. Enumerable.Range(1, 12).Select(month => vocabularies.SelectMany(v => v.Words(ReadingVocabulary.Table.MonthStem, month)).Distinct().ToArray())];
        MonthForms = [.. Enumerable.Range(1, 12).Select(month => vocabularies.SelectMany(v => v.Words(ReadingVocabulary.Table.MonthForm, month)).Distinct().ToArray())];
        MonthInitials = new string([.. MonthStems.Concat(MonthForms).SelectMany(words => words).Where(w => w.Length > 0).Select(w => w[0]).Distinct()]);
        Weekdays = [.. Enumerable.Range(1, 7).Select(day => vocabularies.SelectMany(v => v.Words(ReadingVocabulary.Table.Weekday, day)).Distinct().ToArray())];
        AnyWeekday = [.. Weekdays.SelectMany(words => words)];
        Periods =
        [
            .. Phrases(ReadingPhrase.YearToDate).Select(words => (words, PeriodCue.YearToDate)),
            .. Phrases(ReadingPhrase.ThisYear).Select(words => (words, PeriodCue.ThisYear)),
            .. Phrases(ReadingPhrase.LastYear).Select(words => (words, PeriodCue.LastYear)),
            .. Phrases(ReadingPhrase.ThisMonth).Select(words => (words, PeriodCue.ThisMonth)),
            .. Phrases(ReadingPhrase.LastMonth).Select(words => (words, PeriodCue.LastMonth)),
            .. Phrases(ReadingPhrase.PastYear).Select(words => (words, PeriodCue.PastYear)),
            .. Phrases(ReadingPhrase.ThisWeek).Select(words => (words, PeriodCue.ThisWeek)),
            .. Phrases(ReadingPhrase.LastWeek).Select(words => (words, PeriodCue.LastWeek)),
            .. Phrases(ReadingPhrase.Weekend).Select(words => (words, PeriodCue.Weekend)),
            .. Phrases(ReadingPhrase.NextYear).Select(words => (words, PeriodCue.NextYear)),
        ];
        NationalPhrases = Phrases(ReadingPhrase.National);
        DistrictPhrases = Phrases(ReadingPhrase.District);
        PartOpenings = Phrases(ReadingPhrase.PartOpening);
        ReportingPeriodPhrases = Phrases(ReadingPhrase.ReportingPeriod);
        OwnInitiativePhrases = Phrases(ReadingPhrase.OwnInitiative);
        UndatedDaysPhrases = Phrases(ReadingPhrase.UndatedDays);
        string[][] halfYear = Phrases(ReadingPhrase.HalfYear);
        HalfWord = [.. halfYear.Select(words => words[0]).Distinct()];
        YearWord = [.. halfYear.Where(words => words.Length > 1).Select(words => words[1]).Distinct()];
        string[][] friendshipHouse = Phrases(ReadingPhrase.FriendshipHouse);
        FriendshipHouseWords = friendshipHouse;
        FriendshipHouseNames = [.. friendshipHouse.Select(words => string.Join(" ", words))];

        MemberHeads = Cue(ReadingCue.Member);
        SessionHeads = Cue(ReadingCue.Session);
        AssemblyHeads = Cue(ReadingCue.Assembly);
        AssemblyAbbreviations = Cue(ReadingCue.AssemblyAbbreviation);
        NumberOfWords = Cue(ReadingCue.NumberOf);
        ExceededWords = Cue(ReadingCue.Exceeded);
        LoneScales = Cue(ReadingCue.LoneScale);
        BodyAdjectiveEndings = Cue(ReadingCue.BodyAdjectiveEnding);
        RegionPossessorWords = Cue(ReadingCue.RegionPossessor);
        TodayWords = Cue(ReadingCue.Today);
        YesterdayWords = Cue(ReadingCue.Yesterday);
        OrdinalSuffixes = Cue(ReadingCue.OrdinalSuffix);
        ApproximateEndings = Cue(ReadingCue.ApproximateEnding);
        YearsWords = Cue(ReadingCue.Years);
        YearsPassedWords = Cue(ReadingCue.YearsPassed);
        DeputyWords = Cue(ReadingCue.Deputy);
        OfficeStartWords = Cue(ReadingCue.OfficeStart);
        MeetingWords = Cue(ReadingCue.Meeting);
        YearAbbreviation = Cue(ReadingCue.YearAbbreviation);
        MonthWord = Cue(ReadingCue.MonthAfterName);
        MonthsWords = Cue(ReadingCue.Months);
        MonthlyWords = Cue(ReadingCue.Monthly);
        QuarterWords = Cue(ReadingCue.Quarter);
        QuartersCountedWords = Cue(ReadingCue.QuartersCounted);
        SessionAdjectives = Cue(ReadingCue.SessionAdjective);
        AgoWords = Cue(ReadingCue.Ago);
        TurnsWords = Cue(ReadingCue.Turns);
        ForeignAdjectives = Cue(ReadingCue.ForeignAdjective);
        DistrictOwners = Cue(ReadingCue.DistrictOwner);
        PartEndings = Cue(ReadingCue.PartEnding);
        PercentWords = Cue(ReadingCue.Percent);
        TotalWords = Cue(ReadingCue.Total);
        EachWords = Cue(ReadingCue.Each);
        LastWeekdayWords = Cue(ReadingCue.LastWeekday);
        DayUnits = Cue(ReadingCue.DayUnit);
        TogetherWords = Cue(ReadingCue.Together);
        HelpWords = Cue(ReadingCue.Help);
        FigureWords = Cue(ReadingCue.Figure);
        InsteadWords = Cue(ReadingCue.Instead);
        CopulaWords = Cue(ReadingCue.Copula);
        SideWords = Cue(ReadingCue.Side);
        AgainstWords = Cue(ReadingCue.Against);
        FulfilledWords = Cue(ReadingCue.Fulfilled);
        HeldVerbs = Cue(ReadingCue.HeldVerb);
        OneEventWords = Cue(ReadingCue.OneEvent);
        CancelledWords = Cue(ReadingCue.Cancelled);
        SupportWords = Cue(ReadingCue.Support);
        AverageWords = Cue(ReadingCue.Average);
        DistrictPlaceWords = Cue(ReadingCue.DistrictPlace);
        ReachedWords = Cue(ReadingCue.Reached);
        ErroneousWords = Cue(ReadingCue.Erroneous);
        GrewWords = Cue(ReadingCue.Grew);
        NoReachWords = Cue(ReadingCue.NoReach);
        HalfYearWords = Cue(ReadingCue.HalfYear);
        LocativeEndings = Cue(ReadingCue.LocativeEnding);
        MonthPrepositions = Cue(ReadingCue.MonthPreposition);
        PeopleWords = Cue(ReadingCue.People);
        KazakhstanWords = Cue(ReadingCue.Kazakhstan);
        OfWords = Cue(ReadingCue.NameLink);
        AfterAssemblyFirst = [.. PeopleWords.Concat(OfWords).Distinct()];
        AfterAssemblySecond = [.. KazakhstanWords.Concat(PeopleWords).Distinct()];
        YearWords = Cue(ReadingCue.Year);
        AnniversaryWords = Cue(ReadingCue.Anniversary);
        PlanWords = Cue(ReadingCue.Plan);
        RegionalAdjectives = Cue(ReadingCue.RegionalAdjective);
        ProjectAfter = Cue(ReadingCue.ProjectAfterName);
        ProjectBefore = Cue(ReadingCue.ProjectBeforeName);
        GroupWords = Cue(ReadingCue.Group);
        InterChamberWords = Cue(ReadingCue.InterChamber);
        ProposalWords = Cue(ReadingCue.Proposal);
        OpenedWords = Cue(ReadingCue.Opened);
        ModeratorWords = Cue(ReadingCue.Moderator);
        SpeakerWords = Cue(ReadingCue.Speech);
        ParticipationWords = Cue(ReadingCue.Participation);
        ThemeAfter = Cue(ReadingCue.ThemeAfterName);
        ThemeBefore = Cue(ReadingCue.ThemeBeforeName);
        OfficeWords = Cue(ReadingCue.Office);

        // Longest first: «ова» is a surname's own ending where «ов» would leave «а» as a case ending (Иванова).
        SurnameEndings = [.. Cue(ReadingCue.SurnameEnding).OrderByDescending(ending => ending.Length)];
        NameCaseEndings = [.. Cue(ReadingCue.NameCaseEnding).OrderByDescending(ending => ending.Length)];
        ForeignWords = Cue(ReadingCue.Foreign);
        DistrictAdjectives = Cue(ReadingCue.DistrictAdjective);
        CityAdjectives = Cue(ReadingCue.CityAdjective);
        RegionWords = Cue(ReadingCue.RegionNoun);
        SeasonWords = Cue(ReadingCue.Season);
        SpanSinceWords = Cue(ReadingCue.SpanSince);
        RecentYearsWords = Cue(ReadingCue.RecentYears);
        ThoseWords = Cue(ReadingCue.Those);
        OneOrganisationWords = Cue(ReadingCue.OneOrganisation);
        BackPronouns = Cue(ReadingCue.BackPronoun);
        OtherCountedAdjectives = Cue(ReadingCue.OtherCountedAdjective);
        AtThatPlaceWords = Cue(ReadingCue.AtThatPlace);
        OrganisedByWords = Cue(ReadingCue.OrganisedBy);
        FoundedWords = Cue(ReadingCue.Founded);
        DayRangeWords = Cue(ReadingCue.DayRangeTo);
        DayRangeFromWords = Cue(ReadingCue.DayRangeFrom);
        AsOfBefore = Phrases(ReadingPhrase.AsOfBeforeDate);
        AsOfAfter = Phrases(ReadingPhrase.AsOfAfterDate);
        PerUnit = Phrases(ReadingPhrase.PerUnit);
        SessionHeldWords = Cue(ReadingCue.Held);
        DelegationWords = Cue(ReadingCue.Delegation);
        SessionFutureWords = Cue(ReadingCue.Future);
        FutureParticipleEndings = Cue(ReadingCue.FutureParticipleEnding);
        OpenedPerfectWords = Cue(ReadingCue.OpenedPerfect);
        OtherCountedHeads = Cue(ReadingCue.OtherCounted);
        TownspeopleStems = Cue(ReadingCue.Townspeople);
        demonymPlurals = Cue(ReadingCue.DemonymPlural);

        // After a numeral Kazakh names residents in the singular («60 мыңнан астам шымкенттік»): a place's own name
        // before the singular of a demonym ending, so «облыстық» and «аудандық» (no place before) are not residents.
        placeNames = demonymPlurals.Length == 0 ? []
            : [.. Region.AllSince1995.Select(region => language.Text(region.Name).ToLowerInvariant().Split(' ')[0]).Where(word => word.Length >= 4).Distinct()];
        RelativeReachWords = Cue(ReadingCue.RelativeReach);
        DisputeHeads = Cue(ReadingCue.Dispute);
        DisputeWords = Cue(ReadingCue.DisputeWholeWord);
        VenueForms = Cue(ReadingCue.VenueForm);
        RepublicanWords = Cue(ReadingCue.Republican);
        OverTheYears = Phrases(ReadingPhrase.OverTheYears);
        YearEnd = Phrases(ReadingPhrase.YearEnd);
        OtherAssemblyWords = Cue(ReadingCue.OtherAssembly);
        CouncilWords = Cue(ReadingCue.Council);
        LocalCouncilWords = Cue(ReadingCue.LocalCouncil);
        RelativeClauseWords = Cue(ReadingCue.RelativeClause);
        OneOfScaleWords = Cue(ReadingCue.OneOfScale);
        ClauseConjunctions = Cue(ReadingCue.ClauseConjunction);
        RateAdverbs = Cue(ReadingCue.RateAdverb);
        SessionsCounted = Cue(ReadingCue.SessionsCounted);
        SessionBareNouns = Cue(ReadingCue.SessionBareNoun);
        NoDeedWords = Cue(ReadingCue.NoDeed);
        OccasionYearWords = Cue(ReadingCue.OccasionYear);
        HowManyWords = Cue(ReadingCue.HowMany);
        OwnPossessiveWords = Cue(ReadingCue.OwnPossessive);
        OngoingWords = Cue(ReadingCue.Ongoing);
        DatePrepositions = Cue(ReadingCue.DatePreposition);
        YearPrepositions = Cue(ReadingCue.YearPreposition);
        ListJoins = Cue(ReadingCue.ListJoin);
        GenitiveEndings = Cue(ReadingCue.GenitiveEnding);
        PatronymicEndings = Cue(ReadingCue.PatronymicEnding);
        SessionNominatives = Cue(ReadingCue.SessionNominative);
        YouthOrAgeWords = Cue(ReadingCue.YouthOrAge);
        SingularActivities = Cue(ReadingCue.SingularActivity);
        RegionAdjectiveEndings = Cue(ReadingCue.RegionAdjectiveEnding);
        RegionAdjectiveNouns = Cue(ReadingCue.RegionAdjectiveNoun);
        ActivityPlaces = Cue(ReadingCue.ActivityPlace);
        HousesPlural = Cue(ReadingCue.HousesPlural);
        CapitalWords = Cue(ReadingCue.Capital);
        NationalProjectWords = Cue(ReadingCue.NationalProject);
        CountPhraseEnds = Cue(ReadingCue.CountPhraseEnd);
        OneAndAHalf = Phrases(ReadingPhrase.OneAndAHalf);
        AndAHalf = Phrases(ReadingPhrase.AndAHalf);
        SamePeriod = Phrases(ReadingPhrase.SamePeriod);
        SameDay = Phrases(ReadingPhrase.SameDay);
        SameYear = Phrases(ReadingPhrase.SameYear);
        OfThem = Phrases(ReadingPhrase.OfThem);
        SameMonth = Phrases(ReadingPhrase.SameMonth);
        MonthEndBefore = Phrases(ReadingPhrase.MonthEndBefore);
        MonthEndAfter = Phrases(ReadingPhrase.MonthEndAfter);
        OtherOrganiserWords = Cue(ReadingCue.OtherOrganiser);
        SourceCitationWords = Cue(ReadingCue.SourceCitation);
        ComparisonWords = Cue(ReadingCue.Comparison);
        YearsWithinWords = Cue(ReadingCue.YearsWithin);
        PeoplesPluralWords = Cue(ReadingCue.PeoplesPlural);
        InfinitiveEndings = Cue(ReadingCue.InfinitiveEnding);
        AssemblyAsSubjectWords = Cue(ReadingCue.AssemblyAsSubject);
        NationalProjectNames = [.. Phrases(ReadingPhrase.NationalProjectName).Select(words => string.Join(" ", words))];
        ChamberStems = [.. Chambers.Select(chamber => chamber.Stem).Distinct()];
        ActivityHeadStems = [.. ActivityHeads.Select(head => head.Stem).Distinct()];
        VenueBefore = Phrases(ReadingPhrase.VenueBefore);
        MediationWords = Cue(ReadingCue.Mediation);
    }

    /// <summary>The lexicon a report in a language is read with: the built-in languages' words, and a registered
    /// language's own before them.</summary>
    public static ReadingLexicon For(LanguageProfile language) =>
        IsBuiltIn(language) ? BuiltInLexicon
            : Registered.GetValue(language, profile => new ReadingLexicon(profile, [profile, .. BuiltIn]));

    // Kazakh in Latin letters reads with Kazakh's words (its text is transliterated first).
    private static bool IsBuiltIn(LanguageProfile language) => Array.IndexOf(BuiltIn, language) >= 0 || language == LanguageProfiles.KazakhLatin;

    /// <summary>Whether a language is read: it lists its reading words.</summary>
    public static bool Reads(LanguageProfile language) => language.ReadingWords is { IsEmpty: false };

    /// <summary>A registered language's own names of regions, word by word in small letters: its stored text
    /// (<see cref="LanguageProfile.HasOwnText"/>), not its fallback's. Empty for the built-in languages, whose names and
    /// case forms the geography holds.</summary>
    public (string[] Words, Region Region)[] OwnRegionNames { get; }

    public (string[] Words, CountQualifier Qualifier)[] QualifiersBefore { get; }

    public (string[] Words, CountQualifier Qualifier)[] QualifiersAfter { get; }

    public (string Stem, long Multiplier)[] Scales { get; }

    public (string Stem, AssemblyActivityKind Kind)[] ActivityHeads { get; }

    public (string Stem, AssemblyActivityKind Kind)[] ActivityModifiers { get; }

    public (string Stem, Audience Audience)[] PeopleHeads { get; }

    public string[] MemberHeads { get; }

    public (string Stem, Chamber Chamber)[] Chambers { get; }

    public string[] SessionHeads { get; }

    public string[] AssemblyHeads { get; }

    public string[] AssemblyAbbreviations { get; }

    public (string[] Words, PeriodCue Cue)[] Periods { get; }

    /// <summary>The ordinals a quarter or a half-year is named with, first to fourth.</summary>
    public string[][] Ordinals { get; }

    /// <summary>Words for "the number of" before a noun and its count: «іс-шаралар саны 45», «количество участников».</summary>
    public string[] NumberOfWords { get; }

    /// <summary>Verbs of exceeding between such a phrase and its count: «500-ден асты», «превысило 5 тысяч».</summary>
    public string[] ExceededWords { get; }

    /// <summary>A scale word standing for one of it where a qualifier goes with it: «мыңнан астам» (more than a
    /// thousand), «более тысячи». «Мыңдаған», «тысячи людей» (thousands) are not a number.</summary>
    public string[] LoneScales { get; }

    /// <summary>The last word of a region's name used as a body's adjective: «Түркістан облыстық», «Шымкент қалалық».</summary>
    public string[] BodyAdjectiveEndings { get; }

    /// <summary>A region's noun in the nominative or genitive right before its assembly («Ақмола облысы Қазақстан
    /// халқы ассамблеясы», «Шымкент қаласының ҚХА»): the possessor, so the regional body. Not the locative
    /// («облысында … Ассамблеясының 30 жылдығы» is the national Assembly's anniversary in that region).</summary>
    public string[] RegionPossessorWords { get; }

    /// <summary>The publication day (сегодня, бүгін, today), whole words (кешенді, "complex", is not кеше).</summary>
    public string[] TodayWords { get; }

    /// <summary>The day before publication (вчера, кеше, yesterday), whole words.</summary>
    public string[] YesterdayWords { get; }

    /// <summary>Endings that make a number an ordinal or a year, not a count (34-ші, 33-я, 13th, 30-летие, 2024-жылы).</summary>
    public string[] OrdinalSuffixes { get; }

    /// <summary>Endings that make a number approximate (300-дей, жүздей, мыңдай, оншақты).</summary>
    public string[] ApproximateEndings { get; }

    /// <summary>«30 жыл толып», «30 лет со дня», «30 years since»: years, then a word of their passing.</summary>
    public string[] YearsWords { get; }

    /// <summary>The words after <see cref="YearsWords"/> that make them an anniversary.</summary>
    public string[] YearsPassedWords { get; }

    /// <summary>A Friendship House written as words, a phrase of each language (friendship house, house of friendship).</summary>
    public string[][] FriendshipHouseWords { get; }

    /// <summary>A Friendship House as a quoted name, lower case.</summary>
    public string[] FriendshipHouseNames { get; }

    /// <summary>Deputies, which a quoted name beside «тобы / группа» needs in its sentence to be a deputy group.</summary>
    public string[] DeputyWords { get; }

    /// <summary>Words an office may start with besides an office word: «облыс әкімі», «Мемлекет басшысы».</summary>
    public string[] OfficeStartWords { get; }

    /// <summary>A meeting, which a sentence must name for the participant groups in it to be a session's.</summary>
    public string[] MeetingWords { get; }

    /// <summary>The abbreviation of год (2024 г.).</summary>
    public string[] YearAbbreviation { get; }

    /// <summary>Month (ай) after a Kazakh month name or a count of months: наурыз айында, 9 айда.</summary>
    public string[] MonthWord { get; }

    /// <summary>Words of a count of months: 9 айда, за девять месяцев, nine months.</summary>
    public string[] MonthsWords { get; }

    /// <summary>Monthly (айлық), which is not a count of months.</summary>
    public string[] MonthlyWords { get; }

    /// <summary>Gets the whole words of a district owning an assembly (ауданының before it, района after its name).</summary>
    public string[] DistrictOwners { get; }

    /// <summary>Gets the endings that make a number a part of what was counted before («120-сы»).</summary>
    public string[] PartEndings { get; }

    /// <summary>Gets the words of percent after a number («percent», «процент», «пайыз»).</summary>
    public string[] PercentWords { get; }

    /// <summary>Gets the whole words of a total («всего», «барлығы», «total»).</summary>
    public string[] TotalWords { get; }

    /// <summary>Gets the whole words of each («каждой», «әр», «each»).</summary>
    public string[] EachWords { get; }

    /// <summary>Gets the first letters of every month's stems and forms: a cheap test before a month is looked up.</summary>
    public string MonthInitials { get; }

    /// <summary>Gets every word of a day of the week: one lookup before the day is told.</summary>
    public System.Collections.Generic.HashSet<string> AnyWeekday { get; }

    /// <summary>Gets the whole words of each day of the week, Monday first.</summary>
    public string[][] Weekdays { get; }

    /// <summary>Gets the whole words that put a day of the week in the week before («last», «прошлую», «өткен»).</summary>
    public string[] LastWeekdayWords { get; }

    /// <summary>Gets the stems of a day as a unit of time («дн», «күн», «day»).</summary>
    public string[] DayUnits { get; }

    /// <summary>Gets the whole words of working together («together», «совместно», «бірлесіп»).</summary>
    public string[] TogetherWords { get; }

    /// <summary>Gets the stems of helping («help», «помог», «көмек»).</summary>
    public string[] HelpWords { get; }

    /// <summary>Gets the stems of words that refer back to a figure («figure», «цифр», «көрсеткіш»).</summary>
    public string[] FigureWords { get; }

    /// <summary>Gets the whole words of instead («вместо», «instead», «орнына»).</summary>
    public string[] InsteadWords { get; }

    /// <summary>Gets the whole words of being between a number and its kind («were», «are»).</summary>
    public string[] CopulaWords { get; }

    /// <summary>Gets the stems of a side in talks («тарап», «сторон», «side»).</summary>
    public string[] SideWords { get; }

    /// <summary>Gets the whole words that open a comparison's base («против», «against», «from»).</summary>
    public string[] AgainstWords { get; }

    /// <summary>Gets the stems of fulfilling («орындал», «выполнен», «fulfilled»).</summary>
    public string[] FulfilledWords { get; }

    /// <summary>Gets the whole words of a verb of holding in a past form («провела», «held», «өткізді»).</summary>
    public string[] HeldVerbs { get; }

    /// <summary>Gets the stems of one event («фестивал», «festival»).</summary>
    public string[] OneEventWords { get; }

    /// <summary>Gets the stems of calling off («отмен», «cancel», «кейінге»).</summary>
    public string[] CancelledWords { get; }

    /// <summary>Gets the stems of support («поддержк», «support», «қолдау»).</summary>
    public string[] SupportWords { get; }

    /// <summary>Gets the whole words of an average («среднем», «average», «орташа»).</summary>
    public string[] AverageWords { get; }

    /// <summary>Gets the whole words of a district as a place after its name («районе», «ауданында», «district»).</summary>
    public string[] DistrictPlaceWords { get; }

    /// <summary>Gets the stems of taking part, attending or being reached («участ», «attend», «қатыс»).</summary>
    public string[] ReachedWords { get; }

    /// <summary>Gets the whole words of an error («ошибочно», «incorrectly», «қате»).</summary>
    public string[] ErroneousWords { get; }

    /// <summary>Gets the stems of growing to a figure («вырос», «grew», «өсті»).</summary>
    public string[] GrewWords { get; }

    /// <summary>Gets the stems of people in a role, of one event, or a superlative («лауреат», «contest», «largest»).</summary>
    public string[] NoReachWords { get; }

    /// <summary>Gets the adjectives of other countries that make an assembly right after them that country's.</summary>
    public string[] ForeignAdjectives { get; }

    /// <summary>Gets the words of reaching an age before the years (исполнилось, turns).</summary>
    public string[] TurnsWords { get; }

    /// <summary>Gets the whole words of time gone by before now (назад, бұрын, ago).</summary>
    public string[] AgoWords { get; }

    /// <summary>Gets the words that may stand between a session's number and the session (regular, очередная, кезекті).</summary>
    public string[] SessionAdjectives { get; }

    /// <summary>Gets the whole words of the quarter in the form a cardinal takes (квартала, quarters).</summary>
    public string[] QuartersCountedWords { get; }

    /// <summary>Quarter (квартал, тоқсан, quarter), after its ordinal or a count of them.</summary>
    public string[] QuarterWords { get; }

    /// <summary>Half a year in two words (Kazakh «жарты жыл»): the first word, then <see cref="YearWord"/>.</summary>
    public string[] HalfWord { get; }

    public string[] YearWord { get; }

    public string[] HalfYearWords { get; }

    /// <summary>The endings that put a month stem in the locative (наурызда), so that the month alone is a period.</summary>
    public string[] LocativeEndings { get; }

    /// <summary>The words before a month's form that make it alone a period (в марте, in March).</summary>
    public string[] MonthPrepositions { get; }

    /// <summary>The words between Assembly and its people: Қазақстан халқы, народа Казахстана, of People of Kazakhstan.</summary>
    public string[] PeopleWords { get; }

    public string[] KazakhstanWords { get; }

    /// <summary>What follows Ассамблея in its name: народа Казахстана, халқы (rare order), of People (of Kazakhstan).</summary>
    public string[] AfterAssemblyFirst { get; }

    public string[] AfterAssemblySecond { get; }

    public string[] OfWords { get; }

    public string[] YearWords { get; }

    /// <summary>Month stems that take case endings (наурыз: наурызда, наурыздың), January first.</summary>
    public string[][] MonthStems { get; }

    /// <summary>Month names in every form a date or a period uses, whole words, January first: апрель, апреля, апреле, april.</summary>
    public string[][] MonthForms { get; }

    public string[] AnniversaryWords { get; }

    /// <summary>Words of a plan: a figure planned («запланировано более 500 мероприятий», «өткізу жоспарланған») is
    /// not a figure reported, and is kept as a mention.</summary>
    public string[] PlanWords { get; }

    /// <summary>Adjectives that make an assembly regional without naming the region (областной, облыстық, городской,
    /// қалалық, regional): the report's own region.</summary>
    public string[] RegionalAdjectives { get; }

    public string[] ProjectAfter { get; }

    public string[] ProjectBefore { get; }

    public string[] GroupWords { get; }

    public string[] InterChamberWords { get; }

    public string[] ProposalWords { get; }

    public string[] OpenedWords { get; }

    /// <summary>Gets the phrases of a year's end (at the end of the year, в конце года, жыл соңында).</summary>
    public string[][] YearEnd { get; }

    /// <summary>Gets the phrases of a span of years up to now (осы жылдар ішінде, за годы работы, over the years).</summary>
    public string[][] OverTheYears { get; }

    /// <summary>Gets the whole prepositions that make a four-digit number after them a year (in, в, за, since, by, of).</summary>
    public string[] YearPrepositions { get; }

    /// <summary>Gets the whole words that join the items of a list of names (және, мен, и, and).</summary>
    public string[] ListJoins { get; }

    /// <summary>Gets the genitive endings (-ның, -тың, …), matched at a word's end.</summary>
    public string[] GenitiveEndings { get; }

    /// <summary>Gets the patronymic endings (-ұлы, -қызы, -uly), matched at a word's end.</summary>
    public string[] PatronymicEndings { get; }

    /// <summary>Gets the session noun's nominative forms, whole words (сессия, сессиясы, session).</summary>
    public string[] SessionNominatives { get; }

    /// <summary>Gets the whole words that are young people after a large count and an age after a small one (жас).</summary>
    public string[] YouthOrAgeWords { get; }

    /// <summary>Gets the whole singular activity nouns no count but one takes (event, meeting, action, case).</summary>
    public string[] SingularActivities { get; }

    /// <summary>Gets the endings of a Russian region's adjective (-ской), matched at a word's end.</summary>
    public string[] RegionAdjectiveEndings { get; }

    /// <summary>Gets the stems of the chambers of Parliament, whatever chamber each names.</summary>
    public string[] ChamberStems { get; }

    /// <summary>Gets the stems of the activity nouns, whatever kind each names.</summary>
    public string[] ActivityHeadStems { get; }

    /// <summary>Gets the plural forms of a Friendship House's noun (үйлер, houses, домов).</summary>
    public string[] HousesPlural { get; }

    /// <summary>Gets the stems of the word for the capital (елорда, столиц, capital).</summary>
    public string[] CapitalWords { get; }

    /// <summary>Gets the stems that make a project the national Assembly's (national, общенациональн, жалпыұлттық).</summary>
    public string[] NationalProjectWords { get; }

    /// <summary>Whole words that end a count's noun phrase (<see cref="ReadingCue.CountPhraseEnd"/>).</summary>
    public string[] CountPhraseEnds { get; }

    /// <summary>Qualifier words that govern the ablative after a number (астам, артық, көп, кем): after the dative they
    /// state a difference.</summary>
    public string[] DifferenceWords { get; }

    /// <summary>The endings of the Kazakh dative, as a number's suffix («50-ге»).</summary>
    public string[] DativeEndings { get; }

    /// <summary>The words of the year just named (<see cref="ReadingPhrase.SameYear"/>).</summary>
    public string[][] SameYear { get; }

    /// <summary>Gets the phrases that open a share of what was just counted (оның, из них, of these), longest first.</summary>
    public string[][] OfThem { get; }

    /// <summary>Gets the phrases of the month just named (в том же месяце, сол айда, in the same month).</summary>
    public string[][] SameMonth { get; }

    /// <summary>Gets the phrases before a month that count up to its end («к концу», «by the end of»).</summary>
    public string[][] MonthEndBefore { get; }

    /// <summary>Gets the phrases after a month that count up to its end («айының соңына дейін»).</summary>
    public string[][] MonthEndAfter { get; }

    /// <summary>The words of the day just named (<see cref="ReadingPhrase.SameDay"/>).</summary>
    public string[][] SameDay { get; }

    /// <summary>The words of the same period in another year (<see cref="ReadingPhrase.SamePeriod"/>).</summary>
    public string[][] SamePeriod { get; }

    /// <summary>The words of one and a half (<see cref="ReadingPhrase.OneAndAHalf"/>).</summary>
    public string[][] OneAndAHalf { get; }

    /// <summary>The words of a half added to a number (<see cref="ReadingPhrase.AndAHalf"/>).</summary>
    public string[][] AndAHalf { get; }

    /// <summary>Stems naming an organiser that is not an assembly (<see cref="ReadingCue.OtherOrganiser"/>).</summary>
    public string[] OtherOrganiserWords { get; }

    /// <summary>Stems citing a source (<see cref="ReadingCue.SourceCitation"/>).</summary>
    public string[] SourceCitationWords { get; }

    /// <summary>Words of a comparison (<see cref="ReadingCue.Comparison"/>).</summary>
    public string[] ComparisonWords { get; }

    /// <summary>Words after a counted span of years (<see cref="ReadingCue.YearsWithin"/>).</summary>
    public string[] YearsWithinWords { get; }

    /// <summary>The plural of people in an assembly's name (<see cref="ReadingCue.PeoplesPlural"/>).</summary>
    public string[] PeoplesPluralWords { get; }

    /// <summary>Endings of a verb's infinitive (<see cref="ReadingCue.InfinitiveEnding"/>).</summary>
    public string[] InfinitiveEndings { get; }

    /// <summary>The assembly's head as a sentence's subject (<see cref="ReadingCue.AssemblyAsSubject"/>).</summary>
    public string[] AssemblyAsSubjectWords { get; }

    /// <summary>Gets the beginnings of the national Assembly's own project names (большая страна, big country).</summary>
    public string[] NationalProjectNames { get; }

    /// <summary>Gets the places named by the activity held in them (кабинет, room, office).</summary>
    public string[] ActivityPlaces { get; }

    /// <summary>Gets the nouns a Russian region's adjective goes with (области).</summary>
    public string[] RegionAdjectiveNouns { get; }

    /// <summary>Gets the whole words before a date that names its month first (on).</summary>
    public string[] DatePrepositions { get; }

    /// <summary>Gets the verbs of something still under way (өткізілуде, проводятся, ongoing).</summary>
    public string[] OngoingWords { get; }

    /// <summary>Gets the session noun's plural forms a cardinal count takes (sessions, сессий, сессиялар).</summary>
    public string[] SessionsCounted { get; }

    /// <summary>A session's noun with no ending (<see cref="ReadingCue.SessionBareNoun"/>).</summary>
    public string[] SessionBareNouns { get; }

    /// <summary>Whole words of a mood or tense that states no deed done (<see cref="ReadingCue.NoDeed"/>).</summary>
    public string[] NoDeedWords { get; }

    /// <summary>Whole words for a year named after a body (<see cref="ReadingCue.OccasionYear"/>).</summary>
    public string[] OccasionYearWords { get; }

    /// <summary>Whole words asking how many (<see cref="ReadingCue.HowMany"/>).</summary>
    public string[] HowManyWords { get; }

    /// <summary>Whole words of the possessive pointing back to the subject (<see cref="ReadingCue.OwnPossessive"/>).</summary>
    public string[] OwnPossessiveWords { get; }

    /// <summary>Gets the whole adverbs of a rate that may stand a verb away from the count (ежемесячно, monthly, сайын).</summary>
    public string[] RateAdverbs { get; }

    /// <summary>Gets the whole words that join a second clause with its own subject (а, ал, and, while).</summary>
    public string[] ClauseConjunctions { get; }

    /// <summary>Gets the whole words that make a lone scale word after them one of it (a, one, одна, бір).</summary>
    public string[] OneOfScaleWords { get; }

    /// <summary>Gets the words that open a relative clause after a comma (whose, which, котор, где).</summary>
    public string[] RelativeClauseWords { get; }

    /// <summary>Gets the words of a local representative body (мәслихат, маслихат, maslikhat).</summary>
    public string[] LocalCouncilWords { get; }

    /// <summary>Gets the words of the Assembly's Council (кеңес, совет, council).</summary>
    public string[] CouncilWords { get; }

    /// <summary>Gets the words before an assembly that make it another body (детской, балалар, children's, youth).</summary>
    public string[] OtherAssemblyWords { get; }

    /// <summary>Gets the words of a campaign or event of the whole republic (республикалық, республиканск, republican).</summary>
    public string[] RepublicanWords { get; }

    /// <summary>Gets a Friendship House's forms, whole, that make it a venue (үйінде, доме).</summary>
    public string[] VenueForms { get; }

    /// <summary>Gets the phrases before a Friendship House that make it a venue (at the, в, на базе).</summary>
    public string[][] VenueBefore { get; }

    public string[] ModeratorWords { get; }

    public string[] SpeakerWords { get; }

    public string[] ParticipationWords { get; }

    public (string[] Words, ParticipantGroup Group)[] ParticipantGroups { get; }

    public string[] ThemeAfter { get; }

    public string[] ThemeBefore { get; }

    public string[] OfficeWords { get; }

    /// <summary>Endings of surnames and patronymics, longest first; a name whose second word ends so (before a case
    /// ending) is a person.</summary>
    public string[] SurnameEndings { get; }

    /// <summary>Case endings a surname takes in a sentence (Тоқаевтың, Токаева), longest first.</summary>
    public string[] NameCaseEndings { get; }

    /// <summary>Other countries and their bodies: a sentence naming one states no fact of Kazakhstan's Assembly
    /// («Ассамблея народов России», «Ресей Федерациясы», «Kyrgyzstan»). Stems of the country, not of the people
    /// («өзбек этномәдени бірлестігі» is a Kazakhstani association and is not caught).</summary>
    public string[] ForeignWords { get; }

    /// <summary>The adjectives of a district's assembly («аудандық ҚХА», «районной ассамблеи», «District Assembly»).</summary>
    public string[] DistrictAdjectives { get; }

    /// <summary>The adjectives of a town's assembly («қалалық», «городской»); a city of republican significance
    /// before them (Шымкент қалалық) makes the assembly regional.</summary>
    public string[] CityAdjectives { get; }

    /// <summary>The word for a region after its name («Омской области», «облысында»), for regions that are not Kazakhstan's.</summary>
    public string[] RegionWords { get; }

    /// <summary>Phrases that put a figure on the whole country, word by word (stems).</summary>
    public string[][] NationalPhrases { get; }

    /// <summary>Seasons, which date counts by no period the model holds (stems).</summary>
    public string[] SeasonWords { get; }

    /// <summary>Words that make a year the start of a span up to now (since, с, бері), whole words.</summary>
    public string[] SpanSinceWords { get; }

    /// <summary>Words of the latest years (последние, past, соңғы) before a count of years.</summary>
    public string[] RecentYearsWords { get; }

    /// <summary>Words that point back (эти, those, осы) before a count of years, whole words.</summary>
    public string[] ThoseWords { get; }

    /// <summary>Words of one organisation as a subject (общество, centre, орталығы), whole words.</summary>
    public string[] OneOrganisationWords { get; }

    /// <summary>A pronoun standing for the activities the sentence before named (ru «их»).</summary>
    public string[] BackPronouns { get; }

    /// <summary>Adjectives of a thing counted that is no activity (family, семейный, отбасылық).</summary>
    public string[] OtherCountedAdjectives { get; }

    /// <summary>Pronouns of a place named before (в нём, там, онда), whole words.</summary>
    public string[] AtThatPlaceWords { get; }

    /// <summary>Words of «organised by» that begin like a plan's (ұйымдастыруымен), whole words.</summary>
    public string[] OrganisedByWords { get; }

    /// <summary>Stems of being founded or created (создан, created), opening a clause that dates a body.</summary>
    public string[] FoundedWords { get; }

    /// <summary>Words between two days of a range (по, to), whole words; a dash does too.</summary>
    public string[] DayRangeWords { get; }

    /// <summary>Words before the first day of a range (с, from, between), whole words.</summary>
    public string[] DayRangeFromWords { get; }

    /// <summary>Phrases before a date that make counts the year's up to it (по состоянию на, as of).</summary>
    public string[][] AsOfBefore { get; }

    /// <summary>Phrases after a date that make counts the year's up to it (жағдай бойынша).</summary>
    public string[][] AsOfAfter { get; }

    /// <summary>Phrases after a counted noun that make the count a rate (в день, a day, күніне).</summary>
    public string[][] PerUnit { get; }

    /// <summary>The words of a session held, which a region can be the subject or place of («Zhambyl region has held the
    /// XIX session», «в области прошла», «облысында … өтті»); stems.</summary>
    public string[] SessionHeldWords { get; }

    /// <summary>A delegation: a region's people at someone else's session («делегациясы», «делегаты», "delegation").</summary>
    public string[] DelegationWords { get; }

    /// <summary>Phrases that put a figure on one district, whole words (not stems: «аудандар бойынша», across the
    /// districts, is a region's total).</summary>
    public string[][] DistrictPhrases { get; }

    /// <summary>Words that open a sentence about a part of what was counted before, beyond «of them» («среди них»,
    /// «including»).</summary>
    public string[][] PartOpenings { get; }

    /// <summary>The reporting period («за отчетный период», «есепті кезеңде»), which names no period of its own.</summary>
    public string[][] ReportingPeriodPhrases { get; }

    /// <summary>A body acting on its own («по собственной инициативе», «өз бастамасымен», «on their own»): another
    /// organiser where no assembly is named.</summary>
    public string[][] OwnInitiativePhrases { get; }

    /// <summary>Days the report does not date («за неделю», «апта ішінде», «over the week»).</summary>
    public string[][] UndatedDaysPhrases { get; }

    /// <summary>A session spoken of as coming («состоится», «өтеді», «will be held», «в преддверии»): it is not dated
    /// in the past, and states no session held.</summary>
    public string[] SessionFutureWords { get; }

    /// <summary>Gets the endings of a participle of what is still to come, before its noun (kk «-атын», «-етін»).</summary>
    public string[] FutureParticipleEndings { get; }

    /// <summary>Gets the whole words of opening in the perfect, telling background (kk «ашылған»).</summary>
    public string[] OpenedPerfectWords { get; }

    /// <summary>Things counted that are neither activities nor people: a count of them is no summary and no reach.
    /// Read after the activity and people nouns, so «школьников» stays people.</summary>
    public string[] OtherCountedHeads { get; }

    /// <summary>Residents named by where they live: «сельчан», «горожане», «villagers», «карагандинцев».</summary>
    public string[] TownspeopleStems { get; }

    private readonly string[] demonymPlurals;

    private readonly string[] placeNames;

    /// <summary>Words that open a relative clause on the count just before them («в которых приняли участие», «which
    /// were attended by»): the reach in that clause is that count's alone. Not «attended by» alone, nor «в них»: the
    /// library itself writes a joint reach that way («… were held, attended by about 9,000 residents»).</summary>
    public string[] RelativeReachWords { get; }

    /// <summary>Disputes and conflicts: counted as ethnomediation cases where the sentence speaks of mediation
    /// («этномедиаторы урегулировали 15 споров», «медиация кабинеті 12 дауды шешті»), else as nothing.</summary>
    public string[] DisputeHeads { get; }

    /// <summary>The forms of «спор» and «дау», whole words («спортивных» and «дауыс» are not disputes).</summary>
    public string[] DisputeWords { get; }

    /// <summary>Words that make a sentence about mediation.</summary>
    public string[] MediationWords { get; }

    /// <summary>Whether a word ends with one of the endings, with at least two letters of stem before it.</summary>
    public static bool EndsWithAny(string word, string[] endings)
    {
        foreach (string ending in endings)
        {
            if (word.Length > ending.Length + 1 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word starts with one of the stems.</summary>
    public static bool StartsWithAny(string word, string[] stems)
    {
        foreach (string stem in stems)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a text holds one of the stems anywhere (a name of several words).</summary>
    public static bool ContainsAny(string text, string[] stems)
    {
        foreach (string stem in stems)
        {
            if (text.Contains(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word names the residents of a place (a demonym in the plural, or a stem of <see cref="TownspeopleStems"/>).</summary>
    public bool IsTownspeople(string word)
    {
        if (StartsWithAny(word, TownspeopleStems))
        {
            return true;
        }

        foreach (string plural in demonymPlurals)
        {
            int at = word.IndexOf(plural, StringComparison.Ordinal);

            // A place name before the suffix (at least four letters), at most a case ending after it.
            if (at >= 4 && word.Length - (at + plural.Length) <= 3)
            {
                return true;
            }

            if (IsSingularDemonym(word, plural[..^3]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word is a place's name, then the singular demonym ending, then at most a case ending
    /// («шымкенттік», «қостанайлыққа»).</summary>
    private bool IsSingularDemonym(string word, string singular)
    {
        foreach (string place in placeNames)
        {
            if (word.StartsWith(place, StringComparison.Ordinal)
                && string.CompareOrdinal(word, place.Length, singular, 0, singular.Length) == 0
                && word.Length - place.Length - singular.Length is >= 0 and <= 3)
            {
                return true;
            }
        }

        return false;
    }

    private static (string[] Words, CountQualifier Qualifier)[] Split((string Word, CountQualifier Qualifier)[] phrases)
    {
        var split = new (string[] Words, CountQualifier Qualifier)[phrases.Length];
        for (int i = 0; i < phrases.Length; i++)
        {
            split[i] = (phrases[i].Word.Split(' ', StringSplitOptions.RemoveEmptyEntries), phrases[i].Qualifier);
        }

        return split;
    }

    /// <summary>A stem and, where it has letters only Kazakh has and is at least five letters long, the stem as typed
    /// without them and the stem as Latin letters without marks give it once transliterated (Ұ and Ү as У only:
    /// «turğyny» from a text that otherwise keeps ğ).</summary>
    private static IEnumerable<string> WithPlain(string stem)
    {
        yield return stem;
        string plain = KazakhPlainLetters.Fold(stem);
        if (!ReferenceEquals(plain, stem) && plain.Length >= 5)
        {
            yield return plain;
            string plainU = KazakhPlainLetters.FoldU(stem);
            if (!ReferenceEquals(plainU, stem) && plainU != plain)
            {
                yield return plainU;
            }
        }
    }

    private static (string Word, TValue Value)[] PlainToo<TValue>((string Word, TValue Value)[] words) =>
        [.. words.Concat(words.Select(word => (KazakhPlainLetters.Fold(word.Word), word.Value))).Distinct()];
}
