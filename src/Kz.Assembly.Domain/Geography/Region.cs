using System;
using Kz.Assembly.Domain.Annotations;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Geography;

/// <summary>
/// A region or city of republican significance of Kazakhstan that existed on some day since the APK's founding
/// (1995-03-01): the 17 regions and 3 cities of 2025 (<see cref="All"/>) and the five regions abolished in 1997
/// (<see cref="AllSince1995"/>). There is exactly one instance per region, so reference equality and value equality
/// agree. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Regions are found by ISO 3166-2:KZ code (<c>KZ-61</c>), by the two-digit KATO code (<c>61</c>), by the legacy
/// letter code of older data sets (<c>KZ-YUZ</c>), or by any of their kk/ru/en names, former names, 2021 Latin
/// spellings and common transliterations (<c>Абайская область</c>, <c>Nur-Sultan</c>, <c>Qaraghandy Region</c>).
/// Ordering follows the code.
/// </para>
/// <para>
/// Each region knows the days it existed (<see cref="Established"/>, <see cref="Abolished"/>) and its
/// <see cref="FormerNames"/>: a body, session or activity dated when its region did not exist is rejected. The five
/// regions abolished in 1997 never had an ISO 3166-2 code (the standard's first edition is of 1998); the library gives
/// them private codes of the same shape (<c>KZ-TAL</c>, <c>KZ-TUR</c>, <c>KZ-ZHE</c>, <c>KZ-KOK</c>, <c>KZ-SEM</c>).
/// docs/domain-model.md cites the decrees.
/// </para>
/// </remarks>
[Localized]
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.RegionJsonConverter))]
public sealed class Region : IEquatable<Region>, IComparable<Region>, IFormattable, IParsable<Region>
{
    private readonly IReadOnlyList<string> mergedIntoCodes;

    internal Region(
        string code,
        string? legacyCode,
        RegionKind kind,
        LocalizedText name,
        IReadOnlyList<string> aliases,
        RegionHistory history)
    {
        Code = code;
        LegacyCode = legacyCode;
        Kind = kind;
        Name = name;
        Aliases = aliases;
        Established = history.Established;
        Abolished = history.Abolished;
        FormerNames = history.FormerNames;
        mergedIntoCodes = history.MergedInto;
    }

    /// <summary>Gets every region and city of republican significance as of 2025, ordered by ISO code.</summary>
    public static IReadOnlyList<Region> All => RegionTable.Instance.All;

    /// <summary>Gets every region and city of republican significance that existed on some day since 1995-03-01, the
    /// five abolished in 1997 included: the present ones by ISO code, then the abolished ones by code.</summary>
    public static IReadOnlyList<Region> AllSince1995 => RegionTable.Instance.AllSince1995;

    /// <summary>Gets the ISO 3166-2:KZ code, for example <c>KZ-61</c>; for a region abolished in 1997, the library's
    /// private code of the same shape (<c>KZ-TAL</c>).</summary>
    public string Code { get; }

    /// <summary>Gets the two-digit KATO region code, equal to the digits of <see cref="Code"/> (61 for <c>KZ-61</c>),
    /// or null for a region abolished in 1997, which has none.</summary>
    public int? KatoCode => char.IsAsciiDigit(Code[3]) ? (Code[3] - '0') * 10 + (Code[4] - '0') : null;

    /// <summary>Gets the day the region was established, or null when it existed before the APK's founding (1995-03-01).</summary>
    public LocalDate? Established { get; }

    /// <summary>Gets the day the region was abolished (it existed until the day before), or null while it exists.</summary>
    public LocalDate? Abolished { get; }

    /// <summary>Gets the names the region bore before its present one since 1995, oldest first.</summary>
    public IReadOnlyList<FormerRegionName> FormerNames { get; }

    /// <summary>Gets the regions an abolished region's territory passed to (Turgai Region: Akmola and Kostanay); empty
    /// for a region that exists.</summary>
    public IReadOnlyList<Region> MergedInto => [.. System.Linq.Enumerable.Select(mergedIntoCodes, FromCode)];

    /// <summary>Tells whether the region existed on a date: established on or before it and not yet abolished.</summary>
    /// <param name="date">An ISO date.</param>
    /// <returns>Whether the region existed that day.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool ExistedOn(LocalDate date)
    {
        if (DomainDates.ValidateCalendar(date, nameof(date), "Date") is { } error)
        {
            Preconditions.Throw(error);
        }

        return (Established is not { } start || date >= start) && (Abolished is not { } end || date < end);
    }

    /// <summary>Gets the name the region bore on a date: a former name while it was in use, else the present one.</summary>
    /// <param name="date">An ISO date.</param>
    /// <returns>The name of that day (Nur-Sultan for KZ-71 on 2020-01-01).</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public LocalizedText NameOn(LocalDate date)
    {
        if (DomainDates.ValidateCalendar(date, nameof(date), "Date") is { } error)
        {
            Preconditions.Throw(error);
        }

        foreach (FormerRegionName former in FormerNames)
        {
            if (former.InUseOn(date))
            {
                return former.Name;
            }
        }

        return Name;
    }

    /// <summary>Gets the letter code older data sets used (<c>KZ-YUZ</c>), or null for regions created in 2022 or abolished in 1997.</summary>
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
                $"'{code}' is not the ISO 3166-2:KZ code (KZ-10 … KZ-79), KATO code, legacy letter code or the library's code of an abolished region (KZ-TAL, KZ-TUR, KZ-ZHE, KZ-KOK, KZ-SEM) of a region of Kazakhstan since 1995.");
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
    /// Finds a region by any code, or by a name in any of the three languages, a former name, a 2021 Latin spelling or
    /// a common transliteration, ignoring case, hyphens, runs of white space and the generic word (region, oblast,
    /// облысы, область, city, город, қаласы), and in the case a sentence declines it to (<c>Түркістан облысының</c>,
    /// <c>Туркестанской области</c>, <c>Шымкентте</c>, <c>города Шымкент</c>). Where a name is both a present and a
    /// former name (Akmola), the present meaning wins.
    /// </summary>
    /// <param name="text">A code or a name: <c>KZ-61</c>, <c>Түркістан облысы</c>, <c>Туркестанская область</c>,
    /// <c>Turkistan Region</c>, or both as <see cref="ToString()"/> writes them (<c>KZ-61 Turkistan Region</c>).</param>
    /// <returns>The region.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">No region has that code or name.</exception>
    public static Region Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        if (!TryParse(text, out Region? region))
        {
            throw new FormatException(
                $"'{text}' is not a code, a kk/ru/en name, a former name or a known spelling of a region or city of republican significance of Kazakhstan since 1995.");
        }

        return region;
    }

    /// <summary>Finds a region by code or name as <see cref="Parse"/> does, or returns false; never throws.</summary>
    /// <param name="text">A code or a name.</param>
    /// <param name="region">The region, or null.</param>
    /// <returns>Whether a region has that code or name.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Region? region) =>
        RegionTable.Instance.TryFindByCode(text, out region) || RegionTable.Instance.TryFindByName(text, out region)
        || TryParseCodeAndName(text, out region) || TryParseInflected(text, out region);

    /// <summary>Reads a name in the case a sentence gives it (<c>Түркістан облысының</c>, <c>Туркестанской области</c>,
    /// <c>Шымкентте</c>, <c>города Шымкент</c>), in Cyrillic or in the 2021 Latin alphabet.</summary>
    private static bool TryParseInflected(string? text, [NotNullWhen(true)] out Region? region)
    {
        region = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return false;
        }

        string cyrillic = Localization.KazakhTransliteration.ToCyrillic(text);
        return RegionCaseForms.TryFind(text, out region)
            || (!string.Equals(cyrillic, text, StringComparison.Ordinal) && RegionCaseForms.TryFind(cyrillic, out region));
    }

    /// <summary>Reads the form <see cref="ToString()"/> writes, <c>KZ-61 Turkistan Region</c>: a code, then a name of
    /// the same region.</summary>
    private static bool TryParseCodeAndName(string? text, [NotNullWhen(true)] out Region? region)
    {
        region = null;
        int space = text is null ? -1 : text.IndexOf(' ', StringComparison.Ordinal);
        return space > 0
            && RegionTable.Instance.TryFindByCode(text![..space], out Region? byCode)
            && RegionTable.Instance.TryFindByName(text[(space + 1)..], out Region? byName)
            && ReferenceEquals(region = byCode, byName);
    }

    /// <summary>Returns the ISO code and English name, for example <c>KZ-61 Turkistan Region</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => Code + " " + Name.English;

    /// <summary>Returns the region's name in the language of <paramref name="formatProvider"/>.</summary>
    /// <param name="format">Null or "G" for the name; "C" for the ISO code.</param>
    /// <param name="formatProvider">A culture or <see cref="Localization.DomainFormatProvider"/> choosing the language; the
    /// invariant culture gives <see cref="ToString()"/>; null means the current culture.</param>
    /// <returns>The formatted region.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the documented formats.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" => Localization.FormattingContract.Named(this, Name, format, formatProvider),
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

    internal ValidationError? ValidateExistedOn(LocalDate date, string paramName, string what)
    {
        if (ExistedOn(date))
        {
            return null;
        }

        string existence = (Established, Abolished) switch
        {
            ({ } from, { } until) => $"existed from {DomainDates.Iso(from)} until {DomainDates.Iso(until)}",
            ({ } from, null) => $"was established on {DomainDates.Iso(from)}",
            (null, { } until) => $"was abolished on {DomainDates.Iso(until)}",
            _ => "has always existed",
        };
        return ValidationError.OutOfRange(paramName, date, $"{what} is dated {DomainDates.Iso(date)}, when region {Code} ({Name.English}) did not exist: it {existence}.");
    }

    private static int Compare(Region? left, Region? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    /// <inheritdoc/>
    /// <remarks>Explicit, so that ASP.NET binding and generic code find it while callers of <c>Parse(string)</c> are not
    /// asked for a format provider the culture-invariant text does not use.</remarks>
    static Region IParsable<Region>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<Region>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out Region result) => TryParse(s, out result);
}
