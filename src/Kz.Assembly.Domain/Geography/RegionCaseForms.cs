using System;
using System.Collections.Generic;
using System.Linq;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Localization;

namespace Kz.Assembly.Domain.Geography;

/// <summary>
/// Every region's name in the cases a sentence declines it to, made by the same grammar that writes them, so reading
/// and writing cannot disagree: Kazakh in all seven cases (<see cref="KazakhGrammar.Inflect"/>: «Түркістан облысының»,
/// «Шымкентте», «Шымкент қаласының») and as the adjective of a body's name («Түркістан облыстық»); Russian in the
/// genitive the assemblies' names use («Туркестанской области», «города Шымкента», also bare: «Шымкента») and the
/// accusative («Туркестанскую область»). A preposition before the name (в, во, города) is passed over.
/// </summary>
internal static class RegionCaseForms
{
    private static readonly string[] Prepositions = ["в ", "во ", "города ", "городе ", "г. "];

    private static readonly Lazy<Dictionary<string, Region>> Forms = new(Build);

    /// <summary>Finds the region a declined name stands for, or returns false.</summary>
    internal static bool TryFind(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Region? region)
    {
        string name = text.Trim();
        foreach (string preposition in Prepositions)
        {
            if (name.StartsWith(preposition, StringComparison.OrdinalIgnoreCase))
            {
                name = name[preposition.Length..];
                break;
            }
        }

        // A name typed with some of the letters only Kazakh has and not others («Türkistan» read as «Түркистан»)
        // is looked up with none.
        string key = RegionTable.Normalize(name);
        if ((!ReferenceEquals(name, text) && RegionTable.Instance.TryFindByName(name, out region)) || Forms.Value.TryGetValue(key, out region))
        {
            return true;
        }

        string plain = Localization.Profiles.KazakhPlainLetters.Fold(key);
        return !ReferenceEquals(plain, key) && Forms.Value.TryGetValue(plain, out region);
    }

    private static Dictionary<string, Region> Build()
    {
        var forms = new Dictionary<string, Region>(StringComparer.Ordinal);

        // Present names first: where two regions' forms meet, the one that exists now is read.
        foreach (Region region in RegionTable.Instance.AllSince1995)
        {
            AddForms(forms, region.Name.Kazakh, region.Name.Russian, region);
        }

        // Then the names regions had since the Assembly's reports went online («Нур-Султана», «Нұр-Сұлтан қаласының»,
        // «Оңтүстік Қазақстан облысында»): a report of 2020 declines the capital's name of the day. The capital's name
        // Akmola (until 1998) is left out: its forms would take Akmola Region's «Ақмолада» from it.
        foreach (Region region in RegionTable.Instance.AllSince1995)
        {
            foreach (FormerRegionName former in region.FormerNames)
            {
                if (former.Until.Year >= 2000)
                {
                    AddForms(forms, former.Name.Kazakh, former.Name.Russian, region);
                }
            }
        }

        // Last, every Kazakh form as typed without the letters only Kazakh has («Туркистан облысында», «облыстык»).
        foreach (KeyValuePair<string, Region> form in forms.ToArray())
        {
            Add(forms, Localization.Profiles.KazakhPlainLetters.Fold(form.Key), form.Value);
        }

        return forms;
    }

    /// <summary>A name's Kazakh cases and adjective, and its Russian genitive and accusative.</summary>
    private static void AddForms(Dictionary<string, Region> forms, string kazakh, string russian, Region region)
    {
        string stem = kazakh.EndsWith(" облысы", StringComparison.Ordinal) ? kazakh[..^" облысы".Length] : kazakh;
        bool city = ReferenceEquals(stem, kazakh);
        foreach (KazakhCase grammaticalCase in Enum.GetValues<KazakhCase>())
        {
            Add(forms, KazakhGrammar.Inflect(kazakh, grammaticalCase), region);
            if (city)
            {
                Add(forms, KazakhGrammar.Inflect(kazakh + " қаласы", grammaticalCase), region);
            }
        }

        Add(forms, stem + (city ? " қалалық" : " облыстық"), region);

        string genitive = RegionalNames.RussianGenitive(russian);
        Add(forms, genitive, region);

        // «Карагандинской обл.»: the region word abbreviated, as news lines and tables write it.
        if (genitive.EndsWith(" области", StringComparison.Ordinal))
        {
            Add(forms, genitive[..^"асти".Length], region);
        }
        if (genitive.StartsWith("города ", StringComparison.Ordinal))
        {
            Add(forms, genitive["города ".Length..], region);
        }

        Add(forms, RegionalNames.RussianAccusative(russian), region);
    }

    private static void Add(Dictionary<string, Region> forms, string form, Region region) =>
        forms.TryAdd(RegionTable.Normalize(form), region);
}
