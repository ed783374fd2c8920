using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Localization.Profiles;

/// <summary>
/// What a run of words tells the report reader, for <see cref="ReadingVocabulary.Add(ReadingPhrase, string[])"/>: one
/// entry is one phrase, its words in order, each matched as a stem unless the phrase says whole words.
/// </summary>
[JsonConverter(typeof(EnumNameJsonConverter<ReadingPhrase>))]
public enum ReadingPhrase
{
    /// <summary>Since the start of the year: жыл басынан, с начала года, year to date.</summary>
    YearToDate,

    /// <summary>This year: биыл, в этом году, this year.</summary>
    ThisYear,

    /// <summary>Last year: былтыр, в прошлом году, last year.</summary>
    LastYear,

    /// <summary>This month: осы айда, в этом месяце, this month.</summary>
    ThisMonth,

    /// <summary>Last month: өткен айда, в прошлом месяце, last month.</summary>
    LastMonth,

    /// <summary>A unit of time after a counted noun that makes the count a rate (в день, a day, per week), whole phrase.</summary>
    PerUnit,

    /// <summary>A half-year in two words, the half then the year: Kazakh жарты жыл, Russian половина года.</summary>
    HalfYear,

    /// <summary>The whole country, which makes a sentence's figures the national Assembly's: елімізде, по всей стране, nationwide.</summary>
    National,

    /// <summary>One district, whole words (аудан бойынша, по району): a district's figure, not its region's.</summary>
    District,

    /// <summary>A Friendship House in two words: достық үй, дом дружбы, friendship house.</summary>
    FriendshipHouse,

    /// <summary>Words before a date that make the counts the year's up to it: по состоянию на, as of.</summary>
    AsOfBeforeDate,

    /// <summary>Words after a date that make the counts the year's up to it: Kazakh жағдай бойынша.</summary>
    AsOfAfterDate,

    /// <summary>Words before a Friendship House that make it the place where something happened, not the thing opened: at the, в, на базе.</summary>
    VenueBefore,

    /// <summary>Words of a span of years up to now with no period the model holds: осы жылдар ішінде, за годы работы, over the years.</summary>
    OverTheYears,

    /// <summary>Words of a year's end (at the end of the year, в конце года, жыл соңында): in a report published in the
    /// first half of January, «this year» is the year just ended.</summary>
    YearEnd,

    /// <summary>The first words of the names of the national Assembly's own projects («Большая страна – большая
    /// семья», «Big Country – Big Family», «Үлкен ел – үлкен отбасы»): a project so named is the national Assembly's
    /// wherever a report names it, with or without the word national.</summary>
    NationalProjectName,

    /// <summary>One and a half before a scale word (полторы тысячи, бір жарым мың, one and a half thousand): 1.5 of
    /// that scale.</summary>
    OneAndAHalf,

    /// <summary>Words of the same period in another year, the base of a comparison (за этот период, за аналогичный
    /// период, осы кезеңде, the same period): a count after them in the sentence is that other year's part, not a total
    /// of any period the report names.</summary>
    SamePeriod,

    /// <summary>Words of the day just named (в тот же день, сол күні, on the same day): a sentence so dated has the day
    /// the sentence before it in its paragraph gave.</summary>
    SameDay,

    /// <summary>Words of the year just named (в том же году, сол жылы, in the same year): a sentence so dated counts over
    /// the year the sentence before it in its paragraph named.</summary>
    SameYear,

    /// <summary>The year up to the day of writing (за прошедший год, соңғы бір жылда, over the past year): in a report of
    /// January or February the calendar year just ended; later in a year, twelve months up to now, which is no period the
    /// model holds.</summary>
    PastYear,

    /// <summary>Words that open a share of what was counted just before (оның, оның ішінде, из них, of these): «Оның 380-і
    /// Ассамблеяның 30 жылдығына арналды», «Of these, 40 were charity actions» add that part, of its kind, to the summary
    /// just read.</summary>
    OfThem,

    /// <summary>Words of the month just named (в том же месяце, сол айда, in the same month): a sentence so dated counts
    /// over the month the sentence before it in its paragraph named.</summary>
    SameMonth,

    /// <summary>Words before a month that count up to its end (ru «к концу», «до конца», en «by the end of»): «к концу
    /// ноября проведено 900 мероприятий» counts the year up to 30 November.</summary>
    MonthEndBefore,

    /// <summary>Words after a month that count up to its end (kk «айының соңына дейін», «соңына дейін»): «Қараша айының
    /// соңына дейін 900 іс-шара өткізілді» counts the year up to 30 November.</summary>
    MonthEndAfter,

    /// <summary>This week (на этой неделе, осы аптада, this week): from its Monday to the day of publication.</summary>
    ThisWeek,

    /// <summary>Last week (на прошлой неделе, өткен аптада, last week): Monday to Sunday of the week before
    /// publication's.</summary>
    LastWeek,

    /// <summary>The weekend (в выходные, демалыс күндері, over the weekend): the latest Saturday and Sunday up to
    /// publication.</summary>
    Weekend,

    /// <summary>Next year (в следующем году, келесі жылы, next year): the year after publication's, a time still to come,
    /// whose counts are planned, not held.</summary>
    NextYear,

    /// <summary>Words that open a sentence about a part of what was counted before, beyond those of <see cref="OfThem"/>
    /// (ru «среди них», kk «олардың арасында», en «including», «among them»): people it counts, as after «в том числе»
    /// or «оның ішінде», are that part's, no reach of the whole.</summary>
    PartOpening,

    /// <summary>The reporting period (ru «за отчетный период», kk «есепті кезеңде», en «in the reporting period»): the period
    /// named before it, where one was; alone, it names none, and its counts are mentions.</summary>
    ReportingPeriod,

    /// <summary>A body acting on its own (ru «по собственной инициативе», kk «өз бастамасымен», en «on their own
    /// initiative»): in a sentence naming no assembly, whoever acted so is another organiser, and its counts are
    /// mentions.</summary>
    OwnInitiative,

    /// <summary>Days the report does not date (ru «за неделю», kk «апта ішінде», en «over the week»): counts over them are
    /// no period the model holds, and are mentions.</summary>
    UndatedDays,

    /// <summary>A half added to the number before it (ru «с половиной», kk «жарым», en «and a half»): «двух с половиной
    /// тысяч», «екі жарым мың», «two and a half thousand» are 2,500; only before a scale word.</summary>
    AndAHalf,
}
