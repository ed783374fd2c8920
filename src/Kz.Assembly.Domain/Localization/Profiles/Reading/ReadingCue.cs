using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Localization.Profiles;

/// <summary>
/// What a single word tells the report reader, for <see cref="ReadingVocabulary.Add(ReadingCue, string[])"/>: each
/// entry is a stem in small letters, and a word of a report matches it when the word starts with it (so one stem
/// covers a noun's cases and numbers), unless the cue says whole words.
/// </summary>
/// <remarks>
/// Reports quote each other across languages, so the reader matches the built-in languages' words in every report,
/// and a registered language's words in reports in that language. A cue a language lists nothing for is simply never
/// found in its reports: the figures it would have placed are left as mentions, never guessed.
/// </remarks>
[JsonConverter(typeof(EnumNameJsonConverter<ReadingCue>))]
public enum ReadingCue
{
    /// <summary>The Assembly itself: ассамбле, assembly.</summary>
    Assembly,

    /// <summary>The Assembly's abbreviation, a whole word: ҚХА, АНК, APK.</summary>
    AssemblyAbbreviation,

    /// <summary>The people in the Assembly's name: халқ (Қазақстан халқы Ассамблеясы), народ, people.</summary>
    People,

    /// <summary>Kazakhstan in the Assembly's name, in any case: қазақстан, казахстан, kazakhstan.</summary>
    Kazakhstan,

    /// <summary>A word linking the Assembly's name's parts where the language uses one: English of.</summary>
    NameLink,

    /// <summary>A session: сессия, session.</summary>
    Session,

    /// <summary>Words of a session held: өтті, прошл, held.</summary>
    Held,

    /// <summary>Words of something to come: өтеді, состоит, будет, will, upcoming; a session so spoken of is planned.</summary>
    Future,

    /// <summary>Words of a plan: жоспар, запланир, planned; a figure planned is not a figure reported.</summary>
    Plan,

    /// <summary>Words of a proposal: ұсыныс, предлож, propos.</summary>
    Proposal,

    /// <summary>A meeting, which a sentence must name for the participant groups in it to be a session's: жиын, заседани, meeting.</summary>
    Meeting,

    /// <summary>A delegation: a region's people at someone else's session (делегац, delegat).</summary>
    Delegation,

    /// <summary>The adjective of a region's assembly (облыстық, областн, regional), naming the report's own region.</summary>
    RegionalAdjective,

    /// <summary>The last word of a region's name used as its body's adjective (облыстық, қалалық, областн, городск, regional, city).</summary>
    BodyAdjectiveEnding,

    /// <summary>The adjective of a district's assembly: аудандық, районн, district.</summary>
    DistrictAdjective,

    /// <summary>The adjective of a town's assembly: қалалық, городск.</summary>
    CityAdjective,

    /// <summary>The word for a region after its name: облыс, област, oblast.</summary>
    RegionNoun,

    /// <summary>A region's noun in the nominative or genitive right before its assembly (облысы, қаласының), whole words.</summary>
    RegionPossessor,

    /// <summary>Other countries and their bodies (ресей, росси, russia): a sentence naming one states no fact of Kazakhstan's Assembly.</summary>
    Foreign,

    /// <summary>A member of a body: мүше, член, депутат, member.</summary>
    Member,

    /// <summary>Deputies, which a deputy group's sentence names: депутат, deput.</summary>
    Deputy,

    /// <summary>A group (of deputies): тоб, групп, group.</summary>
    Group,

    /// <summary>Inter-chamber: палатааралық, межпалатн, inter-chamber.</summary>
    InterChamber,

    /// <summary>A project's word after its quoted name (Kazakh «…» жобасы).</summary>
    ProjectAfterName,

    /// <summary>A project's word before its quoted name (проект «…», project «…»).</summary>
    ProjectBeforeName,

    /// <summary>A theme's word after its quoted name (Kazakh «…» тақырыбында).</summary>
    ThemeAfterName,

    /// <summary>A theme's word before its quoted name (на тему «…», theme «…»).</summary>
    ThemeBeforeName,

    /// <summary>Words of a place opened: ашылды, открыт, opened.</summary>
    Opened,

    /// <summary>An office a person holds: әкім, председател, chair.</summary>
    Office,

    /// <summary>Words an office may start with besides an office word: облыс (әкімі), мемлекет (басшысы), state.</summary>
    OfficeStart,

    /// <summary>A moderator: модератор, moderat.</summary>
    Moderator,

    /// <summary>Words of speech (said, noted, отметил, деді): a person's words, not the report's.</summary>
    Speech,

    /// <summary>Words of taking part: қатыс, участ, attend.</summary>
    Participation,

    /// <summary>Endings of surnames and patronymics (ұлы, ова, ов): a name whose second word ends so is a person.</summary>
    SurnameEnding,

    /// <summary>Case endings a surname takes in a sentence (тың, а, у); listed in any order, tried longest first.</summary>
    NameCaseEnding,

    /// <summary>An anniversary: жылдығ, летие, anniversar.</summary>
    Anniversary,

    /// <summary>Years, before a word of their passing (30 жыл толып, 30 лет со дня, 30 years since).</summary>
    Years,

    /// <summary>The word of passing after <see cref="Years"/> that makes them an anniversary: тол, со, since.</summary>
    YearsPassed,

    /// <summary>A year after a number: жыл, год, г, year.</summary>
    Year,

    /// <summary>The abbreviation of a year after a number, a whole word: г (2024 г.).</summary>
    YearAbbreviation,

    /// <summary>The month word after a month's name or a count of months, where the language writes one: Kazakh ай.</summary>
    MonthAfterName,

    /// <summary>A count of months: месяц, ай, month.</summary>
    Months,

    /// <summary>Monthly, which is not a count of months: айлық.</summary>
    Monthly,

    /// <summary>A quarter of a year: тоқсан, квартал, quarter.</summary>
    Quarter,

    /// <summary>A half-year in one word: полугоди, half.</summary>
    HalfYear,

    /// <summary>The endings of a place's case (наурызда: да, де, та, те; в школах: ах, ях): after a month stem they make the
    /// month alone a period; on the noun right after a number they make it a count of places («25 мектепте іс-шара»:
    /// schools, not the events held in them).</summary>
    LocativeEnding,

    /// <summary>A word before a month's form that makes the month alone a period (в марте, in March, за март; the results
    /// of a month: «итоги января», «summed up January»), whole words.</summary>
    MonthPreposition,

    /// <summary>The publication day, whole words: бүгін, сегодня, today.</summary>
    Today,

    /// <summary>The day before publication, whole words: кеше, вчера, yesterday.</summary>
    Yesterday,

    /// <summary>A season, which dates counts by no period the model holds: көктемде, весной, spring.</summary>
    Season,

    /// <summary>A word that makes a year the start of a span up to now (since 2015, с 2015 года, 2015 жылдан бері), whole
    /// words: counts over such a span are cumulative, no period the model holds.</summary>
    SpanSince,

    /// <summary>A word of the latest years (за последние пять лет, over the past five years, соңғы бес жылда) before a
    /// count of years or a plural of year: counts over them are no period the model holds.</summary>
    RecentYears,

    /// <summary>A word between two days that makes them a range (с 1 по 10 мая, from 15 March to 15 April), whole words.</summary>
    DayRangeTo,

    /// <summary>A word before the first day of a range (с 1 по 10 мая, from 15 March, between), whole words.</summary>
    DayRangeFrom,

    /// <summary>Endings that make a number an ordinal or a year, not a count (ші, й, th, летие, жыл).</summary>
    OrdinalSuffix,

    /// <summary>Endings that make a number approximate, on digits, a number word or a scale word (Kazakh -дай/-дей/-тай/-тей,
    /// -шақты: 300-дей, жүздей, мыңдай, оншақты), whole endings.</summary>
    ApproximateEnding,

    /// <summary>The number of a thing, before it or after it: саны, количеств, number.</summary>
    NumberOf,

    /// <summary>Verbs of exceeding after a count phrase: асты, превысил, exceed.</summary>
    Exceeded,

    /// <summary>A scale word standing for one of it where a qualifier goes with it (мыңнан астам, более тысячи), whole words.</summary>
    LoneScale,

    /// <summary>Things counted that are neither activities nor people (отбасы, семь, project, tenge): a count of them is no figure.</summary>
    OtherCounted,

    /// <summary>Residents named by where they live: сельчан, горожан, villager, шымкентц.</summary>
    Townspeople,

    /// <summary>A demonym's plural ending (Kazakh лықтар, діктер) after a place name of four letters or more.</summary>
    DemonymPlural,

    /// <summary>Words that open a relative clause on the count just before them: котор, which.</summary>
    RelativeReach,

    /// <summary>Disputes and conflicts, counted as mediation cases where the sentence speaks of mediation: конфликт, dispute.</summary>
    Dispute,

    /// <summary>A dispute's forms that must be whole words (спор, дау: спортивный, дауыс are not disputes).</summary>
    DisputeWholeWord,

    /// <summary>Words that make a sentence about mediation: медиа, бітімгер, mediat.</summary>
    Mediation,

    /// <summary>A Friendship House's own forms, whole, that make it the place where something happened, not the thing opened: үйінде, доме.</summary>
    VenueForm,

    /// <summary>
    /// Words of a campaign or event of the whole republic (республикалық, республиканск, republican): in a report that
    /// names no regional assembly, its figures are the national Assembly's, not those of the city where it was held.
    /// </summary>
    Republican,

    /// <summary>Words right before an assembly that make it another body, a children's, youth or student assembly: детск, балалар, children.</summary>
    OtherAssembly,

    /// <summary>The Assembly's Council (кеңес, совет, council): its members beside a chamber are no deputies the Assembly elected.</summary>
    Council,

    /// <summary>A local representative body (мәслихат, маслихат, maslikhat): its deputies and deputy groups are not Parliament's.</summary>
    LocalCouncil,

    /// <summary>Words that open a relative clause after a comma (whose, which, котор, где): its year, before the first count, is not the count's.</summary>
    RelativeClause,

    /// <summary>Whole words that make a lone scale word after them one of it: «a thousand», «one thousand», «одна тысяча».</summary>
    OneOfScale,

    /// <summary>Whole words that join a second clause with its own subject after a comma: а, ал, and, while.</summary>
    ClauseConjunction,

    /// <summary>Whole adverbs of a rate that may stand a verb away from the count: ежемесячно, ежегодно, monthly, сайын.</summary>
    RateAdverb,

    /// <summary>The session noun in a plural a cardinal count takes (sessions, сессий, сессиялар): «25 sessions» counts sessions, it names none.</summary>
    SessionsCounted,

    /// <summary>Verbs of something still under way (өткізілуде, жалғасуда, проводятся, ongoing): a count so spoken of is still growing, no total held.</summary>
    Ongoing,

    /// <summary>Whole words before a date that names its month first (English «on April 28»): with them, a day after a month is a date, not a count.</summary>
    DatePreposition,

    /// <summary>Whole prepositions that make a four-digit number after them a year: in, в, за, since, by, of.</summary>
    YearPreposition,

    /// <summary>Whole words that join the items of a list of names: және, мен, и, также, and.</summary>
    ListJoin,

    /// <summary>Endings of the genitive, matched at a word's end, not its start: Kazakh -ның, -нің, -дың, -дің, -тың, -тің.</summary>
    GenitiveEnding,

    /// <summary>Endings of a patronymic, matched at a word's end: -ұлы, -улы, -қызы, -uly.</summary>
    PatronymicEnding,

    /// <summary>The session noun in the nominative, whole words (сессия, сессиясы, session): a session named as a sentence's subject.</summary>
    SessionNominative,

    /// <summary>Whole words that are young people after a count no age reaches and an age after a small one (жас).</summary>
    YouthOrAge,

    /// <summary>Whole activity nouns in the singular that no count but one takes (event, meeting, action, case).</summary>
    SingularActivity,

    /// <summary>Endings of a Russian region's adjective, matched at a word's end (-ской: Туркестанской, Омской).</summary>
    RegionAdjectiveEnding,

    /// <summary>The noun a Russian region's adjective goes with, whole words (области): «Акмолинской ассамблеи» names the
    /// region of «Акмолинской области».</summary>
    RegionAdjectiveNoun,

    /// <summary>Places named by the activity held in them, right after its noun (медиация кабинеті, mediation rooms): a count
    /// before the two counts places, not activities.</summary>
    ActivityPlace,

    /// <summary>The plural of a Friendship House's noun (үйлер, houses, домов): houses spoken of in general, no one house opened.</summary>
    HousesPlural,

    /// <summary>Stems of the word for the capital (елорда, столиц, capital): a numbered session the sentence places there,
    /// with no assembly named, is the national Assembly's, which meets in the capital.</summary>
    Capital,

    /// <summary>Stems that make a project the national Assembly's, right before its noun (the national project, общенационального
    /// проекта) or, in Kazakh, between its name and its noun («…» жалпыұлттық жобасы): no region's own project.</summary>
    NationalProject,

    /// <summary>Whole words that end the phrase a count's noun stands in (in English the auxiliaries: were, was, have;
    /// a multiplier: раза, есе, times): «15 questions were asked at the meetings» counts questions, not the meetings
    /// named after them, and «в 2 раза больше мероприятий» counts no events.</summary>
    CountPhraseEnd,

    /// <summary>Stems naming an organiser that is not an assembly (акимат, управлени, әкімдіг, басқарма, akimat,
    /// department, movement): a sentence that names one and no assembly, or follows one in its paragraph, counts that
    /// body's activities.</summary>
    OtherOrganiser,

    /// <summary>Stems near an organiser that make it a source or a speaker's office, not the actor (по данным,
    /// мәліметінше, according, said, руководитель, басшысы): the organiser reports the figures, it did not hold them.</summary>
    SourceCitation,

    /// <summary>Words of a comparison (чем, сравнению, than, compared; in Kazakh after the base: салыстырғанда,
    /// қарағанда): the period beside them is the base compared with, not the period of the counts.</summary>
    Comparison,

    /// <summary>Words after a counted span of years (ішінде, бойы: «5 жыл ішінде»): the years up to now, no period the
    /// model holds.</summary>
    YearsWithin,

    /// <summary>The plural of people in an assembly's name (народов, peoples, халықтары): an assembly of the peoples of
    /// anywhere but Kazakhstan («Ассамблея народов Евразии», «Еуразия халықтары ассамблеясы») is another body; «Ассамблея
    /// народов Казахстана» is the Assembly's name before 2007.</summary>
    PeoplesPlural,

    /// <summary>Endings of a verb's infinitive (Russian -ть: «открыть», to open): a word of opening in that form is a wish
    /// or a decision, not an opening.</summary>
    InfinitiveEnding,

    /// <summary>Whole words for the assembly as the subject of a sentence (ассамблеясы, ассамблея, assembly, and the
    /// bare abbreviations): a headline that opens with the national Assembly in this form («Қазақстан халқы Ассамблеясы
    /// … көмектесті») is the national Assembly's report, and the regions it names after are where it acted.</summary>
    AssemblyAsSubject,

    /// <summary>Whole words for a session with no ending, which a Kazakh numeral takes when it counts («биыл 2 сессия
    /// өткізді», two sessions), where the number a session is called by has its suffix or the noun its possessive
    /// («2-ші сессия», «34 сессиясы»). Read so only in a report whose language names owners before their noun.</summary>
    SessionBareNoun,

    /// <summary>Whole words of a mood or tense that states no deed done: the conditional (Russian бы: «провела бы 200
    /// мероприятий», would have held; Kazakh «өткізер еді») and the present of holding («проводит 300 мероприятий», what an assembly does or
    /// is doing, not a total held). A count in such a sentence was not held.</summary>
    NoDeed,

    /// <summary>Whole words for a year named after a body (года, году, жылы, year: «в рамках года Ассамблеи», «Ассамблея
    /// жылы», «the Year of the Assembly»): the assembly is then the occasion, not the one acting.</summary>
    OccasionYear,

    /// <summary>Whole words asking how many (сколько, қанша, many): a question that asks how many of an activity («Сколько
    /// мероприятий провела ассамблея в этом году?») names what the answer right after it counts («– Более 250»).</summary>
    HowMany,

    /// <summary>Whole words of the possessive that points back to the subject (свое, its, өзінің): an anniversary right
    /// after one («Ассамблея народа Казахстана отмечает свое 30-летие», «the Assembly … marks its 30th anniversary») is
    /// the assembly named earlier in the sentence.</summary>
    OwnPossessive,

    /// <summary>Endings of a participle of what is still to come, in a language that puts it before the noun (kk «-атын»,
    /// «-етін»: «Астанада 18 сәуірде туын көтеретін … XXI сессиясына», the session that will raise its banner): a
    /// session right after such a word has not yet met.</summary>
    FutureParticipleEnding,

    /// <summary>Whole words of opening in the perfect that tell background, not news (kk «ашылған» closing its sentence:
    /// «Ел бойынша ең алғашқы Достық үйі Шығыста ашылған», the country's first house opened in the East, at some time):
    /// a house so opened, with no day or period of its own, is a mention, not an opening on the report's day.</summary>
    OpenedPerfect,

    /// <summary>Whole words of the quarter in the form a cardinal takes (ru «квартала», en «quarters»): «за 3 квартала
    /// 2025 года», «the first 3 quarters» count quarters from January, where «в 3 квартале» names the third. A number
    /// word before any form of the quarter («за три квартала», «үш тоқсанда») counts them too.</summary>
    QuartersCounted,

    /// <summary>Words that may stand between a session's number and the session (en «regular», «extraordinary»: «the 35th
    /// regular session»; ru «очередная»; kk «кезекті»): the number is still the session's. Not «anniversary»: «the 30th
    /// anniversary session» counts years.</summary>
    SessionAdjective,

    /// <summary>Whole words of time gone by before now (ru «назад», kk «бұрын», en «ago»: «15 лет назад открылся Дом
    /// дружбы»): what a sentence so dated happened on no day the report gives, not on the day it was published.</summary>
    Ago,

    /// <summary>Words of reaching an age, right before the years (ru «исполнилось», «исполнится», en «turns»): «Ассамблее
    /// народа Казахстана исполнилось 30 лет», «the Assembly turns 30» name the assembly's anniversary.</summary>
    Turns,

    /// <summary>Adjectives of other countries right before an assembly («the Kyrgyz assembly», «кыргызская ассамблея»,
    /// «қырғыз ассамблеясы»): that country's body, whose figures are no fact. Alone they may name an ethnic group of
    /// Kazakhstan («Kyrgyz ECO»), so only before an assembly do they count.</summary>
    ForeignAdjective,

    /// <summary>Whole words of a district as the owner of an assembly (kk «ауданының», «ауданы» before it: «Сайрам
    /// ауданының Қазақстан халқы Ассамблеясы»; ru «района» right after its name: «Ассамблеи народа Казахстана Сайрамского
    /// района»): a district's assembly, whose figures the reader places no fact for.</summary>
    DistrictOwner,

    /// <summary>Endings joined to a number that make it a part of what was counted before (kk «оның 120-сы жастар
    /// арасында», «31-і ассамблея мүшелері»: 120 of them, 31 of them), whole: such a number counts nothing of its own.</summary>
    PartEnding,

    /// <summary>Words of percent after a number (en «percent», ru «процент», kk «пайыз»), as the sign «%» is: a share,
    /// whose base («of all the events in the country») is not whose the figures are.</summary>
    Percent,

    /// <summary>Whole words of a total (ru «всего», «итого», kk «барлығы», «жалпы», en «total», «overall»,
    /// «altogether»): a count so marked, of the kind, body and period of the one just before it in its paragraph, is
    /// the whole that one was a part of («Молодежное крыло провело 54 мероприятия. Всего ассамблея провела 212»); people so
    /// marked (ru «Охват составил …», the coverage) are the whole's reach, past a part counted between.</summary>
    Total,

    /// <summary>Whole words of each (ru «каждой», «каждом», kk «әрбір», en «each», «every»; not kk «әр», which also makes
    /// «әр түрлі», various), within six words before a number: so many at each one, no count of all («в каждой встрече
    /// участвовали 50 человек»).</summary>
    Each,

    /// <summary>Whole words before a day of the week that put it in the week before (en «last», ru «прошлую», «прошлый»,
    /// kk «өткен»): «last Friday» is the Friday before the day of publication.</summary>
    LastWeekday,

    /// <summary>Words of a day as a unit of time (ru «дн», «день», kk «күн», en «day»): with a count and
    /// <see cref="Ago"/> («три дня назад», «3 days ago», «үш күн бұрын») they date a sentence so many days before
    /// publication.</summary>
    DayUnit,

    /// <summary>Whole words of working together (en «together», «jointly», ru «совместно», «вместе», kk «бірлесіп», «бірге»)
    /// around an assembly's name in a sentence that names another organiser: the assembly was its partner, and the
    /// organiser's activities are not the assembly's.</summary>
    Together,

    /// <summary>Stems of helping (en «help», «assist», ru «помог», «помощ», kk «көмек»), right before a count of people or
    /// right after it: people helped, who are no reach of the activities counted.</summary>
    Help,

    /// <summary>Stems of words that refer back to a figure just given (en «figure», «data», ru «цифр», «данн», «показател»,
    /// kk «көрсеткіш», «дерек», «мәлімет»): a sentence with no count of its own that names a period with one of them («The
    /// figure covers the first half of 2025», «Эти данные – за первое полугодие») gives the count of the sentence before
    /// it, which named none, that period.</summary>
    Figure,

    /// <summary>Whole words of instead (ru «вместо», en «instead», kk «орнына», after its noun): the count it governs (the
    /// next in Russian and English, the one before in Kazakh: «вместо запланированных 200 мероприятий», «жоспарланған 200
    /// іс-шараның орнына») is the plan, and the plan word beside it marks no other count of the sentence («… проведено
    /// 230»).</summary>
    Instead,

    /// <summary>Whole words of being between a count's number and what it counts (en «were», «are»: «Of the 1,200 events
    /// …, 300 were charity actions»); Russian and Kazakh name the kind right after the number.</summary>
    Copula,

    /// <summary>Stems of a side in talks (kk «тарап», ru «сторон», en «side»): after an adjective of another country
    /// («Қырғыз тарапы», «кыргызская сторона», «the Kyrgyz side») the sentence's figures are that country's.</summary>
    Side,

    /// <summary>Whole words that open a comparison's base with its noun left out (ru «против», en «against», «from» of
    /// «up from», «with» of «compared with»; kk names the base with a dash or before «қарағанда»): «провела 410
    /// мероприятий против 350 в 2024 году», «410 events in 2025, up from 350 in 2024» state the same kind for the base's
    /// own period.</summary>
    Against,

    /// <summary>Stems of fulfilling (kk «орындал», «орындад», ru «выполнен», «выполнил», en «fulfilled»): a plan word right
    /// before one («жылдық жоспардың 95 пайызын орындады», «план выполнен») speaks of a plan carried out, and a clause it
    /// opens («…, выполнено 870») states what was held.</summary>
    Fulfilled,

    /// <summary>Whole words of a verb of holding in a past form (ru «провела», «проведено», «прошли», en «held»,
    /// «organised», kk «өткізді», «өткізілді», «өтті»): one between a plan word and a count after it («Из 300
    /// запланированных мероприятий … провела 280»), or, where the verb comes last, right after the count's noun
    /// («жоспарланған 300 іс-шара өткізілді»), makes that count held.</summary>
    HeldVerb,

    /// <summary>Stems of one event (kk «фестивал», «форум», «концерт», «көрме», ru «фестивал», «форум», «концерт»,
    /// «выставк», «церемони», en «festival», «forum», «concert», «exhibition», «ceremony», «gala»): people counted
    /// within four words after one, after the sentence's counts («Фестивальге 5 мыңнан астам адам жиналды», «The festival
    /// drew 5,000 people»), are that event's audience, no reach of the activities counted.</summary>
    OneEvent,

    /// <summary>Stems of calling off (ru «отмен», «перенес», en «cancel», «postpone», kk «кейінге», «тоқтатыл»,
    /// «өткізілмед»): a sentence with one counts activities that were not held («отменила 40 мероприятий», «has
    /// postponed 12 events», «15 іс-шарасы кейінге қалдырылды»).</summary>
    Cancelled,

    /// <summary>Stems of support (ru «поддержк», «содействи», en «support», kk «қолдау»): an assembly named only as the
    /// one whose support others had («При поддержке Ассамблеи … в школах проведено 50 мероприятий», «With the support of
    /// the … Assembly, local schools held 30 events», «ҚХА қолдауымен 40 іс-шара өтті») did not hold the activities.</summary>
    Support,

    /// <summary>Whole words of an average (ru «среднем», «средний», en «average», kk «орташа», «есеппен» of «орта
    /// есеппен»): a count with one within six words before it or four after («On average, 80 people attended each of
    /// them», «в среднем 80 человек», «орта есеппен 80 адам») is a rate of one activity, no count of a period.</summary>
    Average,

    /// <summary>Whole words of a district as a place, after its capitalised name (ru «районе», kk «ауданында»,
    /// «ауданындағы», en «district»): a count in a clause with one («45 мероприятий в Бурабайском районе», «Бурабай
    /// ауданында 45 іс-шара») counts one district's part, no count of the body's period («в районе 300» is «about»: no
    /// name before it).</summary>
    DistrictPlace,

    /// <summary>Stems of taking part, attending or being reached (ru «участ», «посет», «охват», en «attend», «took»,
    /// «reach», kk «қатыс», «қамт», «жиналд»): people counted in the sentence after a summary are its reach only in a
    /// sentence with one («В них приняли участие 50 тысяч человек»); «The chairman received 25 citizens» is no
    /// reach.</summary>
    Reached,

    /// <summary>Whole words of an error or an earlier version (ru «ошибочно», «неверно», «версии», en «incorrectly»,
    /// «version», kk «қате»): a sentence with one states figures the text says were wrong («An earlier version said … 350
    /// events»); the figure a next sentence gives instead («The correct figure is 380») is the count.</summary>
    Erroneous,

    /// <summary>Stems of growing to a figure (ru «вырос», «увеличил», «достиг», en «grew», «rose», «increased», kk «өсті»,
    /// «артты», «жетті»): «up to» beside one is «to» («выросло до 780», «780-ге дейін өсті»), an exact figure, not a
    /// bound.</summary>
    Grew,

    /// <summary>Stems of people in a role that is no reach (ru «лауреат», «победител», «волонтер», «жюри», «делегаци»,
    /// en «laureate», «winner», «volunteer», «jury», «delegation», kk «жүлдегер», «жеңімпаз», «ерікті», «делегация»), of
    /// one event (ru «конкурс», «открыти», en «contest», «opening», kk «байқау», «ашылу») or a superlative (ru «самое»,
    /// en «largest», kk «ең»): people counted in the sentence after a summary with one are no reach of that
    /// summary.</summary>
    NoReach,

    /// <summary>Whole words that point back (ru «эти», «те», en «those», «these», kk «осы», «сол») between a word of the
    /// latest years and their count («Over those five years», «за эти пять лет», «осы бес жылда»): years up to now, no
    /// period of the model.</summary>
    Those,

    /// <summary>Whole words of one organisation as the subject of a verb of holding (ru «общество», «центр», en
    /// «society», «centre», kk «орталығы», «қоғамы»): «общество провело 45 мероприятий», in a sentence naming no
    /// assembly, counts that organisation's own activities, not an assembly's (all ethnocultural associations together,
    /// in the plural, act with their assembly).</summary>
    OneOrganisation,

    /// <summary>Whole words of «organised by» that begin like a word of <see cref="Plan"/> (kk «ұйымдастыруымен»,
    /// «өткізуімен»: the instrumental of the verbal noun, where «ұйымдастыруы тиіс» is an obligation): no plan.</summary>
    OrganisedBy,

    /// <summary>Stems of being founded or created (ru «создан», «образован», «основан», en «created», «founded»,
    /// «established»): a clause opening a sentence with one, up to its comma («Created in 2022 together with the region,
    /// the Abai assembly held 350 events in 2025»), dates the body, not its counts.</summary>
    Founded,

    /// <summary>A pronoun standing for the activities the sentence before named (ru «их»: «Всего за десять месяцев их
    /// проведено 610», «их было 540»), within two words before a bare number: the number counts those activities.</summary>
    BackPronoun,

    /// <summary>Adjectives of a thing counted that is no activity (en «family», «ethnic», ru «семейн», kk «отбасылық»):
    /// right before an activity's noun they describe it («15 family festivals», «15 семейных фестивалей», «15 отбасылық
    /// фестиваль»), and the count is of those activities.</summary>
    OtherCountedAdjective,

    /// <summary>A pronoun of a place named before (ru «в нём»), whole words, right after a verb of holding and within three
    /// words before a count: the activities held at that one place («В Экибастузе открылся Дом дружбы. Ассамблея провела в
    /// нём уже 6 мероприятий») are a part of the assembly's work, no period's count. (Kazakh «онда» and Russian «там» also
    /// point to the session a figure was told at, so they are not among them.)</summary>
    AtThatPlace,
}
