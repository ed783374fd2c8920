using System;
using Kz.Assembly.Domain.Annotations;
using System.Diagnostics.CodeAnalysis;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.People;
using NodaTime;
using NodaTime.Text;

namespace Kz.Assembly.Domain.Representation;

/// <summary>
/// A Senate deputy appointed by the President on the Assembly Council's recommendation, over a term (a Popolo
/// <c>Membership</c> of a <c>Post</c>). Immutable; equal when person and term are equal.
/// </summary>
public sealed class SenateAppointment : IEquatable<SenateAppointment>
{
    private SenateAppointment(Person person, DateInterval term)
    {
        Person = person;
        Term = term;
    }

    /// <summary>Gets the deputy.</summary>
    public Person Person { get; }

    /// <summary>Gets the term, both ends inclusive.</summary>
    public DateInterval Term { get; }

    /// <summary>Creates an appointment.</summary>
    /// <param name="person">The deputy.</param>
    /// <param name="termStart">The first day.</param>
    /// <param name="termEnd">The last day, not before <paramref name="termStart"/>.</param>
    /// <returns>The appointment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The term ends before it starts or lies outside the domain's years.</exception>
    public static SenateAppointment Create(Person person, [NotBefore(1995, 1, 1)] LocalDate termStart, [NotBeforeParameter("termStart")] LocalDate termEnd)
    {
        Preconditions.CheckNotNull(person, nameof(person));
        if (DomainDates.ValidateRange(termStart, termEnd, nameof(termStart), nameof(termEnd), "term") is { } error)
        {
            Preconditions.Throw(error);
        }

        return new SenateAppointment(person, new DateInterval(termStart, termEnd));
    }

    /// <summary>Creates an appointment, or returns false where <see cref="Create"/> would throw.</summary>
    /// <param name="person">The deputy.</param>
    /// <param name="termStart">The first day.</param>
    /// <param name="termEnd">The last day.</param>
    /// <param name="appointment">The appointment, or null.</param>
    /// <returns>Whether the arguments were valid.</returns>
    public static bool TryCreate(Person? person, LocalDate termStart, LocalDate termEnd, [NotNullWhen(true)] out SenateAppointment? appointment)
    {
        appointment = person is not null && DomainDates.ValidateRange(termStart, termEnd, nameof(termStart), nameof(termEnd), "term") is null
            ? new SenateAppointment(person, new DateInterval(termStart, termEnd))
            : null;
        return appointment is not null;
    }

    /// <summary>Returns for example <c>Senator Name 2023-01-01..2028-12-31</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => $"Senator {Person.ToString()} {LocalDatePattern.Iso.Format(Term.Start)}..{LocalDatePattern.Iso.Format(Term.End)}";

    /// <inheritdoc/>
    public bool Equals(SenateAppointment? other) => other is not null && Person.Equals(other.Person) && Term.Equals(other.Term);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SenateAppointment);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Person, Term);
}
