using System;
using System.Collections.Generic;
using System.Linq;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Council;
using Kz.Assembly.Domain.Facilities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Localization.Profiles;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// The kk/ru/en text of every domain value, through one path: <see cref="Format"/> takes any domain enum or
/// <see cref="IFormattable"/> domain value and a culture name. The text lives in the library, not in the OS's
/// culture data, so output is the same everywhere, <c>InvariantGlobalization=true</c> included.
/// </summary>
public static class DomainText
{
    // Keyed by member, not by position: reordering an enum cannot shift a text, and a member without one is found by
    // CompletenessTests (and refused by Of and Format) instead of borrowing its neighbour's.
    private static readonly Dictionary<Enum, LocalizedText> EnumTexts = new()
    {
        [AssemblyActivityKind.Event] = T("іс-шара", "мероприятие", "event"),
        [AssemblyActivityKind.CharityAction] = T("қайырымдылық акциясы", "благотворительная акция", "charity action"),
        [AssemblyActivityKind.OutreachMeeting] = T("ақпараттық-насихаттық кездесу", "информационно-разъяснительная встреча", "information and outreach meeting"),
        [AssemblyActivityKind.CulturalEvent] = T("мәдени іс-шара", "культурное мероприятие", "cultural event"),
        [AssemblyActivityKind.SportsEvent] = T("спорттық іс-шара", "спортивное мероприятие", "sports event"),
        [AssemblyActivityKind.AnniversaryEvent] = T("мерейтойлық іс-шара", "юбилейное мероприятие", "anniversary event"),
        [AssemblyActivityKind.EthnomediationCase] = T("этномедиация жағдайы", "случай этномедиации", "ethnomediation case"),

        [MemberCategory.EthnoculturalAssociationRepresentative] = T("этномәдени бірлестік өкілі", "представитель этнокультурного объединения", "ethnocultural association representative"),
        [MemberCategory.PublicFigure] = T("қоғам қайраткері", "общественный деятель", "public figure"),
        [MemberCategory.ParliamentDeputy] = T("Парламент депутаты", "депутат Парламента", "deputy of Parliament"),
        [MemberCategory.Minister] = T("министр", "министр", "minister"),
        [MemberCategory.Akim] = T("әкім", "аким", "akim"),

        [SessionRole.Chair] = T("төраға", "председатель", "chair"),
        [SessionRole.Moderator] = T("модератор", "модератор", "moderator"),
        [SessionRole.Speaker] = T("сөз сөйлеуші", "выступающий", "speaker"),

        [ParticipantGroup.AssemblyCouncilMembers] = T("ҚХА Кеңесінің мүшелері", "члены Совета АНК", "members of the APK Council"),
        [ParticipantGroup.PublicFigures] = T("зиялы қауым өкілдері", "представители интеллигенции", "public figures"),
        [ParticipantGroup.DistrictAndCityAkims] = T("аудан, қала әкімдері", "акимы районов и городов", "district and city akims"),
        [ParticipantGroup.AssemblyStructures] = T("ҚХА құрылымдарының жетекшілері мен мүшелері", "руководители и члены структур АНК", "leaders and members of the assembly's bodies"),
        [ParticipantGroup.EthnoculturalAssociations] = T("этномәдени бірлестіктердің жетекшілері мен мүшелері", "руководители и члены этнокультурных объединений", "leaders and members of ethnocultural associations"),
        [ParticipantGroup.YouthOrganisations] = T("жастар ұйымдары", "молодёжные организации", "youth organisations"),

        // An exact count has no qualifier word in any language; the others are the words each profile writes.
        [CountQualifier.Exact] = T("дәл", "ровно", "exactly"),
        [CountQualifier.About] = WrittenQualifier(CountQualifier.About),
        [CountQualifier.MoreThan] = WrittenQualifier(CountQualifier.MoreThan),
        [CountQualifier.AtLeast] = WrittenQualifier(CountQualifier.AtLeast),
        [CountQualifier.UpTo] = WrittenQualifier(CountQualifier.UpTo),

        [Chamber.Senate] = T("Сенат", "Сенат", "Senate"),
        [Chamber.Mazhilis] = T("Мәжіліс", "Мажилис", "Mazhilis"),
        [Chamber.NationalKurultai] = T("Ұлттық құрылтай", "Национальный курултай", "National Kurultai"),

        [AssemblyLevel.National] = T("республикалық", "республиканский", "national"),
        [AssemblyLevel.Regional] = T("облыстық", "областной", "regional"),
        [AssemblyLevel.District] = T("аудандық", "районный", "district"),

        [PlaceKind.Region] = T("облыс", "область", "region"),
        [PlaceKind.District] = T("аудан", "район", "district"),
        [PlaceKind.City] = T("қала", "город", "city"),
        [PlaceKind.Village] = T("ауыл", "село", "village"),

        [RegionKind.Region] = T("облыс", "область", "region"),
        [RegionKind.City] = T("республикалық маңызы бар қала", "город республиканского значения", "city of republican significance"),

        [Audience.People] = T("адам", "человек", "people"),
        [Audience.Residents] = T("тұрғын", "житель", "residents"),

        [FriendshipHouseStatus.Proposed] = T("ұсынылған", "предложен", "proposed"),
        [FriendshipHouseStatus.Opened] = T("ашылған", "открыт", "opened"),

        [CoverageKind.None] = T("деректер жоқ", "нет данных", "no data"),
        [CoverageKind.Partial] = T("ішінара", "частично", "partial"),
        [CoverageKind.Complete] = T("толық", "полностью", "complete"),

        [ReportingPeriodKind.CalendarYear] = T("күнтізбелік жыл", "календарный год", "calendar year"),
        [ReportingPeriodKind.Quarter] = T("тоқсан", "квартал", "quarter"),
        [ReportingPeriodKind.Month] = T("ай", "месяц", "month"),
        [ReportingPeriodKind.YearToDate] = T("жыл басынан бері", "с начала года", "since the start of the year"),
        [ReportingPeriodKind.Custom] = T("кезең", "период", "period"),

        [KazakhCase.Nominative] = T("атау септік", "именительный падеж", "nominative"),
        [KazakhCase.Genitive] = T("ілік септік", "родительный падеж", "genitive"),
        [KazakhCase.Dative] = T("барыс септік", "дательный падеж", "dative"),
        [KazakhCase.Accusative] = T("табыс септік", "винительный падеж", "accusative"),
        [KazakhCase.Locative] = T("жатыс септік", "местный падеж", "locative"),
        [KazakhCase.Ablative] = T("шығыс септік", "исходный падеж", "ablative"),
        [KazakhCase.Instrumental] = T("көмектес септік", "творительный падеж", "instrumental"),

        [Language.English] = T("ағылшын тілі", "английский язык", "English"),
        [Language.Kazakh] = T("қазақ тілі", "казахский язык", "Kazakh"),
        [Language.Russian] = T("орыс тілі", "русский язык", "Russian"),
    };
    private static readonly Dictionary<AssemblyActivityKind, LocalizedNoun> ActivityNouns = new()
    {
        [AssemblyActivityKind.Event] = LocalizedNoun.Create("іс-шара", NounForms.Russian("мероприятие", "мероприятия", "мероприятий", "мероприятия", GrammaticalGender.Neuter), NounForms.SingularPlural("event", "events")),
        [AssemblyActivityKind.CharityAction] = LocalizedNoun.Create("қайырымдылық акциясы", NounForms.Russian("благотворительная акция", "благотворительные акции", "благотворительных акций", "благотворительной акции", GrammaticalGender.Feminine), NounForms.SingularPlural("charity action", "charity actions")),
        [AssemblyActivityKind.OutreachMeeting] = LocalizedNoun.Create("ақпараттық-насихаттық кездесу", NounForms.Russian("информационно-разъяснительная встреча", "информационно-разъяснительные встречи", "информационно-разъяснительных встреч", "информационно-разъяснительной встречи", GrammaticalGender.Feminine), NounForms.SingularPlural("information and outreach meeting", "information and outreach meetings")),
        [AssemblyActivityKind.CulturalEvent] = LocalizedNoun.Create("мәдени іс-шара", NounForms.Russian("культурное мероприятие", "культурных мероприятия", "культурных мероприятий", "культурного мероприятия", GrammaticalGender.Neuter), NounForms.SingularPlural("cultural event", "cultural events")),
        [AssemblyActivityKind.SportsEvent] = LocalizedNoun.Create("спорттық іс-шара", NounForms.Russian("спортивное мероприятие", "спортивных мероприятия", "спортивных мероприятий", "спортивного мероприятия", GrammaticalGender.Neuter), NounForms.SingularPlural("sports event", "sports events")),
        [AssemblyActivityKind.AnniversaryEvent] = LocalizedNoun.Create("мерейтойлық іс-шара", NounForms.Russian("юбилейное мероприятие", "юбилейных мероприятия", "юбилейных мероприятий", "юбилейного мероприятия", GrammaticalGender.Neuter), NounForms.SingularPlural("anniversary event", "anniversary events")),
        [AssemblyActivityKind.EthnomediationCase] = LocalizedNoun.Create("этномедиация жағдайы", NounForms.Russian("случай этномедиации", "случая этномедиации", "случаев этномедиации", "случая этномедиации", GrammaticalGender.Masculine), NounForms.SingularPlural("ethnomediation case", "ethnomediation cases")),
    };

    private static readonly Dictionary<Audience, LocalizedNoun> AudienceNouns = new()
    {
        [Audience.People] = LocalizedNoun.Create("адам", NounForms.Russian("человек", "человека", "человек", "человека", GrammaticalGender.Masculine), NounForms.SingularPlural("person", "people")),
        [Audience.Residents] = LocalizedNoun.Create("тұрғын", NounForms.Russian("житель", "жителя", "жителей", "жителя", GrammaticalGender.Masculine), NounForms.SingularPlural("resident", "residents")),
    };

    /// <summary>Gets the enum types that have text here.</summary>
    internal static IReadOnlyCollection<Type> LocalizedEnums { get; } = EnumTexts.Keys.Select(member => member.GetType()).ToHashSet();

    /// <summary>Gets the kk/ru/en text of a domain enum member.</summary>
    /// <typeparam name="TEnum">A domain enum (see <see cref="LocalizedEnums"/>).</typeparam>
    /// <param name="value">The member.</param>
    /// <returns>Its text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The type has no text here or the value is not a defined member.</exception>
    public static LocalizedText Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => OfEnum(value);

    /// <summary>Gets the countable noun for a kind of activity (<c>631 мероприятие</c>, <c>49 благотворительных акций</c>).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The noun.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public static LocalizedNoun Noun(AssemblyActivityKind kind) =>
        ActivityNouns.TryGetValue(kind, out LocalizedNoun? noun) ? noun : throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{(int)kind} is not a defined AssemblyActivityKind.");

    /// <summary>Gets the countable noun for an audience (<c>человек</c>, <c>жителей</c>).</summary>
    /// <param name="audience">The audience.</param>
    /// <returns>The noun.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="audience"/> is undefined.</exception>
    public static LocalizedNoun Noun(Audience audience) =>
        AudienceNouns.TryGetValue(audience, out LocalizedNoun? noun) ? noun : throw new ArgumentOutOfRangeException(nameof(audience), audience, $"{(int)audience} is not a defined Audience.");

    /// <summary>
    /// Formats any domain value for a culture: a domain enum by its text here, any <see cref="IFormattable"/> domain
    /// value (region, body, project, session number, date …) through its own culture-aware <c>ToString</c>.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="cultureName">A culture name, resolved by <see cref="LanguageProfiles.Resolve(string?)"/>.</param>
    /// <returns>The text; empty for null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is a domain enum's undefined value.</exception>
    public static string Format(object? value, string? cultureName)
    {
        LanguageProfile language = LanguageProfiles.Resolve(cultureName);
        return value switch
        {
            null => string.Empty,
            // A qualifier in the words the language's own counts use, so a language registered from outside writes its own.
            CountQualifier qualifier when QualifierWord.WrittenFor(language.QualifierWords, qualifier) is { } word => language.InScript(word.Word),
            Enum member when LocalizedEnums.Contains(member.GetType()) => language.InScript(language.Text(OfEnum(member))),
            Enum other => other.ToString(),

            // Through the provider, which knows that NodaTime's values take a culture, not a provider of its own
            // (a LocalDate handed this provider directly threw "Cannot use provider").
            _ => DomainFormatProvider.For(language).Format(null, value, null),
        };
    }

    private static LocalizedText OfEnum(Enum value) =>
        EnumTexts.TryGetValue(value, out LocalizedText? text) ? text
        : throw new ArgumentOutOfRangeException(
            nameof(value),
            value,
            LocalizedEnums.Contains(value.GetType()) ? $"{value} is not a defined {value.GetType().Name}." : $"{value.GetType().Name} has no localized text.");

    private static LocalizedText T(string kazakh, string russian, string english) => LocalizedText.Create(kazakh, russian, english);

    private static LocalizedText WrittenQualifier(CountQualifier qualifier)
    {
        static string Word(LanguageProfile language, CountQualifier qualifier) =>
            QualifierWord.WrittenFor(language.QualifierWords, qualifier)?.Word
            ?? throw new InvalidOperationException($"The {language.Tag} profile writes no word for {qualifier}.");

        return T(Word(LanguageProfiles.Kazakh, qualifier), Word(LanguageProfiles.Russian, qualifier), Word(LanguageProfiles.English, qualifier));
    }
}
