using System.Collections.Generic;
using Kz.Assembly.Domain.Localization.Profiles;

namespace Kz.Assembly.Domain.Dashboard.Web;

/// <summary>
/// The words of the pages' chrome (headings, buttons), in Kazakh, Russian and English; Kazakh in the Latin script is
/// the Kazakh profile's transliteration, never typed twice. Every figure, date, period, region, kind and count on a
/// page is written by the library's profiles, not here.
/// </summary>
public static class Labels
{
    private static readonly Dictionary<string, (string Kk, string Ru, string En)> Words = new()
    {
        ["overview"] = ("Жалпы көрініс", "Общий обзор", "National overview"),
        ["period"] = ("Кезең", "Период", "Period"),
        ["show"] = ("Көрсету", "Показать", "Show"),
        ["region"] = ("Өңір", "Регион", "Region"),
        ["activities"] = ("Іс-шаралар", "Мероприятия", "Activities"),
        ["people"] = ("Қамтылған адамдар", "Охвачено людей", "People reached"),
        ["coverage"] = ("Қамту", "Охват", "Coverage"),
        ["by-kind"] = ("Түрлері бойынша", "По видам", "By kind"),
        ["by-month"] = ("Айлар бойынша", "По месяцам", "By month"),
        ["sessions"] = ("Сессиялар", "Сессии", "Sessions"),
        ["projects"] = ("Жобалар", "Проекты", "Projects"),
        ["reports"] = ("Есептер", "Отчёты", "Reports"),
        ["read"] = ("Хабарды оқу", "Прочитать сообщение", "Read a report"),
        ["text"] = ("Мәтін", "Текст", "Text"),
        ["published"] = ("Жарияланған күні", "Дата публикации", "Published"),
        ["read-button"] = ("Оқу", "Прочитать", "Read"),
        ["facts"] = ("Табылған деректер", "Найденные факты", "Facts found"),
        ["unplaced"] = ("Орны табылмаған", "Не размещено", "Not placed"),
        ["save"] = ("Жобаны сақтау", "Сохранить черновик", "Save the draft"),
        ["nothing"] = ("Дерек жоқ", "Нет данных", "No data"),
        ["language"] = ("Тіл", "Язык", "Language"),
        ["year"] = ("Жыл", "Год", "Year"),
        ["coverage-complete"] = ("толық", "полный", "complete"),
        ["coverage-partial"] = ("ішінара", "частичный", "partial"),
        ["coverage-none"] = ("жоқ", "нет", "none"),
        ["regions-then"] = ("Сол кезеңдегі өңірлер", "Регионы того периода", "Regions as they were in the period"),
    };

    /// <summary>A chrome word in a profile's language (its fallback's for a language registered from outside).</summary>
    /// <param name="key">The word's key.</param>
    /// <param name="profile">The language.</param>
    /// <returns>The word.</returns>
    public static string Of(string key, LanguageProfile profile)
    {
        (string kk, string ru, string en) = Words[key];
        return profile.Tag switch
        {
            "ru" => ru,
            "en" => en,
            _ when profile.Tag.StartsWith("kk", System.StringComparison.Ordinal) => profile.InScript(kk),
            _ => en,
        };
    }
}
