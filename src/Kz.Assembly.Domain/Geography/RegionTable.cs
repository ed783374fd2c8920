using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Text;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Geography;

/// <summary>
/// The reference table of regions, read once from the embedded <c>regions.tsv</c> (a copy of the project's reference
/// file), with lookup dictionaries for codes and normalised names.
/// </summary>
internal sealed class RegionTable
{
    private const string ResourceName = "Kz.Assembly.Domain.Data.regions.tsv";

    // Letter codes of ISO 3166-2:KZ before the 2020 switch to digits; the three regions created in 2022 never had one.
    private static readonly Dictionary<string, string> LegacyCodes = new(StringComparer.Ordinal)
    {
        ["KZ-11"] = "KZ-AKM", ["KZ-15"] = "KZ-AKT", ["KZ-19"] = "KZ-ALM", ["KZ-23"] = "KZ-ATY",
        ["KZ-27"] = "KZ-ZAP", ["KZ-31"] = "KZ-ZHA", ["KZ-35"] = "KZ-KAR", ["KZ-39"] = "KZ-KUS",
        ["KZ-43"] = "KZ-KZY", ["KZ-47"] = "KZ-MAN", ["KZ-55"] = "KZ-PAV", ["KZ-59"] = "KZ-SEV",
        ["KZ-61"] = "KZ-YUZ", ["KZ-63"] = "KZ-VOS", ["KZ-71"] = "KZ-AST", ["KZ-75"] = "KZ-ALA",
        ["KZ-79"] = "KZ-SHY",
    };

    // Russian forms many sources use for the regions created in 2022 (see shared/reference/README.md).
    private static readonly Dictionary<string, string[]> KnownAliases = new(StringComparer.Ordinal)
    {
        ["KZ-10"] = ["Абайская область", "область Абая"],
        ["KZ-33"] = ["Жетысуская область", "область Жетысу"],
        ["KZ-62"] = ["Улытауская область", "область Улытау"],
    };

    private readonly Dictionary<string, Region> byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Region> byName = new(StringComparer.Ordinal);

    private RegionTable(IReadOnlyList<Region> all)
    {
        All = all;
        foreach (Region region in all)
        {
            byCode.Add(region.Code, region);
            byCode.Add(region.KatoCode.ToString(CultureInfo.InvariantCulture), region);
            if (region.LegacyCode is { } legacy)
            {
                byCode.Add(legacy, region);
            }

            AddName(region.Name.Kazakh, region);
            AddName(region.Name.Russian, region);
            AddName(region.Name.English, region);
            foreach (string alias in region.Aliases)
            {
                AddName(alias, region);
            }
        }
    }

    internal static RegionTable Instance { get; } = Load();

    internal IReadOnlyList<Region> All { get; }

    internal bool TryFindByCode(string? code, [NotNullWhen(true)] out Region? region)
    {
        region = null;
        return code is not null && byCode.TryGetValue(code.Trim(), out region);
    }

    internal bool TryFindByName(string? name, [NotNullWhen(true)] out Region? region)
    {
        region = null;
        return name is not null && byName.TryGetValue(Normalize(name), out region);
    }

    /// <summary>Folds case, ё to е and runs of white space, so that lookups forgive the usual variations of input.</summary>
    internal static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        bool pendingSpace = false;
        foreach (char c in name)
        {
            if (char.IsWhiteSpace(c))
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

    private void AddName(string name, Region region)
    {
        // Almaty the city and Almaty the region share no full name, so every name maps to one region.
        byName.Add(Normalize(name), region);
    }

    private static RegionTable Load()
    {
        using Stream stream = typeof(RegionTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var regions = new List<Region>();
        string? header = reader.ReadLine();
        if (header is null || !header.StartsWith("iso_3166_2\tkk\tru\ten\tkind", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"The embedded {ResourceName} does not start with the expected header.");
        }

        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            string[] cells = line.Split('\t');
            string code = cells[0];
            RegionKind kind = cells[4] == "city" ? RegionKind.City : RegionKind.Region;
            string? legacy = LegacyCodes.TryGetValue(code, out string? letters) ? letters : null;
            IReadOnlyList<string> aliases = KnownAliases.TryGetValue(code, out string[]? known) ? known : [];
            regions.Add(new Region(code, legacy, kind, LocalizedText.Create(cells[1], cells[2], cells[3]), aliases));
        }

        regions.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return new RegionTable(regions.AsReadOnly());
    }
}
