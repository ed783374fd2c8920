using System;
using System.Collections.Generic;
using System.Linq;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Localization.Profiles;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Sessions;

namespace Kz.Assembly.Domain.Reading;

/// <summary>
/// The words the reader knows, as lower-case Cyrillic stems (Latin Kazakh is transliterated before it is looked
/// up): a word matches a stem it starts with, so one stem covers a noun's cases and numbers (іс-шара, іс-шаралар;
/// мероприятие, мероприятий). Reports quote each other across languages, so the Kazakh, Russian and English stems
/// are all matched in every report; only number words, which collide across languages (Kazakh он "ten", Russian
/// он "he"), belong to one language. Latin Kazakh writes a loanword's ц as ts, so its Cyrillic reading has тс
/// (aktsiia → актсииа) and its э as e (etnomediatsiia → етномедиатсииа): those stems are listed too. The qualifier and scale words are the ones <see cref="QuantityPhrase"/> reads,
/// so reading a phrase alone and inside a report cannot disagree.
/// </summary>
internal static class ReadingLexicon
{
    public static readonly (string[] Words, CountQualifier Qualifier)[] QualifiersBefore = Split(QuantityPhrase.Leading);

    public static readonly (string[] Words, CountQualifier Qualifier)[] QualifiersAfter = Split(QuantityPhrase.Trailing);

    public static readonly (string Stem, long Multiplier)[] Scales = QuantityPhrase.Scales;

    public static readonly (string Stem, AssemblyActivityKind Kind)[] ActivityHeads =
    [
        ("іс-шара", AssemblyActivityKind.Event), ("мероприят", AssemblyActivityKind.Event), ("event", AssemblyActivityKind.Event),
        ("акци", AssemblyActivityKind.CharityAction), ("актси", AssemblyActivityKind.CharityAction), ("action", AssemblyActivityKind.CharityAction),
        ("кездесу", AssemblyActivityKind.OutreachMeeting), ("встреч", AssemblyActivityKind.OutreachMeeting), ("meeting", AssemblyActivityKind.OutreachMeeting),
        ("этномедиаци", AssemblyActivityKind.EthnomediationCase), ("медиаци", AssemblyActivityKind.EthnomediationCase), ("медиатси", AssemblyActivityKind.EthnomediationCase),
        ("этномедиатси", AssemblyActivityKind.EthnomediationCase), ("етномедиатси", AssemblyActivityKind.EthnomediationCase), ("ethnomediation", AssemblyActivityKind.EthnomediationCase),
        ("mediation", AssemblyActivityKind.EthnomediationCase), ("activit", AssemblyActivityKind.Event),
    ];

    public static readonly (string Stem, AssemblyActivityKind Kind)[] ActivityModifiers =
    [
        ("қайырымдылық", AssemblyActivityKind.CharityAction), ("благотворительн", AssemblyActivityKind.CharityAction), ("charit", AssemblyActivityKind.CharityAction),
        ("мәдени", AssemblyActivityKind.CulturalEvent), ("культурн", AssemblyActivityKind.CulturalEvent), ("cultural", AssemblyActivityKind.CulturalEvent),
        ("спорттық", AssemblyActivityKind.SportsEvent), ("спортивн", AssemblyActivityKind.SportsEvent), ("sport", AssemblyActivityKind.SportsEvent),
    ];

    public static readonly (string Stem, Audience Audience)[] PeopleHeads =
    [
        ("адам", Audience.People), ("қатысушы", Audience.People), ("тұрғын", Audience.Residents), ("бала", Audience.People), ("оқушы", Audience.People),
        ("студент", Audience.People), ("жастар", Audience.People), ("детей", Audience.People), ("школьник", Audience.People), ("учащ", Audience.People),
        ("человек", Audience.People), ("чел", Audience.People), ("людей", Audience.People), ("люди", Audience.People), ("юнош", Audience.People), ("девуш", Audience.People), ("молодеж", Audience.People), ("участник", Audience.People), ("граждан", Audience.People), ("жител", Audience.Residents),
        ("people", Audience.People), ("person", Audience.People), ("participant", Audience.People), ("resident", Audience.Residents),
    ];

    public static readonly string[] MemberHeads = ["депутат", "мүше", "член", "сенатор", "member", "deput", "senator"];

    public static readonly (string Stem, Chamber Chamber)[] Chambers =
    [
        ("сенат", Chamber.Senate), ("senate", Chamber.Senate), ("мәжіліс", Chamber.Mazhilis), ("мажилис", Chamber.Mazhilis), ("mazhilis", Chamber.Mazhilis),
        ("құрылта", Chamber.NationalKurultai), ("курулта", Chamber.NationalKurultai), ("kurultai", Chamber.NationalKurultai),
    ];

    public static readonly string[] SessionHeads = ["сессия", "сесси", "session"];

    public static readonly string[] AssemblyHeads = ["ассамбле", "assembly"];

    public static readonly string[] AssemblyAbbreviations = ["қха", "анк", "apk", "ank"];

    public static readonly (string[] Words, PeriodCue Cue)[] Periods =
    [
        (["жыл", "басынан"], PeriodCue.YearToDate), (["с", "начала", "года"], PeriodCue.YearToDate), (["с", "начала", "текущего", "года"], PeriodCue.YearToDate),
        (["с", "начала", "этого", "года"], PeriodCue.YearToDate), (["since", "the", "start", "of", "the", "year"], PeriodCue.YearToDate),
        (["since", "the", "beginning", "of", "the", "year"], PeriodCue.YearToDate), (["year", "to", "date"], PeriodCue.YearToDate),
        (["биыл"], PeriodCue.ThisYear), (["ағымдағы", "жыл"], PeriodCue.ThisYear), (["в", "этом", "году"], PeriodCue.ThisYear),
        (["в", "текущем", "году"], PeriodCue.ThisYear), (["в", "нынешнем", "году"], PeriodCue.ThisYear), (["this", "year"], PeriodCue.ThisYear),
        (["былтыр"], PeriodCue.LastYear), (["өткен", "жыл"], PeriodCue.LastYear), (["в", "прошлом", "году"], PeriodCue.LastYear),
        (["в", "минувшем", "году"], PeriodCue.LastYear), (["за", "прошлый", "год"], PeriodCue.LastYear), (["last", "year"], PeriodCue.LastYear),
    ];

    /// <summary>The ordinals a quarter or a half-year is named with, first to fourth.</summary>
    public static readonly string[][] Ordinals =
    [
        ["перв", "бірінші", "first"], ["втор", "екінші", "second"], ["трет", "үшінші", "third"], ["четверт", "төртінші", "fourth"],
    ];

    /// <summary>Words for "the number of" before a noun and its count: «іс-шаралар саны 45», «количество участников».</summary>
    public static readonly string[] NumberOfWords = ["саны", "санын", "количеств", "число", "numbe"];

    /// <summary>Verbs of exceeding between such a phrase and its count: «500-ден асты», «превысило 5 тысяч».</summary>
    public static readonly string[] ExceededWords = ["асты", "асып", "асқан", "превысил", "превышает", "exceed"];

    /// <summary>A scale word standing for one of it where a qualifier goes with it: «мыңнан астам» (more than a
    /// thousand), «более тысячи». «Мыңдаған», «тысячи людей» (thousands) are not a number.</summary>
    public static readonly string[] LoneScales = ["мың", "мыңнан", "мыңға", "тысяча", "тысячу", "тысячи", "thousand"];

    /// <summary>The last word of a region's name used as a body's adjective: «Түркістан облыстық», «Шымкент қалалық».</summary>
    public static readonly string[] BodyAdjectiveEndings = ["облыстық", "қалалық", "областн", "городск", "regional", "city"];

    /// <summary>A region's noun in the nominative or genitive right before its assembly («Ақмола облысы Қазақстан
    /// халқы ассамблеясы», «Шымкент қаласының ҚХА»): the possessor, so the regional body. Not the locative
    /// («облысында … Ассамблеясының 30 жылдығы» is the national Assembly's anniversary in that region).</summary>
    public static readonly string[] RegionPossessorWords = ["облысы", "облысының", "қаласы", "қаласының"];

    /// <summary>The publication day (сегодня, бүгін, today) and the day before (вчера, кеше, yesterday).</summary>
    /// <remarks>Whole words only (кешенді, "complex", is not кеше); the first half is today, the second yesterday.</remarks>
    public static readonly string[] TodayWords = ["сегодня", "бүгін", "бүгінгі", "today", "вчера", "кеше", "кешегі", "yesterday"];

    /// <summary>Endings that make a number an ordinal or a year, not a count (34-ші, 33-я, 13th, 30-летие, 2024-жылы).</summary>
    public static readonly string[] OrdinalSuffixes = ["ші", "шы", "інші", "ыншы", "й", "я", "е", "го", "th", "st", "nd", "rd", "летие", "летия", "жыл"];

    /// <summary>«30 жыл толып», «30 лет со дня», «30 years since»: years, then a word of their passing.</summary>
    public static readonly string[] YearsWords = ["жыл", "лет", "years"];

    /// <summary>The words after <see cref="YearsWords"/> that make them an anniversary.</summary>
    public static readonly string[] YearsPassedWords = ["тол", "со", "since"];

    /// <summary>A Friendship House written as two words, the first and the second of each language.</summary>
    public static readonly (string[] First, string[] Second)[] FriendshipHouseWords =
    [
        (["достық"], ["үй"]), (["дом"], ["дружбы"]), (["friendship"], ["house"]),
    ];

    /// <summary>A Friendship House as a quoted name, lower case.</summary>
    public static readonly string[] FriendshipHouseNames = ["достық үй", "дом дружбы", "friendship house"];

    /// <summary>Deputies, which a quoted name beside «тобы / группа» needs in its sentence to be a deputy group.</summary>
    public static readonly string[] DeputyWords = ["депутат", "deput"];

    /// <summary>Words an office may start with besides an office word: «облыс әкімі», «Мемлекет басшысы».</summary>
    public static readonly string[] OfficeStartWords = ["облыс", "облас", "мемлекет", "қала", "город", "region", "state"];

    /// <summary>A meeting, which a sentence must name for the participant groups in it to be a session's.</summary>
    public static readonly string[] MeetingWords = ["жиын", "сессия", "сесси", "отырыс", "заседани", "meeting", "session"];

    /// <summary>The abbreviation of год (2024 г.).</summary>
    public static readonly string[] YearAbbreviation = ["г"];

    /// <summary>Month (ай) after a Kazakh month name or a count of months: наурыз айында, 9 айда.</summary>
    public static readonly string[] MonthWord = ["ай"];

    /// <summary>Words of a count of months: 9 айда, за девять месяцев, nine months.</summary>
    public static readonly string[] MonthsWords = ["месяц", "ай", "month"];

    /// <summary>Monthly (айлық), which is not a count of months.</summary>
    public static readonly string[] MonthlyWords = ["айлық"];

    public static readonly string[] QuarterWords = ["квартал", "тоқсан", "quarter"];

    /// <summary>Half a year: Kazakh «жарты жыл» is two words, Russian and English one.</summary>
    public static readonly string[] HalfWord = ["жарты"];

    public static readonly string[] YearWord = ["жыл"];

    public static readonly string[] HalfYearWords = ["полугоди", "half"];

    /// <summary>The words between Assembly and its people: Қазақстан халқы, народа Казахстана, of People of Kazakhstan.</summary>
    public static readonly string[] PeopleWords = ["халқ", "народ", "people"];

    public static readonly string[] KazakhstanWords = ["қазақстан", "казахстан", "kazakhstan"];

    /// <summary>What follows Ассамблея in its name: народа Казахстана, халқы (rare order), of People (of Kazakhstan).</summary>
    public static readonly string[] AfterAssemblyFirst = ["народ", "халқ", "of"];

    public static readonly string[] AfterAssemblySecond = ["казахстан", "қазақстан", "people"];

    public static readonly string[] OfWords = ["of"];

    public static readonly string[] KazakhstanEnglish = ["kazakhstan"];

    public static readonly string[] YearWords = ["жыл", "год", "г", "year"];

    /// <summary>Kazakh month stems, January first: the profile's own (the word takes case endings: наурызда, сәуірдің).</summary>
    public static readonly string[] KazakhMonths = KazakhProfile.Months;

    /// <summary>Russian and English month names in every form a date or a period uses, January first: the forms the
    /// Russian profile writes (апрель, апреля, апреле) and the English name in lower case.</summary>
    public static readonly string[][] OtherMonths =
        [.. Enumerable.Range(0, 12).Select(m => new[] { RussianProfile.MonthsNominative[m], RussianProfile.MonthsGenitive[m], RussianProfile.MonthsPrepositional[m], EnglishProfile.Months[m].ToLowerInvariant() })];

    public static readonly string[] AnniversaryWords = ["жылдығ", "мерейтой", "летие", "летия", "летию", "летии", "юбилей", "anniversar", "jubilee"];

    /// <summary>Words of a plan: a figure planned («запланировано более 500 мероприятий», «өткізу жоспарланған») is
    /// not a figure reported, and is kept as a mention.</summary>
    public static readonly string[] PlanWords =
    [
        "запланир", "планиру", "будет", "будут", "пройдут", "жоспар", "өткізілет", "ұйымдастырылат", "өтет", "planned", "plans", "will",
    ];

    /// <summary>Adjectives that make an assembly regional without naming the region (областной, облыстық, городской,
    /// қалалық, regional): the report's own region.</summary>
    public static readonly string[] RegionalAdjectives = ["областн", "облыстық", "городск", "қалалық", "regional"];

    public static readonly string[] ProjectAfter = ["жоба"];

    public static readonly string[] ProjectBefore = ["проект", "project"];

    public static readonly string[] GroupWords = ["тоб", "групп", "group"];

    public static readonly string[] InterChamberWords = ["палатааралық", "межпалатн", "inter-chamber", "interchamber"];

    public static readonly string[] ProposalWords = ["ұсыныс", "керек", "қажет", "предлож", "необходимо", "нужно", "propos", "should"];

    public static readonly string[] OpenedWords = ["ашылды", "ашылған", "открыт", "открыл", "opened"];

    public static readonly string[] ModeratorWords = ["модератор", "moderat"];

    public static readonly string[] SpeakerWords =
    [
        "деді", "айтты", "атап", "тоқтал", "тиек", "сөйле", "баяндама", "отметил", "сказал", "заявил", "выступил", "подчеркнул", "напомнил",
        "said", "noted", "spoke", "stressed",
    ];

    public static readonly string[] ParticipationWords = ["қатыс", "участ", "attend", "took"];

    public static readonly (string[] Words, ParticipantGroup Group)[] ParticipantGroups =
    [
        (["кеңес", "мүше"], ParticipantGroup.AssemblyCouncilMembers), (["член", "совет"], ParticipantGroup.AssemblyCouncilMembers), (["council", "member"], ParticipantGroup.AssemblyCouncilMembers),
        (["зиялы"], ParticipantGroup.PublicFigures), (["общественност"], ParticipantGroup.PublicFigures), (["интеллигенц"], ParticipantGroup.PublicFigures), (["public", "figure"], ParticipantGroup.PublicFigures),
        (["әкімдері"], ParticipantGroup.DistrictAndCityAkims), (["аким", "район"], ParticipantGroup.DistrictAndCityAkims), (["akims"], ParticipantGroup.DistrictAndCityAkims),
        (["құрылым"], ParticipantGroup.AssemblyStructures), (["структур"], ParticipantGroup.AssemblyStructures), (["structures"], ParticipantGroup.AssemblyStructures),
        (["этномәдени"], ParticipantGroup.EthnoculturalAssociations), (["этнокультурн"], ParticipantGroup.EthnoculturalAssociations), (["ethnocultural"], ParticipantGroup.EthnoculturalAssociations),
        (["жастар", "ұйым"], ParticipantGroup.YouthOrganisations), (["молодежн"], ParticipantGroup.YouthOrganisations), (["youth"], ParticipantGroup.YouthOrganisations),
    ];

    public static readonly string[] ThemeAfter = ["тақыры"];

    public static readonly string[] ThemeBefore = ["тему", "теме", "девиз", "theme", "titled"];

    public static readonly string[] OfficeWords =
    [
        "әкім", "орынбасар", "басшы", "төраға", "хатшы", "аким", "заместител", "глав", "председател", "секретар", "президент", "governor", "chair", "deputy", "head", "secretary",
    ];

    /// <summary>Endings of surnames and patronymics; a name whose second word ends so (before a case ending) is a person.</summary>
    public static readonly string[] SurnameEndings = ["ұлы", "улы", "қызы", "кызы", "ова", "ева", "ина", "ына", "ов", "ев", "ин", "ын", "ский", "ская", "uly", "ova", "eva", "ov", "ev", "in"];

    /// <summary>Case endings a surname takes in a sentence (Тоқаевтың, Токаева), longest first.</summary>
    public static readonly string[] NameCaseEndings =
    [
        "тың", "тің", "дың", "дің", "ның", "нің", "тан", "тен", "дан", "ден", "нан", "нен", "мен", "пен", "бен", "қа", "ке", "ға", "ге",
        "та", "те", "да", "де", "ты", "ті", "ды", "ді", "ны", "ні", "ым", "ой", "а", "у", "е",
    ];

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

    private static (string[] Words, CountQualifier Qualifier)[] Split((string Word, CountQualifier Qualifier)[] phrases)
    {
        var split = new (string[] Words, CountQualifier Qualifier)[phrases.Length];
        for (int i = 0; i < phrases.Length; i++)
        {
            split[i] = (phrases[i].Word.Split(' ', StringSplitOptions.RemoveEmptyEntries), phrases[i].Qualifier);
        }

        return split;
    }

    /// <summary>Other countries and their bodies: a sentence naming one states no fact of Kazakhstan's Assembly
    /// («Ассамблея народов России», «Ресей Федерациясы», «Kyrgyzstan»). Stems of the country, not of the people
    /// («өзбек этномәдени бірлестігі» is a Kazakhstani association and is not caught).</summary>
    public static readonly string[] ForeignWords =
    [
        "росси", "ресей", "russia", "кыргызстан", "қырғызстан", "kyrgyzstan", "узбекистан", "өзбекстан", "uzbekistan",
        "таджикистан", "тәжікстан", "tajikistan", "туркменистан", "түрікменстан", "turkmenistan", "беларус", "belarus",
        "китай", "китая", "қытай", "china", "монголи", "моңғолия", "mongolia", "азербайджан", "әзірбайжан", "azerbaijan",
        "украин", "украина", "ukrain", "германи", "германия", "germany", "турци", "түркия", "turkey", "türkiye",
    ];

    /// <summary>The adjectives of a district's assembly («аудандық ҚХА», «районной ассамблеи», «District Assembly»).</summary>
    public static readonly string[] DistrictAdjectives = ["аудандық", "районн", "district"];

    /// <summary>The adjectives of a town's assembly («қалалық», «городской», «City»); a city of republican significance
    /// before them (Шымкент қалалық) makes the assembly regional.</summary>
    public static readonly string[] CityAdjectives = ["қалалық", "городск"];

    /// <summary>The word for a region after its name («Омской области», «облысында»), for regions that are not Kazakhstan's.</summary>
    public static readonly string[] RegionWords = ["област", "облыс", "oblast"];

    /// <summary>Phrases that put a figure on the whole country, word by word (stems).</summary>
    public static readonly string[][] NationalPhrases =
    [
        ["по", "всей", "стран"], ["по", "стране"], ["в", "стране"], ["по", "республике"], ["по", "казахстану"],
        ["елімізде"], ["еліміздегі"], ["еліміз", "бойынша"], ["республика", "бойынша"], ["республикамызда"], ["бүкіл", "ел"],
        ["across", "the", "country"], ["throughout", "the", "country"], ["nationwide"], ["all", "over", "the", "country"],
        ["across", "kazakhstan"], ["throughout", "kazakhstan"], ["по", "всему", "казахстану"], ["қазақстан", "бойынша"],

        // The people of the whole country named as such: «9 mln Kazakhstanis», «казахстанцев», «қазақстандықтар».
        ["kazakhstanis"], ["казахстанц"], ["қазақстандықтар"],
    ];

    /// <summary>Seasons, which date counts by no period the model holds (stems).</summary>
    public static readonly string[] SeasonWords =
        ["весной", "летом", "осенью", "зимой", "spring", "summer", "autumn", "winter", "көктемде", "жазда", "күзде", "қыста"];

    /// <summary>The words of a session held, which a region can be the subject or place of («Zhambyl region has held the
    /// XIX session», «в области прошла», «облысында … өтті»); stems.</summary>
    public static readonly string[] SessionHeldWords = ["held", "hosted", "прошл", "состоял", "өтті", "өткізілді", "өткізді"];

    /// <summary>A delegation: a region's people at someone else's session («делегациясы», «делегаты», "delegation").</summary>
    public static readonly string[] DelegationWords = ["делегац", "делегат", "delegat"];

    /// <summary>
    /// Phrases that put a figure on one district, whole words (not stems: «аудандар бойынша», across the districts, is
    /// a region's total): «аудан бойынша», «по району», «across the district».
    /// </summary>
    public static readonly string[][] DistrictPhrases =
    [
        ["аудан", "бойынша"], ["по", "району"], ["across", "the", "district"], ["in", "the", "district"],
    ];

    /// <summary>A session spoken of as coming («состоится», «пройдет», «өтеді», «will be held», «в преддверии»,
    /// «предстоящей», «алдағы»): it is not dated in the past, and states no session held.</summary>
    public static readonly string[] SessionFutureWords =
    [
        "состоит", "пройдет", "пройдёт", "будет", "предстоящ", "преддвери", "планиру", "запланир", "намечен",
        "өтеді", "өтпек", "өткізіледі", "өткізілмек", "алдағы", "жоспарлан",
        "will", "upcoming", "scheduled", "forthcoming", "ahead",
    ];

    /// <summary>Things counted that are neither activities nor people: a count of them is no summary and no reach
    /// («200 отбасыға», «100-ден астам этнос», «60 этномәдени бірлестік», «10 жоба», «семьям», «delegates»). Read
    /// after the activity and people nouns, so «школьников» stays people; no stem of an adjective that also comes
    /// before activities («ұлттық іс-шаралар»).</summary>
    public static readonly string[] OtherCountedHeads =
    [
        "отбасы", "семе", "семь", "семья", "famil", "household",
        "этнос", "этник", "этнич", "ethnic", "национальност", "nationalit",
        "бірлестік", "объединени", "associat", "ұйым", "организаци", "organization", "organisation", "орталы", "центр", "centre", "center",
        "делегат", "delegate", "жоба", "проект", "project", "өтінім", "заявк", "application",
        "тілде", "языков", "languages", "стран", "countr", "грант", "grant", "наций", "народност", "nations",
        "тенге", "теңге", "tenge", "доллар", "dollar",
    ];

    /// <summary>Residents named by where they live: «сельчан», «горожане», «земляков», «villagers», «townspeople».</summary>
    public static readonly string[] TownspeopleStems =
    [
        "сельчан", "горожан", "земляк", "villager", "townspeople", "townsfolk",
        "карагандин", "шымкентц", "астанчан", "алматинц", "павлодарц", "актюбинц", "актобинц", "костанайц", "семейчан",
        "туркестанц", "кызылординц", "атырауц", "актаусц", "уральц", "таразц", "жезказганц", "петропавловц",
        "кокшетауц", "талдыкорганц", "экибастузц", "темиртауц", "балхашц", "кентауц",
    ];

    // A Kazakh demonym: a place with -лық/-лік/-дық/-дік/-тық/-тік, then the plural, then any case ending
    // (шымкент-тік-тер-ді, астана-лық-тар, түркістан-дық-тар-ға).
    private static readonly string[] DemonymPlurals = ["лықтар", "ліктер", "дықтар", "діктер", "тықтар", "тіктер"];

    /// <summary>Whether a word names the residents of a place (a Kazakh demonym in the plural, or a stem above).</summary>
    public static bool IsTownspeople(string word)
    {
        if (StartsWithAny(word, TownspeopleStems))
        {
            return true;
        }

        foreach (string plural in DemonymPlurals)
        {
            int at = word.IndexOf(plural, System.StringComparison.Ordinal);

            // A place name before the suffix (at least four letters), at most a case ending after it.
            if (at >= 4 && word.Length - (at + plural.Length) <= 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that open a relative clause on the count just before them («в которых приняли участие», «which
    /// were attended by»): the reach in that clause is that count's alone. Not «attended by» alone, nor «в них»: the
    /// library itself writes a joint reach that way («… were held, attended by about 9,000 residents»).</summary>
    public static readonly string[] RelativeReachWords = ["котор", "which"];

    /// <summary>Disputes and conflicts: counted as ethnomediation cases where the sentence speaks of mediation
    /// («этномедиаторы урегулировали 15 споров», «медиация кабинеті 12 дауды шешті»), else as nothing.</summary>
    public static readonly string[] DisputeHeads = ["конфликт", "dispute", "conflict"];

    /// <summary>The forms of «спор» and «дау» (whole words: «спортивных» and «дауыс» are not disputes).</summary>
    public static readonly string[] DisputeWords =
    [
        "спор", "спора", "споров", "спорам", "спорах", "споры",
        "дау", "дауды", "даулар", "дауларды", "дауға", "дауларға", "дауын", "дауларын", "дауларының",
    ];

    /// <summary>Words that make a sentence about mediation.</summary>
    public static readonly string[] MediationWords = ["медиа", "этномедиа", "бітімгер", "mediat", "ethnomediat"];
}
