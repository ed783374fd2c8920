using System;
using Kz.Assembly.Domain.Annotations;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Geography;

/// <summary>
/// One of the 17 regions or 3 cities of republican significance of Kazakhstan as of 2025. There is exactly one
/// instance per region (see <see cref="All"/>), so reference equality and value equality agree. Immutable and
/// thread-safe.
/// </summary>
/// <remarks>
/// Regions are found by ISO 3166-2:KZ code (<c>KZ-61</c>), by the two-digit KATO code (<c>61</c>), by the legacy
/// letter code of older data sets (<c>KZ-YUZ</c>), or by any of their kk/ru/en names and known aliases
/// (<c>Абайская область</c>). Ordering follows the ISO code, which is the order of the reference table.
/// </remarks>
[Localized]
public sealed class Region : IEquatable<Region>, IComparable<Region>, IFormattable
{
    internal Region(string code, string? legacyCode, RegionKind kind, LocalizedText name, IReadOnlyList<string> aliases)
    {
        Code = code;
        LegacyCode = legacyCode;
        Kind = kind;
        Name = name;
        Aliases = aliases;
    }

    /// <summary>Gets every region and city of republican significance, ordered by ISO code.</summary>
    public static IReadOnlyList<Region> All => RegionTable.Instance.All;

    /// <summary>Gets the ISO 3166-2:KZ code, for example <c>KZ-61</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the two-digit KATO region code, equal to the digits of <see cref="Code"/> (61 for <c>KZ-61</c>).</summary>
    public int KatoCode => (Code[3] - '0') * 10 + (Code[4] - '0');

    /// <summary>Gets the letter code older data sets used (<c>KZ-YUZ</c>), or null for regions created in 2022.</summary>
    public string? LegacyCode { get; }

    /// <summary>Gets whether this is a region or a city of republican significance.</summary>
    public RegionKind Kind { get; }

    /// <summary>Gets the official name in Kazakh, Russian and English.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets other names the region is known by in real input (for example Russian adjectival forms).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Finds a region by ISO 3166-2:KZ code, KATO code or legacy letter code, ignoring case.</summary>
    /// <param name="code">The code: <c>KZ-61</c>, <c>61</c> or <c>KZ-YUZ</c>.</param>
    /// <returns>The region.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No region has that code.</exception>
    public static Region FromCode(string code)
    {
        Preconditions.CheckNotNull(code, nameof(code));
        if (!TryFromCode(code, out Region? region))
        {
            throw new ArgumentOutOfRangeException(
                nameof(code),
                code,
                $"'{code}' is not the ISO 3166-2:KZ code (KZ-10 … KZ-79), KATO code or legacy letter code of a region of Kazakhstan as of 2025.");
        }

        return region;
    }

    /// <summary>Finds a region by code, or returns false; never throws.</summary>
    /// <param name="code">The code: <c>KZ-61</c>, <c>61</c> or <c>KZ-YUZ</c>.</param>
    /// <param name="region">The region, or null.</param>
    /// <returns>Whether a region has that code.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out Region? region) =>
        RegionTable.Instance.TryFindByCode(code, out region);

    /// <summary>
    /// Finds a region by any code or name in any of the three languages, or a known alias, ignoring case and
    /// runs of white space.
    /// </summary>
    /// <param name="text">A code or a name: <c>KZ-61</c>, <c>Түркістан облысы</c>, <c>Туркестанская область</c>, <c>Turkistan Region</c>.</param>
    /// <returns>The region.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">No region has that code or name.</exception>
    public static Region Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        if (!TryParse(text, out Region? region))
        {
            throw new FormatException(
                $"'{text}' is not a code, a kk/ru/en name or a known alias of a region or city of republican significance of Kazakhstan as of 2025.");
        }

        return region;
    }

    /// <summary>Finds a region by code or name as <see cref="Parse"/> does, or returns false; never throws.</summary>
    /// <param name="text">A code or a name.</param>
    /// <param name="region">The region, or null.</param>
    /// <returns>Whether a region has that code or name.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Region? region) =>
        RegionTable.Instance.TryFindByCode(text, out region) || RegionTable.Instance.TryFindByName(text, out region);

    /// <summary>Returns the ISO code and English name, for example <c>KZ-61 Turkistan Region</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => Code + " " + Name.English;

    /// <summary>Returns the region's name in the language of <paramref name="formatProvider"/>.</summary>
    /// <param name="format">Null or "G" for the name; "C" for the ISO code.</param>
    /// <param name="formatProvider">A culture choosing the language; null means English.</param>
    /// <returns>The formatted region.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the documented formats.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" => Name.In(Languages.FromProvider(formatProvider)),
        "C" => Code,
        _ => throw new FormatException($"Format '{format}' is not supported by Region: use \"G\" (name) or \"C\" (ISO code)."),
    };

    /// <inheritdoc/>
    public bool Equals(Region? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Region);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Compares by ISO code; null sorts first.</summary>
    /// <param name="other">The other region.</param>
    /// <returns>The sign of the comparison.</returns>
    public int CompareTo(Region? other) => other is null ? 1 : string.CompareOrdinal(Code, other.Code);

    /// <summary>Compares two regions for equality.</summary>
    /// <param name="left">The first region.</param>
    /// <param name="right">The second region.</param>
    /// <returns>Whether they are the same region.</returns>
    public static bool operator ==(Region? left, Region? right) => Equals(left, right);

    /// <summary>Compares two regions for inequality.</summary>
    /// <param name="left">The first region.</param>
    /// <param name="right">The second region.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Region? left, Region? right) => !Equals(left, right);

    /// <summary>Orders by ISO code.</summary>
    /// <param name="left">The first region.</param>
    /// <param name="right">The second region.</param>
    /// <returns>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(Region? left, Region? right) => Compare(left, right) < 0;

    /// <summary>Orders by ISO code.</summary>
    /// <param name="left">The first region.</param>
    /// <param name="right">The second region.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(Region? left, Region? right) => Compare(left, right) > 0;

    /// <summary>Orders by ISO code.</summary>
    /// <param name="left">The first region.</param>
    /// <param name="right">The second region.</param>
    /// <returns>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</returns>
    public static bool operator <=(Region? left, Region? right) => Compare(left, right) <= 0;

    /// <summary>Orders by ISO code.</summary>
    /// <param name="left">The first region.</param>
    /// <param name="right">The second region.</param>
    /// <returns>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</returns>
    public static bool operator >=(Region? left, Region? right) => Compare(left, right) >= 0;

    private static int Compare(Region? left, Region? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
