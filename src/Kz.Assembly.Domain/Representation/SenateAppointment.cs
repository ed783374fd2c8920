using System;
using Kz.Assembly.Domain.Annotations;
using System.Diagnostics.CodeAnalysis;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.People;
using NodaTime;
using System.Diagnostics.Contracts;
using Kz.Assembly.Domain.Identity;

namespace Kz.Assembly.Domain.Representation;

/// <summary>
/// A Senate deputy appointed by the President on the Assembly Council's recommendation, over a term (a Popolo
/// <c>Membership</c> of a <c>Post</c>). Immutable; equal by <see cref="Id"/>.
/// </summary>
public sealed class SenateAppointment : IEntity<SenateAppointment>, IEquatable<SenateAppointment>
{
    private SenateAppointment(Person person, Term term, Id<SenateAppointment>? id = null)
    {
        Person = person;
        Term = term;
        Id = id ?? Id<SenateAppointment>.Derive(person.Id.ToString(), "senate", DomainDates.Iso(term.Start));
    }

    /// <summary>Gets the id; derived as <c>{person}-senate-{term start}</c> unless set with <see cref="WithId"/>.</summary>
    public Id<SenateAppointment> Id { get; }

    /// <summary>Gets the deputy.</summary>
    public Person Person { get; }

    /// <summary>Gets the term, both ends inclusive; open while the deputy still serves.</summary>
    public Term Term { get; }

    /// <summary>Creates an appointment.</summary>
    /// <param name="person">The deputy.</param>
    /// <param name="termStart">The first day.</param>
    /// <param name="termEnd">The last day, not before <paramref name="termStart"/>; null while the deputy still serves.</param>
    /// <returns>The appointment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The term ends before it starts or lies outside the domain's years.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    public static SenateAppointment Create(Person person, [NotBefore(1995, 1, 1)] LocalDate termStart, [NotBeforeParameter("termStart")] LocalDate? termEnd)
    {
        Preconditions.CheckNotNull(person, nameof(person));
        if (Term.Validate(termStart, termEnd, nameof(termStart), nameof(termEnd)) is { } error)
        {
            Preconditions.Throw(error);
        }

        return new SenateAppointment(person, Term.Create(termStart, termEnd));
    }

    /// <summary>Creates an appointment, or returns false where <see cref="Create"/> would throw.</summary>
    /// <param name="person">The deputy.</param>
    /// <param name="termStart">The first day.</param>
    /// <param name="termEnd">The last day.</param>
    /// <param name="appointment">The appointment, or null.</param>
    /// <returns>Whether the arguments were valid.</returns>
    public static bool TryCreate(Person? person, LocalDate termStart, LocalDate? termEnd, [NotNullWhen(true)] out SenateAppointment? appointment)
    {
        appointment = person is not null && Term.Validate(termStart, termEnd, nameof(termStart), nameof(termEnd)) is null
            ? new SenateAppointment(person, Term.Create(termStart, termEnd))
            : null;
        return appointment is not null;
    }

    /// <summary>Returns this appointment with its term ended on a last day: a new version with the same id.</summary>
    /// <param name="lastDay">The last day served.</param>
    /// <returns>The ended appointment.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastDay"/> precedes the start or is outside the domain's years.</exception>
    [Pure]
    public SenateAppointment EndOn([NotBefore(1995, 1, 1)] LocalDate lastDay) => new(Person, Term.EndingOn(lastDay), Id);

    /// <summary>Returns this appointment under another id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>A new instance; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the invalid default.</exception>
    [Pure]
    public SenateAppointment WithId(Id<SenateAppointment> id) => new(Person, Term, IdRules.Require(id, nameof(id)));

    /// <summary>Returns for example <c>Senator Name 2023-01-01..2028-12-31</c> (an open term ends in <c>..</c>).</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => $"Senator {Person.ToString()} {Term}";

    /// <inheritdoc/>
    public bool Equals(SenateAppointment? other) => other is not null && Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SenateAppointment);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode();
}
