using System;
using Kz.Assembly.Domain.Annotations;
using System.Diagnostics.Contracts;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Text;
using NodaTime;
using NodaTime.Text;

namespace Kz.Assembly.Domain.Representation;

/// <summary>
/// A group of Parliament deputies formed around an assembly's aims, such as the APK's inter-chamber group
/// «Бір ел – бір мүдде» ("One country – one interest"). Immutable; equal by <see cref="Id"/>.
/// </summary>
/// <remarks>Invariant: a known formation date is an ISO date while the body existed.</remarks>
public sealed class DeputyGroup : IEntity<DeputyGroup>, IEquatable<DeputyGroup>
{
    private DeputyGroup(AssemblyBody body, LocalizedText name, bool isInterChamber, LocalDate? formed, Id<DeputyGroup>? id = null)
    {
        Body = body;
        Name = name;
        IsInterChamber = isInterChamber;
        Formed = formed;
        Id = id ?? Id<DeputyGroup>.Derive(body.Id.ToString(), "deputy-group", name.English);
    }

    /// <summary>Gets the id; derived as <c>{body}-deputy-group-{English name}</c> unless set with <see cref="WithId"/>.</summary>
    public Id<DeputyGroup> Id { get; }

    /// <summary>Gets the assembly whose aims the group serves.</summary>
    public AssemblyBody Body { get; }

    /// <summary>Gets the group's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets whether deputies of both chambers (Senate and Mazhilis) belong to it.</summary>
    public bool IsInterChamber { get; }

    /// <summary>Gets the date it was formed, or null when the source does not say.</summary>
    public LocalDate? Formed { get; }

    /// <summary>Creates a deputy group.</summary>
    /// <param name="body">The assembly whose aims the group serves.</param>
    /// <param name="name">The name.</param>
    /// <param name="isInterChamber">Whether it spans both chambers.</param>
    /// <param name="formed">The date formed, or null.</param>
    /// <returns>The group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="formed"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="formed"/> is outside the domain's years or the body's existence.</exception>
    public static DeputyGroup Create(AssemblyBody body, LocalizedText name, bool isInterChamber, [NotBefore(1995, 1, 1)] LocalDate? formed = null)
    {
        Preconditions.CheckNotNull(body, nameof(body));
        Preconditions.CheckNotNull(name, nameof(name));
        if (formed is { } day && body.ValidateActiveOn(day, nameof(formed), $"The formation of deputy group «{name.English}»") is { } error)
        {
            Preconditions.Throw(error);
        }

        return new(body, name, isInterChamber, formed);
    }

    /// <summary>Returns this group under another id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>A new instance; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the invalid default.</exception>
    [Pure]
    public DeputyGroup WithId(Id<DeputyGroup> id) => new(Body, Name, IsInterChamber, Formed, IdRules.Require(id, nameof(id)));

    /// <summary>Returns the English name, for example <c>One Country – One Interest (inter-chamber)</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() =>
        Name.English + (IsInterChamber ? " (inter-chamber)" : string.Empty) + (Formed is { } d ? " formed " + LocalDatePattern.Iso.Format(d) : string.Empty);

    /// <inheritdoc/>
    public bool Equals(DeputyGroup? other) => other is not null && Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DeputyGroup);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode();
}
