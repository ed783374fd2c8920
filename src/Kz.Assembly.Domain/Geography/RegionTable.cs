using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Text;
using Kz.Assembly.Domain.Text;
using NodaTime;
using NodaTime.Text;

namespace Kz.Assembly.Domain.Geography;

/// <summary>
/// The reference table of regions, read once from the embedded <c>regions.tsv</c> (a copy of the project's reference
/// file), <c>region-history.tsv</c> (abolitions, establishments, former names) and <c>region-aliases.tsv</c> (2021
/// Latin spellings and transliterations), with lookup dictionaries for codes and normalised names.
/// </summary>
/// <remarks>
/// Names are looked up in three tiers so that a present meaning beats a former one: present names and aliases as
/// written; then their stems (the name without its generic word: "Karagandy" for "Karagandy Region"); then former
/// names and their stems. "Akmola" is Akmola Region (a stem of today's name), not the capital's name until 1998.
/// </remarks>
internal sealed class RegionTable
{
    private const string RegionsResource = "Kz.Assembly.Domain.Data.regions.tsv";
    private const string HistoryResource = "Kz.Assembly.Domain.Data.region-history.tsv";
    private const string AliasesResource = "Kz.Assembly.Domain.Data.region-aliases.tsv";

    // Letter codes of ISO 3166-2:KZ before the 2020 switch to digits; the three regions created in 2022 never had one.
    private static readonly Dictionary<string, string> LegacyCodes = new(StringComparer.Ordinal)
    {
        ["KZ-11"] = "KZ-AKM", ["KZ-15"] = "KZ-AKT", ["KZ-19"] = "KZ-ALM", ["KZ-23"] = "KZ-ATY",
        ["KZ-27"] = "KZ-ZAP", ["KZ-31"] = "KZ-ZHA", ["KZ-35"] = "KZ-KAR", ["KZ-39"] = "KZ-KUS",
        ["KZ-43"] = "KZ-KZY", ["KZ-47"] = "KZ-MAN", ["KZ-55"] = "KZ-PAV", ["KZ-59"] = "KZ-SEV",
        ["KZ-61"] = "KZ-YUZ", ["KZ-63"] = "KZ-VOS", ["KZ-71"] = "KZ-AST", ["KZ-75"] = "KZ-ALA",
        ["KZ-79"] = "KZ-SHY",
    };

    // The generic words of region and city names, dropped to form a name's stem.
    private static readonly HashSet<string> RegionWords = new(StringComparer.Ordinal) { "REGION", "OBLAST", "OBLYSY", "ОБЛЫСЫ", "ОБЛАСТЬ", "ОБЛ.", "ОБЛ", "PROVINCE" };
    private static readonly HashSet<string> CityWords = new(StringComparer.Ordinal) { "CITY", "ГОРОД", "Г.", "ҚАЛАСЫ", "QALASY" };

    private readonly Dictionary<string, Region> byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Region> presentNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Region>> presentStems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Region> formerNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Region>> formerStems = new(StringComparer.Ordinal);
    private readonly Dictionary<Region, int> ordinals = [];

    private RegionTable(IReadOnlyList<Region> present, IReadOnlyList<Region> abolished)
    {
        All = present;
        var everything = new List<Region>(present);
        everything.AddRange(abolished);
        AllSince1995 = everything.AsReadOnly();
        for (int i = 0; i < everything.Count; i++)
        {
            Region region = everything[i];
            ordinals.Add(region, i);
            byCode.Add(region.Code, region);
            if (region.KatoCode is { } kato)
            {
                byCode.Add(kato.ToString(CultureInfo.InvariantCulture), region);
            }

            if (region.LegacyCode is { } legacy)
            {
                byCode.Add(legacy, region);
            }

            foreach (string name in NamesOf(region.Name))
            {
                AddName(presentNames, presentStems, name, region);
            }

            foreach (string alias in region.Aliases)
            {
                AddName(presentNames, presentStems, alias, region);
            }

            foreach (FormerRegionName former in region.FormerNames)
            {
                foreach (string name in NamesOf(former.Name))
                {
                    AddName(formerNames, formerStems, name, region);
                }
            }
        }
    }

    internal static RegionTable Instance { get; } = Load();

    internal IReadOnlyList<Region> All { get; }

    internal IReadOnlyList<Region> AllSince1995 { get; }

    /// <summary>The region's position in <see cref="AllSince1995"/>: a dense index for tables keyed by region.</summary>
    internal int OrdinalOf(Region region) => ordinals[region];

    internal bool TryFindByCode(string? code, [NotNullWhen(true)] out Region? region)
    {
        region = null;
        return code is not null && byCode.TryGetValue(code.Trim(), out region);
    }

    internal bool TryFindByName(string? name, [NotNullWhen(true)] out Region? region)
    {
        region = null;
        if (name is null)
        {
            return false;
        }

        string normalized = Normalize(name);
        if (presentNames.TryGetValue(normalized, out region) || (region = FindByStem(presentStems, normalized)) is not null)
        {
            return true;
        }

        return formerNames.TryGetValue(normalized, out region) || (region = FindByStem(formerStems, normalized)) is not null;
    }

    /// <summary>Folds case, ё to е, hyphens and dashes to spaces, and runs of white space, so that lookups forgive
    /// the usual variations of input.</summary>
    internal static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        bool pendingSpace = false;
        foreach (char c in name)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '\u2010' or '\u2011' or '\u2013' or '\u2014')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            char upper = char.ToUpperInvariant(c);
            builder.Append(upper == 'Ё' ? 'Е' : upper);
        }

        return builder.ToString();
    }

    private static IEnumerable<string> NamesOf(LocalizedText name) => [name.Kazakh, name.Russian, name.English];

    /// <summary>Splits a normalised name into its stem and the kind its generic word names, if any.</summary>
    private static (string Stem, RegionKind? Kind) Stem(string normalized)
    {
        RegionKind? kind = null;
        var kept = new List<string>();
        foreach (string word in normalized.Split(' '))
        {
            if (RegionWords.Contains(word))
            {
                kind = RegionKind.Region;
            }
            else if (CityWords.Contains(word))
            {
                kind = RegionKind.City;
            }
            else
            {
                kept.Add(word);
            }
        }

        return (string.Join(' ', kept), kind);
    }

    private static Region? FindByStem(Dictionary<string, List<Region>> stems, string normalized)
    {
        (string stem, RegionKind? kind) = Stem(normalized);
        if (stem.Length == 0 || !stems.TryGetValue(stem, out List<Region>? candidates))
        {
            return null;
        }

        Region? found = null;
        foreach (Region candidate in candidates)
        {
            if (kind is { } wanted && candidate.Kind != wanted)
            {
                continue;
            }

            if (found is not null && !found.Equals(candidate))
            {
                return null; // ambiguous: Almaty the city or Almaty Region, with no generic word to choose
            }

            found = candidate;
        }

        return found;
    }

    private static void AddName(Dictionary<string, Region> names, Dictionary<string, List<Region>> stems, string name, Region region)
    {
        string normalized = Normalize(name);
        if (names.TryGetValue(normalized, out Region? existing) && !existing.Equals(region))
        {
            throw new InvalidDataException($"The region name '{name}' is given to both {existing.Code} and {region.Code}.");
        }

        names[normalized] = region;
        string stem = Stem(normalized).Stem;
        if (!stems.TryGetValue(stem, out List<Region>? list))
        {
            stems[stem] = list = [];
        }

        if (!list.Contains(region))
        {
            list.Add(region);
        }
    }

    private static RegionTable Load()
    {
        Dictionary<string, List<string>> aliases = ReadAliases();
        Dictionary<string, RegionHistory> histories = ReadHistory(out List<(string Code, LocalizedText Name)> abolishedNames);
        var present = new List<Region>();
        foreach (string[] cells in ReadRows(RegionsResource, "iso_3166_2\tkk\tru\ten\tkind"))
        {
            string code = cells[0];
            RegionKind kind = cells[4] == "city" ? RegionKind.City : RegionKind.Region;
            string? legacy = LegacyCodes.TryGetValue(code, out string? letters) ? letters : null;
            present.Add(new Region(code, legacy, kind, LocalizedText.Create(cells[1], cells[2], cells[3]), AliasesOf(aliases, code), histories.GetValueOrDefault(code, RegionHistory.Unchanged)));
        }

        var abolished = new List<Region>();
        foreach ((string code, LocalizedText name) in abolishedNames)
        {
            abolished.Add(new Region(code, null, RegionKind.Region, name, AliasesOf(aliases, code), histories[code]));
        }

        present.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        abolished.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return new RegionTable(present.AsReadOnly(), abolished.AsReadOnly());
    }

    private static ReadOnlyCollection<string> AliasesOf(Dictionary<string, List<string>> aliases, string code) =>
        (aliases.TryGetValue(code, out List<string>? list) ? list : []).AsReadOnly();

    private static Dictionary<string, List<string>> ReadAliases()
    {
        var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (string[] cells in ReadRows(AliasesResource, "code\talias"))
        {
            if (!aliases.TryGetValue(cells[0], out List<string>? list))
            {
                aliases[cells[0]] = list = [];
            }

            list.Add(cells[1]);
        }

        return aliases;
    }

    private static Dictionary<string, RegionHistory> ReadHistory(out List<(string Code, LocalizedText Name)> abolishedNames)
    {
        var histories = new Dictionary<string, RegionHistory>(StringComparer.Ordinal);
        abolishedNames = [];
        foreach (string[] cells in ReadRows(HistoryResource, "code\tevent\tfrom\tuntil\tkk\tru\ten\tmerged_into"))
        {
            string code = cells[0];
            RegionHistory history = histories.GetValueOrDefault(code, RegionHistory.Unchanged);
            LocalDate? from = ReadDate(cells[2]);
            LocalDate? until = ReadDate(cells[3]);
            histories[code] = cells[1] switch
            {
                "abolished" => history with { Abolished = until, MergedInto = cells[7].Split(' ') },
                "established" => history with { Established = from },
                "former-name" => history with { FormerNames = [.. history.FormerNames, new FormerRegionName(LocalizedText.Create(cells[4], cells[5], cells[6]), from, until ?? throw new InvalidDataException($"Former name of {code} has no end date."))] },
                _ => throw new InvalidDataException($"Unknown event '{cells[1]}' in {HistoryResource}."),
            };
            if (cells[1] == "abolished")
            {
                abolishedNames.Add((code, LocalizedText.Create(cells[4], cells[5], cells[6])));
            }
        }

        return histories;
    }

    private static LocalDate? ReadDate(string cell) =>
        cell.Length == 0 ? null : LocalDatePattern.Iso.Parse(cell).GetValueOrThrow();

    private static List<string[]> ReadRows(string resource, string header)
    {
        using Stream stream = typeof(RegionTable).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string? first = reader.ReadLine();
        if (first is null || !first.StartsWith(header, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"The embedded {resource} does not start with the expected header.");
        }

        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length != 0)
            {
                rows.Add(line.Split('\t'));
            }
        }

        return rows;
    }
}
