using System;
using Kz.Assembly.Domain.Geography;
using NodaTime;

namespace Kz.Assembly.Domain.Reading.Recognizers;

/// <summary>
/// The cities regions are governed from, by the stems their names take in Kazakh, Russian and English («Павлодарда»,
/// «в Павлодаре», «in Pavlodar»), with the days each was its region's centre. The reader asks only where a sentence
/// names a regional assembly by its adjective alone («сессия областной ассамблеи», «облыстық ҚХА») and no region: the
/// city it was held in is then its region's centre («В Туркестане прошла XXII сессия областной ассамблеи»).
/// </summary>
internal static class RegionalCentres
{
    // Stems are lower case and long enough not to be a common word; Kazakh Latin is compared in Cyrillic.
    private static readonly (string Code, LocalDate? From, LocalDate? Until, string[] Stems)[] Centres =
    [
        ("KZ-10", new LocalDate(2022, 6, 8), null, ["семей", "semey", "semei"]),
        ("KZ-63", null, new LocalDate(2022, 6, 7), ["семей", "semey", "semei"]),
        ("KZ-11", null, null, ["кокшета", "көкшета", "kokshetau", "kokshetaw"]),
        ("KZ-15", null, null, ["актобе", "ақтөбе", "aktobe", "aqtobe"]),
        ("KZ-19", new LocalDate(2022, 6, 8), null, ["конаев", "қонаев", "konaev", "qonaev"]),
        ("KZ-19", null, new LocalDate(2022, 6, 7), ["талдыкорган", "талдықорған", "taldykorgan", "taldyqorgan"]),
        ("KZ-33", new LocalDate(2022, 6, 8), null, ["талдыкорган", "талдықорған", "taldykorgan", "taldyqorgan"]),
        ("KZ-23", null, null, ["атырау", "atyrau"]),
        ("KZ-27", null, null, ["уральск", "орал", "oral", "uralsk"]),
        ("KZ-31", null, null, ["тараз", "taraz"]),
        ("KZ-35", null, null, ["караганд", "қарағанды", "karaganda", "qaragandy"]),
        ("KZ-39", null, null, ["костана", "қостана", "kostanay", "qostanai"]),
        ("KZ-43", null, null, ["кызылорд", "қызылорд", "kyzylorda", "qyzylorda"]),
        ("KZ-47", null, null, ["актау", "ақтау", "aktau", "aqtau"]),
        ("KZ-55", null, null, ["павлодар", "pavlodar"]),
        ("KZ-59", null, null, ["петропавл", "petropavl"]),
        ("KZ-61", new LocalDate(2018, 6, 19), null, ["туркестан", "түркістан", "turkestan", "turkistan"]),
        ("KZ-62", new LocalDate(2022, 6, 8), null, ["жезказган", "жезқазған", "zhezkazgan", "jezqazgan"]),
        ("KZ-63", null, null, ["усть-каменогорск", "өскемен", "oskemen", "ust-kamenogorsk"]),
    ];

    /// <summary>The region a capitalised word names as its centre on a day, or null.</summary>
    public static Region? Of(string word, LocalDate on) => Find(Centres, word, on);

    /// <summary>The region of the first place in a table whose stems begin the word and that was the region's on the day.</summary>
    internal static Region? Find((string Code, LocalDate? From, LocalDate? Until, string[] Stems)[] places, string word, LocalDate on)
    {
        foreach ((string code, LocalDate? from, LocalDate? until, string[] stems) in places)
        {
            if ((from is null || on >= from) && (until is null || on <= until)
                && Array.Exists(stems, stem => word.StartsWith(stem, StringComparison.Ordinal))
                && Region.TryParse(code, out Region? region) && region.ExistedOn(on))
            {
                return region;
            }
        }

        return null;
    }
}
