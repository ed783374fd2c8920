using System;
using System.Collections.Generic;
using System.Globalization;
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
    private static readonly Dictionary<Type, LocalizedText[]> EnumTexts = new()
    {
        [typeof(AssemblyActivityKind)] =
        [
            T("іс-шара", "мероприятие", "event"),
            T("қайырымдылық акциясы", "благотворительная акция", "charity action"),
            T("ақпараттық-насихаттық кездесу", "информационно-разъяснительная встреча", "information and outreach meeting"),
            T("мәдени іс-шара", "культурное мероприятие", "cultural event"),
            T("спорттық іс-шара", "спортивное мероприятие", "sports event"),
            T("мерейтойлық іс-шара", "юбилейное мероприятие", "anniversary event"),
            T("этномедиация жағдайы", "случай этномедиации", "ethnomediation case"),
        ],
        [typeof(MemberCategory)] =
        [
            T("этномәдени бірлестік өкілі", "представитель этнокультурного объединения", "ethnocultural association representative"),
            T("қоғам қайраткері", "общественный деятель", "public figure"),
            T("Парламент депутаты", "депутат Парламента", "deputy of Parliament"),
            T("министр", "министр", "minister"),
            T("әкім", "аким", "akim"),
        ],
        [typeof(SessionRole)] =
        [
            T("төраға", "председатель", "chair"),
            T("модератор", "модератор", "moderator"),
            T("сөз сөйлеуші", "выступающий", "speaker"),
        ],
        [typeof(ParticipantGroup)] =
        [
            T("ҚХА Кеңесінің мүшелері", "члены Совета АНК", "members of the APK Council"),
            T("зиялы қауым өкілдері", "представители интеллигенции", "public figures"),
            T("аудан, қала әкімдері", "акимы районов и городов", "district and city akims"),
            T("ҚХА құрылымдарының жетекшілері мен мүшелері", "руководители и члены структур АНК", "leaders and members of the assembly's bodies"),
            T("этномәдени бірлестіктердің жетекшілері мен мүшелері", "руководители и члены этнокультурных объединений", "leaders and members of ethnocultural associations"),
            T("жастар ұйымдары", "молодёжные организации", "youth organisations"),
        ],
        [typeof(CountQualifier)] =
        [
            T("дәл", "ровно", "exactly"),
            T("жуық", "около", "about"),
            T("аса", "более", "more than"),
            T("кемінде", "не менее", "at least"),
            T("дейін", "до", "up to"),
        ],
        [typeof(Chamber)] =
        [
            T("Сенат", "Сенат", "Senate"),
            T("Мәжіліс", "Мажилис", "Mazhilis"),
            T("Ұлттық құрылтай", "Национальный курултай", "National Kurultai"),
        ],
        [typeof(AssemblyLevel)] =
        [
            T("республикалық", "республиканский", "national"),
            T("облыстық", "областной", "regional"),
            T("аудандық", "районный", "district"),
        ],
        [typeof(PlaceKind)] =
        [
            T("облыс", "область", "region"),
            T("аудан", "район", "district"),
            T("қала", "город", "city"),
            T("ауыл", "село", "village"),
        ],
        [typeof(RegionKind)] =
        [
            T("облыс", "область", "region"),
            T("республикалық маңызы бар қала", "город республиканского значения", "city of republican significance"),
        ],
        [typeof(Audience)] =
        [
            T("адам", "человек", "people"),
            T("тұрғын", "житель", "residents"),
        ],
        [typeof(FriendshipHouseStatus)] =
        [
            T("ұсынылған", "предложен", "proposed"),
            T("ашылған", "открыт", "opened"),
        ],
        [typeof(CoverageKind)] =
        [
            T("деректер жоқ", "нет данных", "no data"),
            T("ішінара", "частично", "partial"),
            T("толық", "полностью", "complete"),
        ],
        [typeof(ReportingPeriodKind)] =
        [
            T("күнтізбелік жыл", "календарный год", "calendar year"),
            T("тоқсан", "квартал", "quarter"),
            T("ай", "месяц", "month"),
            T("жыл басынан бері", "с начала года", "since the start of the year"),
            T("кезең", "период", "period"),
        ],
        [typeof(KazakhCase)] =
        [
            T("атау септік", "именительный падеж", "nominative"),
            T("ілік септік", "родительный падеж", "genitive"),
            T("барыс септік", "дательный падеж", "dative"),
            T("табыс септік", "винительный падеж", "accusative"),
            T("жатыс септік", "местный падеж", "locative"),
            T("шығыс септік", "исходный падеж", "ablative"),
            T("көмектес септік", "творительный падеж", "instrumental"),
        ],
        [typeof(Language)] =
        [
            T("ағылшын тілі", "английский язык", "English"),
            T("қазақ тілі", "казахский язык", "Kazakh"),
            T("орыс тілі", "русский язык", "Russian"),
        ],
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
    internal static IReadOnlyCollection<Type> LocalizedEnums => EnumTexts.Keys;

    /// <summary>Gets the kk/ru/en text of a domain enum member.</summary>
    /// <typeparam name="TEnum">A domain enum (see <see cref="LocalizedEnums"/>).</typeparam>
    /// <param name="value">The member.</param>
    /// <returns>Its text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The type has no text here or the value is not a defined member.</exception>
    public static LocalizedText Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => OfEnum(typeof(TEnum), Convert.ToInt32(value, CultureInfo.InvariantCulture), value);

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
            Enum member when EnumTexts.ContainsKey(member.GetType()) =>
                language.InScript(language.Text(OfEnum(member.GetType(), Convert.ToInt32(member, CultureInfo.InvariantCulture), member))),
            Enum other => other.ToString(),

            // Through the provider, which knows that NodaTime's values take a culture, not a provider of its own
            // (a LocalDate handed this provider directly threw "Cannot use provider").
            _ => DomainFormatProvider.For(language).Format(null, value, null),
        };
    }

    private static LocalizedText OfEnum(Type type, int index, object value)
    {
        if (!EnumTexts.TryGetValue(type, out LocalizedText[]? texts))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{type.Name} has no localized text.");
        }

        return index >= 0 && index < texts.Length && Enum.IsDefined(type, value)
            ? texts[index]
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a defined {type.Name}.");
    }

    private static LocalizedText T(string kazakh, string russian, string english) => LocalizedText.Create(kazakh, russian, english);
}
