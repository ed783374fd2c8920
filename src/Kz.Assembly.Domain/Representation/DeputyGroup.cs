using System;
using Kz.Assembly.Domain.Text;
using Kz.Assembly.Domain.Periods;
using NodaTime;
using NodaTime.Text;

namespace Kz.Assembly.Domain.Representation;

/// <summary>
/// A group of Parliament deputies formed around the Assembly's aims, such as the inter-chamber group
/// «Бір ел – бір мүдде» ("One country – one interest"). Immutable; equal when all parts are equal.
/// </summary>
public sealed class DeputyGroup : IEquatable<DeputyGroup>
{
    private DeputyGroup(LocalizedText name, bool isInterChamber, LocalDate? formed)
    {
        Name = name;
        IsInterChamber = isInterChamber;
        Formed = formed;
    }

    /// <summary>Gets the group's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets whether deputies of both chambers (Senate and Mazhilis) belong to it.</summary>
    public bool IsInterChamber { get; }

    /// <summary>Gets the date it was formed, or null when the source does not say.</summary>
    public LocalDate? Formed { get; }

    /// <summary>Creates a deputy group.</summary>
    /// <param name="name">The name.</param>
    /// <param name="isInterChamber">Whether it spans both chambers.</param>
    /// <param name="formed">The date formed, or null.</param>
    /// <returns>The group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="formed"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="formed"/> is outside the domain's years.</exception>
    public static DeputyGroup Create(LocalizedText name, bool isInterChamber, LocalDate? formed = null)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        if (DomainDates.ValidateOptionalDate(formed, nameof(formed), "The date the deputy group was formed") is { } error)
        {
            Preconditions.Throw(error);
        }

        return new(name, isInterChamber, formed);
    }

    /// <summary>Returns the English name, for example <c>One Country – One Interest (inter-chamber)</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() =>
        Name.English + (IsInterChamber ? " (inter-chamber)" : string.Empty) + (Formed is { } d ? " formed " + LocalDatePattern.Iso.Format(d) : string.Empty);

    /// <inheritdoc/>
    public bool Equals(DeputyGroup? other) =>
        other is not null && Name.Equals(other.Name) && IsInterChamber == other.IsInterChamber && Formed == other.Formed;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DeputyGroup);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, IsInterChamber, Formed);
}
