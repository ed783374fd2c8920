using System;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Bodies;

/// <summary>Builds the standard names of a regional assembly from its region's names.</summary>
internal static class RegionalNames
{
    internal static LocalizedText AssemblyOf(Region region)
    {
        const string KazakhSuffix = " облысы";
        const string EnglishSuffix = " Region";
        string kazakh = region.Kind == RegionKind.Region && region.Name.Kazakh.EndsWith(KazakhSuffix, StringComparison.Ordinal)
            ? region.Name.Kazakh[..^KazakhSuffix.Length] + " облыстық Қазақстан халқы Ассамблеясы"
            : region.Name.Kazakh + " қалалық Қазақстан халқы Ассамблеясы";
        string english = region.Kind == RegionKind.Region && region.Name.English.EndsWith(EnglishSuffix, StringComparison.Ordinal)
            ? region.Name.English[..^EnglishSuffix.Length] + " Regional Assembly of People of Kazakhstan"
            : region.Name.English + " City Assembly of People of Kazakhstan";
        return LocalizedText.Create(kazakh, "Ассамблея народа Казахстана " + RussianGenitive(region.Name.Russian), english);
    }

    /// <summary>
    /// The genitive of the region's Russian name, enough for the 20 names of the reference table:
    /// «Туркестанская область» → «Туркестанской области», «область Абай» → «области Абай», «город Астана» → «города Астаны»,
    /// «город Шымкент» → «города Шымкента», «город Алматы» → «города Алматы».
    /// </summary>
    internal static string RussianGenitive(string nominative)
    {
        if (nominative.EndsWith("ская область", StringComparison.Ordinal))
        {
            return nominative[..^"ская область".Length] + "ской области";
        }

        if (nominative.StartsWith("область ", StringComparison.Ordinal))
        {
            return "области " + nominative["область ".Length..];
        }

        if (nominative.StartsWith("город ", StringComparison.Ordinal))
        {
            // In apposition to «город» a city's name is declined like the noun, and consistently so: Астана →
            // Астаны, Шымкент → Шымкента (not «города Шымкент» beside «города Астаны»); names ending in a vowel
            // other than -а (Алматы) do not decline.
            string city = nominative["город ".Length..];
            char last = city[^1];
            string genitive = last == 'а' ? city[..^1] + "ы"
                : "бвгджзйклмнпрстфхцчшщ".Contains(last, StringComparison.Ordinal) ? city + "а"
                : city;
            return "города " + genitive;
        }

        return nominative;
    }

    /// <summary>
    /// The accusative of the region's Russian name (в Туркестанскую область), for reading reports: an oblast's
    /// adjective changes (-ская → -скую); «область Абай» and the cities' inanimate names keep their nominative.
    /// </summary>
    internal static string RussianAccusative(string nominative) =>
        nominative.EndsWith("ская область", StringComparison.Ordinal)
            ? nominative[..^"ская область".Length] + "скую область"
            : nominative;
}
