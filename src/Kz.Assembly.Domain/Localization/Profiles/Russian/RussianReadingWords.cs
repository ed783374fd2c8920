using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Sessions;

namespace Kz.Assembly.Domain.Localization.Profiles;

/// <summary>The words the report reader knows in Russian, as stems; months in every form the profile writes.</summary>
internal static class RussianReadingWords
{
    public static ReadingVocabulary Vocabulary { get; } = Months(ReadingVocabulary.Empty
        .AddActivity(AssemblyActivityKind.Event, "мероприят")
        .AddActivity(AssemblyActivityKind.CharityAction, "акци")
        .AddActivity(AssemblyActivityKind.OutreachMeeting, "встреч")
        .AddActivity(AssemblyActivityKind.EthnomediationCase, "этномедиаци", "медиаци")
        .AddActivityModifier(AssemblyActivityKind.CharityAction, "благотворительн")
        .AddActivityModifier(AssemblyActivityKind.CulturalEvent, "культурн")
        .AddActivityModifier(AssemblyActivityKind.SportsEvent, "спортивн")
        .AddAudience(Audience.People, "детей", "школьник", "учащ", "человек", "чел", "людей", "люди", "юнош", "девуш", "молодеж", "участник", "граждан")
        .AddAudience(Audience.Residents, "жител")
        .AddChamber(Chamber.Senate, "сенат")
        .AddChamber(Chamber.Mazhilis, "мажилис")
        .AddChamber(Chamber.NationalKurultai, "курулта")
        .AddParticipantGroup(ParticipantGroup.AssemblyCouncilMembers, "член", "совет")
        .AddParticipantGroup(ParticipantGroup.PublicFigures, "общественност").AddParticipantGroup(ParticipantGroup.PublicFigures, "интеллигенц")
        .AddParticipantGroup(ParticipantGroup.DistrictAndCityAkims, "аким", "район")
        .AddParticipantGroup(ParticipantGroup.AssemblyStructures, "структур")
        .AddParticipantGroup(ParticipantGroup.EthnoculturalAssociations, "этнокультурн")
        .AddParticipantGroup(ParticipantGroup.YouthOrganisations, "молодежн")
        .AddQuarterOrdinal(1, "перв").AddQuarterOrdinal(2, "втор").AddQuarterOrdinal(3, "трет").AddQuarterOrdinal(4, "четверт")
        .Add(ReadingPhrase.YearToDate, "с", "начала", "года").Add(ReadingPhrase.YearToDate, "с", "начала", "текущего", "года")
        .Add(ReadingPhrase.YearToDate, "с", "начала", "этого", "года")
        .Add(ReadingPhrase.ThisYear, "в", "этом", "году").Add(ReadingPhrase.ThisYear, "в", "текущем", "году").Add(ReadingPhrase.ThisYear, "в", "нынешнем", "году")
        .Add(ReadingPhrase.LastYear, "в", "прошлом", "году").Add(ReadingPhrase.LastYear, "в", "минувшем", "году").Add(ReadingPhrase.LastYear, "за", "прошлый", "год")
        .Add(ReadingPhrase.National, "по", "всей", "стран").Add(ReadingPhrase.National, "по", "стране").Add(ReadingPhrase.National, "в", "стране")
        .Add(ReadingPhrase.National, "по", "республике").Add(ReadingPhrase.National, "по", "казахстану").Add(ReadingPhrase.National, "по", "всему", "казахстану")

        // The people of the whole country named as such: «казахстанцев».
        .Add(ReadingPhrase.National, "казахстанц")
        .Add(ReadingPhrase.District, "по", "району")
        .Add(ReadingPhrase.FriendshipHouse, "дом", "дружбы")
        .Add(ReadingCue.Assembly, "ассамбле")
        .Add(ReadingCue.AssemblyAbbreviation, "анк")
        .Add(ReadingCue.People, "народ")
        .Add(ReadingCue.Kazakhstan, "казахстан")
        .Add(ReadingCue.Session, "сесси")
        .Add(ReadingCue.Held, "прошл", "состоял")
        .Add(ReadingCue.Future, "состоит", "пройдет", "пройдёт", "будет", "предстоящ", "преддвери", "планиру", "запланир", "намечен")
        .Add(ReadingCue.Plan, "запланир", "планиру", "будет", "будут", "пройдут")
        .Add(ReadingCue.Proposal, "предлож", "необходимо", "нужно")
        .Add(ReadingCue.Meeting, "сесси", "заседани")
        .Add(ReadingCue.Delegation, "делегац", "делегат")
        .Add(ReadingCue.RegionalAdjective, "областн", "городск")
        .Add(ReadingCue.BodyAdjectiveEnding, "областн", "городск")
        .Add(ReadingCue.DistrictAdjective, "районн")
        .Add(ReadingCue.CityAdjective, "городск")
        .Add(ReadingCue.RegionNoun, "област")
        .Add(ReadingCue.Foreign, "росси", "кыргызстан", "узбекистан", "таджикистан", "туркменистан", "беларус", "китай", "китая", "монголи", "азербайджан")
        .Add(ReadingCue.Foreign, "украин", "украина", "германи", "германия", "турци")
        .Add(ReadingCue.Member, "депутат", "член", "сенатор")
        .Add(ReadingCue.Deputy, "депутат")
        .Add(ReadingCue.Group, "групп")
        .Add(ReadingCue.InterChamber, "межпалатн")
        .Add(ReadingCue.ProjectBeforeName, "проект")
        .Add(ReadingCue.ThemeBeforeName, "тему", "теме", "девиз")
        .Add(ReadingCue.Opened, "открыт", "открыл")
        .Add(ReadingPhrase.VenueBefore, "в").Add(ReadingPhrase.VenueBefore, "во").Add(ReadingPhrase.VenueBefore, "на", "базе")
        .Add(ReadingCue.VenueForm, "доме", "домах")
        .Add(ReadingCue.Republican, "республиканск", "общенациональн")
        .Add(ReadingCue.Office, "аким", "заместител", "глав", "председател", "секретар", "президент")
        .Add(ReadingCue.OfficeStart, "облас", "город")
        .Add(ReadingCue.Moderator, "модератор")
        .Add(ReadingCue.Speech, "отметил", "сказал", "заявил", "выступил", "подчеркнул", "напомнил")
        .Add(ReadingCue.Participation, "участ")
        .Add(ReadingCue.SurnameEnding, "ова", "ева", "ина", "ына", "ов", "ев", "ин", "ын", "ский", "ская")
        .Add(ReadingCue.NameCaseEnding, "ым", "ой", "а", "у", "е")
        .Add(ReadingCue.Anniversary, "летие", "летия", "летию", "летии", "юбилей")
        .Add(ReadingCue.Years, "лет", "годы")
        .Add(ReadingCue.YearsPassed, "со")
        .Add(ReadingCue.Year, "год", "г")
        .Add(ReadingCue.YearAbbreviation, "г")
        .Add(ReadingCue.Months, "месяц")
        .Add(ReadingCue.Quarter, "квартал")
        .Add(ReadingCue.HalfYear, "полугоди")
        .Add(ReadingCue.MonthPreposition, "в", "за")
        .Add(ReadingCue.Today, "сегодня")
        .Add(ReadingCue.Yesterday, "вчера")
        .Add(ReadingCue.SpanSince, "с")
        .Add(ReadingCue.RecentYears, "последн")
        .Add(ReadingCue.DayRangeTo, "по")
        .Add(ReadingCue.DayRangeFrom, "с")
        .Add(ReadingPhrase.AsOfBeforeDate, "по", "состоянию", "на")
        .Add(ReadingPhrase.ThisMonth, "в", "этом", "месяце").Add(ReadingPhrase.ThisMonth, "в", "текущем", "месяце")
        .Add(ReadingPhrase.LastMonth, "в", "прошлом", "месяце").Add(ReadingPhrase.LastMonth, "в", "минувшем", "месяце")
        .Add(ReadingPhrase.PerUnit, "в", "день").Add(ReadingPhrase.PerUnit, "в", "неделю").Add(ReadingPhrase.PerUnit, "в", "месяц")
        .Add(ReadingPhrase.PerUnit, "ежедневно").Add(ReadingPhrase.PerUnit, "еженедельно")
        .Add(ReadingCue.Season, "весной", "летом", "осенью", "зимой")
        .Add(ReadingCue.OrdinalSuffix, "й", "я", "е", "го", "летие", "летия")
        .Add(ReadingCue.NumberOf, "количеств", "число")
        .Add(ReadingCue.Exceeded, "превысил", "превышает")
        .Add(ReadingCue.LoneScale, "тысяча", "тысячу", "тысячи")
        .Add(ReadingCue.OtherCounted, "семе", "семь", "семья", "этнос", "этник", "этнич", "национальност", "объединени", "организаци", "центр")
        .Add(ReadingCue.OtherCounted, "делегат", "проект", "заявк", "языков", "стран", "грант", "наций", "народност", "тенге", "доллар")
        .Add(ReadingCue.Townspeople, "сельчан", "горожан", "земляк")
        .Add(ReadingCue.Townspeople, "карагандин", "шымкентц", "астанчан", "алматинц", "павлодарц", "актюбинц", "актобинц", "костанайц", "семейчан")
        .Add(ReadingCue.Townspeople, "туркестанц", "кызылординц", "атырауц", "актаусц", "уральц", "таразц", "жезказганц", "петропавловц")
        .Add(ReadingCue.Townspeople, "кокшетауц", "талдыкорганц", "экибастузц", "темиртауц", "балхашц", "кентауц")
        .Add(ReadingCue.RelativeReach, "котор")
        .Add(ReadingCue.Dispute, "конфликт")
        .Add(ReadingCue.DisputeWholeWord, "спор", "спора", "споров", "спорам", "спорах", "споры")
        .Add(ReadingCue.Mediation, "медиа", "этномедиа"));

    private static ReadingVocabulary Months(ReadingVocabulary vocabulary)
    {
        for (int month = 1; month <= 12; month++)
        {
            vocabulary = vocabulary.AddMonthForms(
                month, RussianProfile.MonthsNominative[month - 1], RussianProfile.MonthsGenitive[month - 1], RussianProfile.MonthsPrepositional[month - 1]);
        }

        return vocabulary;
    }
}
