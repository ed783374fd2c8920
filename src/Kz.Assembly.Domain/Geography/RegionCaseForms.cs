using System;
using System.Collections.Generic;

namespace Kz.Assembly.Domain.Geography;

/// <summary>
/// The nominative a region's name was declined from, so that a name can be read in the case a sentence gives it:
/// kk «Түркістан облысының», «Түркістан облыстық», «Шымкентте», «Астанаға»; ru «Туркестанской области»,
/// «в Туркестанскую область», «города Шымкент», «Шымкента», «Астаны». Each candidate is a guess that the region table
/// then confirms or refuses, so a wrong guess never names a region.
/// </summary>
internal static class RegionCaseForms
{
    // Kazakh case endings (genitive, dative, accusative, locative, ablative, instrumental, adjectival), longest first.
    private static readonly string[] KazakhEndings =
    [
        "ның", "нің", "дың", "дің", "тың", "тің", "нда", "нде", "нан", "нен", "дан", "ден", "тан", "тен", "мен", "бен",
        "пен", "ға", "ге", "қа", "ке", "на", "не", "да", "де", "та", "те", "ны", "ні", "ды", "ді", "ты", "ті", "лық",
        "лік", "дық", "дік", "тық", "тік", "а", "е", "н",
    ];

    private static readonly string[] RussianCityPrefixes = ["города ", "городе ", "городу ", "городом ", "город ", "г. ", "в ", "во "];

    /// <summary>Nominative guesses for an inflected name, most likely first.</summary>
    internal static IEnumerable<string> Candidates(string text)
    {
        string name = text.Trim();
        foreach (string prefix in RussianCityPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                name = name[prefix.Length..];
                yield return name;
                break;
            }
        }

        int space = name.LastIndexOf(' ');
        string head = space < 0 ? string.Empty : name[..(space + 1)];
        string last = space < 0 ? name : name[(space + 1)..];
        string lower = last.ToLowerInvariant();

        // kk: облысының, облыстық → облысы.
        if (lower.StartsWith("облыс", StringComparison.Ordinal))
        {
            yield return head + "облысы";
        }

        // ru: Туркестанской области → Туркестанская область.
        if (lower.StartsWith("област", StringComparison.Ordinal))
        {
            yield return RussianAdjective(head.TrimEnd()) + " область";
            yield return head + "область";
        }

        // kk: a city or a one-word name with its ending (Шымкентте, Астанаға, Алматының).
        foreach (string ending in KazakhEndings)
        {
            if (lower.Length > ending.Length + 2 && lower.EndsWith(ending, StringComparison.Ordinal))
            {
                yield return head + last[..^ending.Length];
            }
        }

        // ru: a city's genitive, dative or prepositional (Шымкента, Шымкенте, Астаны, Астане).
        if (lower.Length > 3)
        {
            yield return head + last[..^1];
            yield return head + last[..^1] + "а";
        }
    }

    /// <summary>Туркестанской, Туркестанскую, Туркестанском → Туркестанская (the last word of the adjective).</summary>
    private static string RussianAdjective(string adjective)
    {
        foreach (string ending in (string[])["ской", "скую", "ском", "ского", "скому", "ским"])
        {
            if (adjective.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return adjective[..^ending.Length] + "ская";
            }
        }

        return adjective;
    }
}
