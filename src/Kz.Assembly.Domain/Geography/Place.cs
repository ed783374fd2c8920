using System;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Annotations;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Geography;

/// <summary>
/// Where something happens: a whole region, or a named district, city or village within one. Immutable and
/// thread-safe; equal by <see cref="Id"/>, derived from region, kind and English name.
/// </summary>
[Localized]
public sealed class Place : IEntity<Place>, IEquatable<Place>, IFormattable
{
    private Place(Region region, PlaceKind kind, LocalizedText name)
    {
        Id = kind == PlaceKind.Region
            ? Id<Place>.Derive(region.Code)
            : Id<Place>.Derive(region.Code, kind.ToString(), name.English);
        Region = region;
        Kind = kind;
        Name = name;
    }

    /// <summary>Gets the id, derived from the place's parts: <c>kz-61</c> for a whole region,
    /// <c>kz-61-district-sairam-district</c> for a district. Places are values: equal places have equal ids.</summary>
    public Id<Place> Id { get; }

    /// <summary>Gets the region the place lies in (for a whole region, the region itself).</summary>
    public Region Region { get; }

    /// <summary>Gets what kind of place this is.</summary>
    public PlaceKind Kind { get; }

    /// <summary>Gets the place's name (for a whole region, the region's name).</summary>
    public LocalizedText Name { get; }

    /// <summary>Creates the place that is a whole region.</summary>
    /// <param name="region">The region.</param>
    /// <returns>The place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> is null.</exception>
    public static Place WholeRegion(Region region)
    {
        Preconditions.CheckNotNull(region, nameof(region));
        return new Place(region, PlaceKind.Region, region.Name);
    }

    /// <summary>Creates a named district, city or village within a region.</summary>
    /// <param name="region">The region it lies in.</param>
    /// <param name="kind">District, city or village.</param>
    /// <param name="name">Its name.</param>
    /// <returns>The place.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is <see cref="PlaceKind.Region"/> (use
    /// <see cref="WholeRegion"/>) or not a defined member.</exception>
    public static Place Within(Region region, PlaceKind kind, LocalizedText name)
    {
        Preconditions.CheckNotNull(region, nameof(region));
        Preconditions.CheckNotNull(name, nameof(name));
        if (kind is not (PlaceKind.District or PlaceKind.City or PlaceKind.Village))
        {
            throw new ArgumentOutOfRangeException(
                nameof(kind),
                kind,
                $"A place within a region is a District, City or Village, not {kind}; use Place.WholeRegion for a region.");
        }

        return new Place(region, kind, name);
    }

    /// <summary>Returns the English name followed by the region's ISO code, for example <c>Sairam District (KZ-61)</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => Kind == PlaceKind.Region ? Region.ToString() : $"{Name.English} ({Region.Code})";

    /// <summary>Returns the place's name in the language of <paramref name="formatProvider"/>.</summary>
    /// <param name="format">Null or "G".</param>
    /// <param name="formatProvider">A culture or <see cref="Localization.DomainFormatProvider"/> choosing the language; the
    /// invariant culture gives <see cref="ToString()"/>; null means the current culture.</param>
    /// <returns>The name.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not null, empty or "G".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Localization.FormattingContract.Named(this, Name, format, formatProvider);

    /// <inheritdoc/>
    public bool Equals(Place? other) => other is not null && Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Place);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Compares two places for equality.</summary>
    /// <param name="left">The first place.</param>
    /// <param name="right">The second place.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Place? left, Place? right) => Equals(left, right);

    /// <summary>Compares two places for inequality.</summary>
    /// <param name="left">The first place.</param>
    /// <param name="right">The second place.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Place? left, Place? right) => !Equals(left, right);
}
