using System;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Geography;

/// <summary>
/// A name a region bore before its present one, with the days it was in use (South Kazakhstan Region until
/// 2018-06-19; Nur-Sultan from 2019-03-23 until 2022-09-17). Immutable and thread-safe; equal when name and dates are equal.
/// </summary>
public sealed class FormerRegionName : IEquatable<FormerRegionName>
{
    internal FormerRegionName(LocalizedText name, LocalDate? from, LocalDate until)
    {
        Name = name;
        From = from;
        Until = until;
    }

    /// <summary>Gets the name in Kazakh, Russian and English.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the first day the name was in use, or null when it was in use from before the APK's founding.</summary>
    public LocalDate? From { get; }

    /// <summary>Gets the day the name stopped being used (exclusive): the day the next name took effect.</summary>
    public LocalDate Until { get; }

    /// <summary>Tells whether the name was in use on a date.</summary>
    /// <param name="date">An ISO date.</param>
    /// <returns>Whether the region bore this name that day.</returns>
    public bool InUseOn(LocalDate date) => (From is not { } from || date >= from) && date < Until;

    /// <summary>Returns for example <c>South Kazakhstan Region (until 2018-06-19)</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() =>
        $"{Name.English} ({(From is { } from ? DomainDates.Iso(from) + ".." : "until ")}{DomainDates.Iso(Until)})";

    /// <inheritdoc/>
    public bool Equals(FormerRegionName? other) =>
        other is not null && Name.Equals(other.Name) && From == other.From && Until == other.Until;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FormerRegionName);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, From, Until);
}
