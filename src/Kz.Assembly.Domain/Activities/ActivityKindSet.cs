using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace Kz.Assembly.Domain.Activities;

/// <summary>
/// A set of activity kinds: the kinds a reported reach belongs to. «631 іс-шара мен 49 қайырымдылық акциясы
/// өткізіліп, 39 мыңға жуық адам қамтылды»: the 39 000 were reached by events and charity actions together, so that
/// reach belongs to the set <c>Event+CharityAction</c>, never to one kind alone. Immutable; equal when the members
/// are equal; ordered by the members' values as bits.
/// </summary>
/// <remarks><c>default</c> is the empty set. <see cref="ToString"/> writes the members joined by <c>+</c> in the enum's
/// order (<c>Event+CharityAction</c>), which <see cref="Parse"/> reads back.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ActivityKindSetJsonConverter))]
public readonly struct ActivityKindSet : IEquatable<ActivityKindSet>, IComparable<ActivityKindSet>, IParsable<ActivityKindSet>
{
    private readonly uint mask;

    private ActivityKindSet(uint mask) => this.mask = mask;

    /// <summary>Gets the empty set.</summary>
    public static ActivityKindSet Empty => default;

    /// <summary>Gets the number of kinds in the set.</summary>
    public int Count => BitOperations.PopCount(mask);

    /// <summary>Gets whether the set is empty.</summary>
    public bool IsEmpty => mask == 0;

    /// <summary>Gets whether the set holds more than one kind: a reach of such a set is a joint reach.</summary>
    public bool IsJoint => Count > 1;

    /// <summary>Gets the kinds, in the enum's order.</summary>
    public IReadOnlyList<AssemblyActivityKind> Kinds
    {
        get
        {
            var kinds = new List<AssemblyActivityKind>(Count);
            for (uint rest = mask; rest != 0; rest &= rest - 1)
            {
                kinds.Add((AssemblyActivityKind)BitOperations.TrailingZeroCount(rest));
            }

            return kinds;
        }
    }

    internal uint Mask => mask;

    /// <summary>Creates the set of the given kinds.</summary>
    /// <param name="kinds">Defined kinds; repeats are ignored.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kinds"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A kind is not a defined <see cref="AssemblyActivityKind"/>.</exception>
    public static ActivityKindSet Of(params AssemblyActivityKind[] kinds)
    {
        Preconditions.CheckNotNull(kinds, nameof(kinds));
        uint mask = 0;
        foreach (AssemblyActivityKind kind in kinds)
        {
            mask |= Bit(kind);
        }

        return new ActivityKindSet(mask);
    }

    /// <summary>Tells whether the set holds a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Whether it is a member.</returns>
    public bool Contains(AssemblyActivityKind kind) => Enum.IsDefined(kind) && (mask & (1u << (int)kind)) != 0;

    /// <summary>Tells whether two sets share a kind.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>Whether they overlap.</returns>
    public bool Overlaps(ActivityKindSet other) => (mask & other.mask) != 0;

    /// <summary>Returns the set with one more kind.</summary>
    /// <param name="kind">A defined kind.</param>
    /// <returns>The larger set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    [System.Diagnostics.Contracts.Pure]
    public ActivityKindSet With(AssemblyActivityKind kind) => new(mask | Bit(kind));

    /// <summary>Reads the text <see cref="ToString"/> writes: kind names joined by <c>+</c>; an empty text is the empty set.</summary>
    /// <param name="text">For example <c>Event+CharityAction</c>.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">A part is not the name of a kind, or a kind is named twice.</exception>
    public static ActivityKindSet Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return TryParse(text, out ActivityKindSet set)
            ? set
            : throw new FormatException($"'{text}' is not a set of activity kinds: write kind names joined by '+', each once, for example Event+CharityAction.");
    }

    /// <summary>Reads a set as <see cref="Parse"/> does, or returns false; never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="set">The set, or the empty set.</param>
    /// <returns>Whether the text was a set.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ActivityKindSet set)
    {
        set = default;
        if (text is null)
        {
            return false;
        }

        if (text.Length == 0)
        {
            return true;
        }

        uint mask = 0;
        foreach (string part in text.Split('+'))
        {
            // Names only: Enum.TryParse would also take digits and case-folded or comma-joined names.
            if (!TryKind(part, out AssemblyActivityKind kind) || (mask & (1u << (int)kind)) != 0)
            {
                return false;
            }

            mask |= 1u << (int)kind;
        }

        set = new ActivityKindSet(mask);
        return true;
    }

    /// <summary>Returns the kind names joined by <c>+</c> in the enum's order, for example <c>Event+CharityAction</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => string.Join("+", Kinds);

    /// <inheritdoc/>
    public bool Equals(ActivityKindSet other) => mask == other.mask;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ActivityKindSet other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (int)mask;

    /// <summary>Orders sets by their members as bits: a set of earlier kinds sorts first.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The sign of the comparison.</returns>
    public int CompareTo(ActivityKindSet other) => mask.CompareTo(other.mask);

    /// <summary>Compares two sets for equality.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>Whether they hold the same kinds.</returns>
    public static bool operator ==(ActivityKindSet left, ActivityKindSet right) => left.Equals(right);

    /// <summary>Compares two sets for inequality.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ActivityKindSet left, ActivityKindSet right) => !left.Equals(right);

    /// <summary>Orders sets.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(ActivityKindSet left, ActivityKindSet right) => left.CompareTo(right) < 0;

    /// <summary>Orders sets.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(ActivityKindSet left, ActivityKindSet right) => left.CompareTo(right) > 0;

    /// <summary>Orders sets.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>Whether <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(ActivityKindSet left, ActivityKindSet right) => left.CompareTo(right) <= 0;

    /// <summary>Orders sets.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>Whether <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(ActivityKindSet left, ActivityKindSet right) => left.CompareTo(right) >= 0;

    internal static ActivityKindSet FromMask(uint mask) => new(mask);

    private static bool TryKind(string name, out AssemblyActivityKind kind)
    {
        foreach (AssemblyActivityKind candidate in Enum.GetValues<AssemblyActivityKind>())
        {
            if (string.Equals(candidate.ToString(), name, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    private static uint Bit(AssemblyActivityKind kind)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{(int)kind} is not a defined AssemblyActivityKind.");
        }

        return 1u << (int)kind;
    }

    /// <inheritdoc/>
    /// <remarks>Explicit, so that ASP.NET binding and generic code find it while callers of <c>Parse(string)</c> are not
    /// asked for a format provider the culture-invariant text does not use.</remarks>
    static ActivityKindSet IParsable<ActivityKindSet>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<ActivityKindSet>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ActivityKindSet result) => TryParse(s, out result);
}
