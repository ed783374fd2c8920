using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Sessions;

namespace Kz.Assembly.Domain.Localization.Profiles;

/// <summary>The words the report reader knows in English, as stems; months by their names in small letters.</summary>
internal static class EnglishReadingWords
{
    public static ReadingVocabulary Vocabulary { get; } = Months(ReadingVocabulary.Empty
        .AddActivity(AssemblyActivityKind.Event, "event", "activit")
        .AddActivity(AssemblyActivityKind.CharityAction, "action")
        .AddActivity(AssemblyActivityKind.OutreachMeeting, "meeting")
        .AddActivity(AssemblyActivityKind.EthnomediationCase, "ethnomediation", "mediation")
        .AddActivityModifier(AssemblyActivityKind.CharityAction, "charit")
        .AddActivityModifier(AssemblyActivityKind.CulturalEvent, "cultural")
        .AddActivityModifier(AssemblyActivityKind.SportsEvent, "sport")
        .AddAudience(Audience.People, "people", "person", "participant")
        .AddAudience(Audience.Residents, "resident")
        .AddChamber(Chamber.Senate, "senate")
        .AddChamber(Chamber.Mazhilis, "mazhilis")
        .AddChamber(Chamber.NationalKurultai, "kurultai")
        .AddParticipantGroup(ParticipantGroup.AssemblyCouncilMembers, "council", "member")
        .AddParticipantGroup(ParticipantGroup.PublicFigures, "public", "figure")
        .AddParticipantGroup(ParticipantGroup.DistrictAndCityAkims, "akims")
        .AddParticipantGroup(ParticipantGroup.AssemblyStructures, "structures")
        .AddParticipantGroup(ParticipantGroup.EthnoculturalAssociations, "ethnocultural")
        .AddParticipantGroup(ParticipantGroup.YouthOrganisations, "youth")
        .AddQuarterOrdinal(1, "first").AddQuarterOrdinal(2, "second").AddQuarterOrdinal(3, "third").AddQuarterOrdinal(4, "fourth")
        .Add(ReadingPhrase.YearToDate, "since", "the", "start", "of", "the", "year").Add(ReadingPhrase.YearToDate, "since", "the", "beginning", "of", "the", "year")
        .Add(ReadingPhrase.YearToDate, "year", "to", "date")
        .Add(ReadingPhrase.ThisYear, "this", "year")
        .Add(ReadingPhrase.LastYear, "last", "year")
        .Add(ReadingPhrase.National, "across", "the", "country").Add(ReadingPhrase.National, "throughout", "the", "country").Add(ReadingPhrase.National, "nationwide")
        .Add(ReadingPhrase.National, "all", "over", "the", "country").Add(ReadingPhrase.National, "across", "kazakhstan").Add(ReadingPhrase.National, "throughout", "kazakhstan")

        // The people of the whole country named as such: «9 mln Kazakhstanis».
        .Add(ReadingPhrase.National, "kazakhstanis")
        .Add(ReadingPhrase.District, "across", "the", "district").Add(ReadingPhrase.District, "in", "the", "district")
        .Add(ReadingPhrase.FriendshipHouse, "friendship", "house").Add(ReadingPhrase.FriendshipHouse, "house", "of", "friendship")
        .Add(ReadingCue.Assembly, "assembly")
        .Add(ReadingCue.AssemblyAbbreviation, "apk", "ank")
        .Add(ReadingCue.People, "people")
        .Add(ReadingCue.Kazakhstan, "kazakhstan")
        .Add(ReadingCue.NameLink, "of")
        .Add(ReadingCue.Session, "session")
        .Add(ReadingCue.Held, "held", "hosted")
        .Add(ReadingCue.Future, "will", "upcoming", "scheduled", "forthcoming", "ahead")
        .Add(ReadingCue.Plan, "planned", "plans", "will")
        .Add(ReadingCue.Proposal, "propos", "should")
        .Add(ReadingCue.Meeting, "meeting", "session")
        .Add(ReadingCue.Delegation, "delegat")
        .Add(ReadingCue.RegionalAdjective, "regional")
        .Add(ReadingCue.BodyAdjectiveEnding, "regional", "city")
        .Add(ReadingCue.DistrictAdjective, "district")
        .Add(ReadingCue.RegionNoun, "oblast")
        .Add(ReadingCue.Foreign, "russia", "kyrgyzstan", "uzbekistan", "tajikistan", "turkmenistan", "belarus", "china", "mongolia", "azerbaijan")
        .Add(ReadingCue.Foreign, "ukrain", "germany", "turkey", "türkiye")
        .Add(ReadingCue.Member, "member", "deput", "senator")
        .Add(ReadingCue.Deputy, "deput")
        .Add(ReadingCue.Group, "group")
        .Add(ReadingCue.InterChamber, "inter-chamber", "interchamber")
        .Add(ReadingCue.ProjectBeforeName, "project")
        .Add(ReadingCue.ThemeBeforeName, "theme", "titled")
        .Add(ReadingCue.Opened, "opened")
        .Add(ReadingCue.Republican, "republican")
        .Add(ReadingCue.OtherAssembly, "children", "student", "school", "minor")
        .Add(ReadingCue.Council, "council")
        .Add(ReadingPhrase.VenueBefore, "at", "the").Add(ReadingPhrase.VenueBefore, "in", "the").Add(ReadingPhrase.VenueBefore, "inside", "the")
        .Add(ReadingCue.Office, "governor", "chair", "deputy", "head", "secretary")
        .Add(ReadingCue.OfficeStart, "region", "state")
        .Add(ReadingCue.Moderator, "moderat")
        .Add(ReadingCue.Speech, "said", "noted", "spoke", "stressed")
        .Add(ReadingCue.Participation, "attend", "took")
        .Add(ReadingCue.SurnameEnding, "uly", "ova", "eva", "ov", "ev", "in")
        .Add(ReadingCue.Anniversary, "anniversar", "jubilee")
        .Add(ReadingCue.Years, "years")
        .Add(ReadingCue.YearsPassed, "since")
        .Add(ReadingCue.Year, "year")
        .Add(ReadingCue.Months, "month")
        .Add(ReadingCue.Quarter, "quarter")
        .Add(ReadingCue.HalfYear, "half")
        .Add(ReadingCue.MonthPreposition, "in", "during")
        .Add(ReadingCue.Today, "today")
        .Add(ReadingCue.Yesterday, "yesterday")
        .Add(ReadingCue.SpanSince, "since")
        .Add(ReadingCue.RecentYears, "past", "last", "recent")
        .Add(ReadingPhrase.OverTheYears, "over", "the", "years").Add(ReadingPhrase.OverTheYears, "over", "these", "years")
        .Add(ReadingCue.DayRangeTo, "to", "until", "till")
        .Add(ReadingCue.DayRangeFrom, "from", "between")
        .Add(ReadingPhrase.AsOfBeforeDate, "as", "of").Add(ReadingPhrase.AsOfBeforeDate, "as", "at")
        .Add(ReadingPhrase.ThisMonth, "this", "month")
        .Add(ReadingPhrase.LastMonth, "last", "month")
        .Add(ReadingPhrase.PerUnit, "a", "day").Add(ReadingPhrase.PerUnit, "per", "day").Add(ReadingPhrase.PerUnit, "a", "week")
        .Add(ReadingPhrase.PerUnit, "per", "week").Add(ReadingPhrase.PerUnit, "a", "month").Add(ReadingPhrase.PerUnit, "per", "month")
        .Add(ReadingPhrase.PerUnit, "daily").Add(ReadingPhrase.PerUnit, "weekly")
        .Add(ReadingCue.Season, "spring", "summer", "autumn", "winter")
        .Add(ReadingCue.OrdinalSuffix, "th", "st", "nd", "rd")
        .Add(ReadingCue.NumberOf, "numbe")
        .Add(ReadingCue.Exceeded, "exceed")
        .Add(ReadingCue.LoneScale, "thousand")
        .Add(ReadingCue.OtherCounted, "famil", "household", "ethnic", "nationalit", "associat", "organization", "organisation", "centre", "center")
        .Add(ReadingCue.OtherCounted, "delegate", "project", "application", "languages", "countr", "grant", "nations", "tenge", "dollar")
        .Add(ReadingCue.Townspeople, "villager", "townspeople", "townsfolk")
        .Add(ReadingCue.RelativeReach, "which")
        .Add(ReadingCue.Dispute, "dispute", "conflict")
        .Add(ReadingCue.Mediation, "mediat", "ethnomediat"));

    private static ReadingVocabulary Months(ReadingVocabulary vocabulary)
    {
        for (int month = 1; month <= 12; month++)
        {
            vocabulary = vocabulary.AddMonthForms(month, EnglishProfile.Months[month - 1].ToLowerInvariant());
        }

        return vocabulary;
    }
}
