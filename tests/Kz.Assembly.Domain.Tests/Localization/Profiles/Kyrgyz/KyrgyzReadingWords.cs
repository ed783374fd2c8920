using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Localization.Profiles;
using Kz.Assembly.Domain.Metrics;

namespace Kz.Assembly.Domain.Tests.Localization.Profiles.Kyrgyz;

/// <summary>
/// The words the report reader needs to read Kyrgyz, as data through the public <see cref="ReadingVocabulary"/>: what a
/// user adds beside the writing half of a profile. Only what Kyrgyz writes differently from Kazakh and Russian: the
/// built-in languages' words (адам, акция, ассамблея, сессия) are read in every report.
/// </summary>
internal static class KyrgyzReadingWords
{
    public static ReadingVocabulary Vocabulary { get; } = ReadingVocabulary.Empty
        .AddActivity(AssemblyActivityKind.Event, "иш-чара")
        .AddActivity(AssemblyActivityKind.OutreachMeeting, "жолугушуу")
        .AddActivityModifier(AssemblyActivityKind.CharityAction, "кайрымдуулук")
        .AddActivityModifier(AssemblyActivityKind.CulturalEvent, "маданий")
        .AddAudience(Audience.People, "катышуучу", "окуучу", "жаштар")
        .AddAudience(Audience.Residents, "тургун")
        .Add(ReadingPhrase.YearToDate, "жыл", "башынан")
        .Add(ReadingPhrase.ThisYear, "быйыл")
        .Add(ReadingPhrase.LastYear, "былтыр")
        .Add(ReadingPhrase.National, "өлкөдө").Add(ReadingPhrase.National, "өлкө", "боюнча")
        .Add(ReadingCue.People, "эл")
        .Add(ReadingCue.Kazakhstan, "казакстан")
        .Add(ReadingCue.Held, "өттү", "өткөрүлдү", "өткөрдү")
        .Add(ReadingCue.Future, "өтөт", "өткөрүлөт", "алдыдагы")
        .Add(ReadingCue.Plan, "пландал", "пландаштыр")
        .Add(ReadingCue.RegionalAdjective, "облустук", "шаардык")
        .Add(ReadingCue.BodyAdjectiveEnding, "облустук", "шаардык")
        .Add(ReadingCue.DistrictAdjective, "райондук")
        .Add(ReadingCue.RegionNoun, "облус")
        .Add(ReadingCue.RegionPossessor, "облусу", "облусунун", "шаары", "шаарынын")
        .Add(ReadingCue.Member, "мүчө")
        .Add(ReadingCue.Participation, "катыш")
        .Add(ReadingCue.Speech, "деди", "белгиледи")
        .Add(ReadingCue.Year, "жыл")
        .Add(ReadingCue.Quarter, "чейре") // чейрек, чейреги: к becomes г before a vowel
        .Add(ReadingCue.OrdinalSuffix, "чи", "чу", "чү", "жыл")
        .Add(ReadingCue.Exceeded, "ашты", "ашкан")
        .Add(ReadingCue.LoneScale, "миң", "миңден", "миңге")
        .Add(ReadingCue.OtherCounted, "үй-бүлө", "долбоор", "уюм")
        .Add(ReadingCue.MonthAfterName, "ай")
        .Add(ReadingCue.LocativeEnding, "да", "де", "до", "дө", "та", "те", "то", "тө")
        .AddMonthStems("январ", "феврал", "март", "апрел", "май", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр");

    /// <summary>Kyrgyz months take case endings on the stem (мартта, апрелде; март айында), as Kazakh ones do.</summary>
    private static ReadingVocabulary AddMonthStems(this ReadingVocabulary vocabulary, params string[] stems)
    {
        for (int month = 1; month <= 12; month++)
        {
            vocabulary = vocabulary.AddMonthStem(month, stems[month - 1]);
        }

        return vocabulary;
    }
}
