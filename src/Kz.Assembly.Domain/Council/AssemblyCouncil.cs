using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Kz.Assembly.Domain.Bodies;
using NodaTime;
using NodaTime.Text;

namespace Kz.Assembly.Domain.Council;

/// <summary>
/// The Assembly Council (Ассамблея кеңесі), which does the body's work between sessions: its memberships over time.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Invariants: no term starts before the body's founding; one person never holds two memberships on the same day.
/// </remarks>
public sealed class AssemblyCouncil
{
    private AssemblyCouncil(AssemblyBody body, ImmutableArray<CouncilMembership> memberships)
    {
        Body = body;
        Memberships = memberships;
    }

    /// <summary>Gets the body whose council this is.</summary>
    public AssemblyBody Body { get; }

    /// <summary>Gets every membership, in the order added.</summary>
    public ImmutableArray<CouncilMembership> Memberships { get; }

    /// <summary>Creates a council from its memberships.</summary>
    /// <param name="body">The body.</param>
    /// <param name="memberships">The memberships.</param>
    /// <returns>The council.</returns>
    /// <exception cref="ArgumentNullException">An argument or a membership is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A term starts before the body's founding.</exception>
    /// <exception cref="ArgumentException">A person holds two memberships on the same day.</exception>
    public static AssemblyCouncil Create(AssemblyBody body, IEnumerable<CouncilMembership> memberships)
    {
        Preconditions.CheckNotNull(body, nameof(body));
        Preconditions.CheckNotNull(memberships, nameof(memberships));
        ImmutableArray<CouncilMembership> list = [.. memberships];
        for (int i = 0; i < list.Length; i++)
        {
            CouncilMembership membership = Preconditions.CheckNotNull(list[i], nameof(memberships));
            if (membership.Term.Start < body.Founded)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(memberships),
                    membership.Term.Start,
                    $"The term of {membership.Person.ToString()} starts on {LocalDatePattern.Iso.Format(membership.Term.Start)}, before {body.Id} was founded on {LocalDatePattern.Iso.Format(body.Founded)}.");
            }

            for (int j = 0; j < i; j++)
            {
                if (list[j].Person.Equals(membership.Person) && list[j].Term.Overlaps(membership.Term))
                {
                    throw new ArgumentException($"{membership.Person.ToString()} holds two overlapping Council memberships ({list[j]} and {membership}).", nameof(memberships));
                }
            }
        }

        return new AssemblyCouncil(body, list);
    }

    /// <summary>Returns a council that also holds <paramref name="membership"/>.</summary>
    /// <param name="membership">The membership to add.</param>
    /// <returns>A new council; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">The membership overlaps another of the same person, or starts before the body's founding.</exception>
    [Pure]
    public AssemblyCouncil Add(CouncilMembership membership) => Create(Body, [.. Memberships, membership]);

    /// <summary>Gets the memberships in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The memberships whose term contains the date.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    [Pure]
    public ImmutableArray<CouncilMembership> MembersOn(LocalDate date)
    {
        ImmutableArray<CouncilMembership>.Builder serving = ImmutableArray.CreateBuilder<CouncilMembership>();
        foreach (CouncilMembership membership in Memberships)
        {
            if (membership.IsServingOn(date))
            {
                serving.Add(membership);
            }
        }

        return serving.ToImmutable();
    }

    /// <summary>Counts the members of a category serving on a date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="category">The category.</param>
    /// <returns>How many serve.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    [Pure]
    public int CountOn(LocalDate date, MemberCategory category)
    {
        int count = 0;
        foreach (CouncilMembership membership in Memberships)
        {
            if (membership.Category == category && membership.IsServingOn(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Returns for example <c>apk council: 12 membership(s)</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => $"{Body.Id} council: {Memberships.Length} membership(s)";
}
