using System;
using Kz.Assembly.Domain.Annotations;
using System.Diagnostics.CodeAnalysis;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Text;
using NodaTime;
using NodaTime.Text;

namespace Kz.Assembly.Domain.Council;

/// <summary>
/// A person's seat on the Assembly Council over a term (a Popolo <c>Membership</c>), in a category, and for an
/// ethnocultural association representative, on behalf of that association. Immutable; equal when all parts are equal.
/// </summary>
/// <remarks>
/// Invariants: the term is a run of whole days that does not end before it starts, within the domain's years; a
/// representative of an ethnocultural association names the association (Popolo's <c>on_behalf_of</c>).
/// </remarks>
public sealed class CouncilMembership : IEquatable<CouncilMembership>
{
    private CouncilMembership(Person person, MemberCategory category, DateInterval term, LocalizedText? onBehalfOf)
    {
        Person = person;
        Category = category;
        Term = term;
        OnBehalfOf = onBehalfOf;
    }

    /// <summary>Gets the member.</summary>
    public Person Person { get; }

    /// <summary>Gets the footing the member sits on.</summary>
    public MemberCategory Category { get; }

    /// <summary>Gets the term, both ends inclusive.</summary>
    public DateInterval Term { get; }

    /// <summary>Gets the association the member represents, or null.</summary>
    public LocalizedText? OnBehalfOf { get; }

    /// <summary>Creates a membership.</summary>
    /// <param name="person">The member.</param>
    /// <param name="category">The footing.</param>
    /// <param name="termStart">The first day of the term.</param>
    /// <param name="termEnd">The last day of the term, not before <paramref name="termStart"/>.</param>
    /// <param name="onBehalfOf">The association represented; required for <see cref="MemberCategory.EthnoculturalAssociationRepresentative"/>.</param>
    /// <returns>The membership.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The term ends before it starts or lies outside the domain's years,
    /// or <paramref name="category"/> is undefined.</exception>
    /// <exception cref="ArgumentException">A representative names no association.</exception>
    public static CouncilMembership Create(Person person, MemberCategory category, [NotBefore(1995, 1, 1)] LocalDate termStart, [NotBeforeParameter("termStart")] LocalDate termEnd, LocalizedText? onBehalfOf = null)
    {
        if (Validate(person, category, termStart, termEnd, onBehalfOf) is { } error)
        {
            Preconditions.Throw(error);
        }

        return new CouncilMembership(person, category, new DateInterval(termStart, termEnd), onBehalfOf);
    }

    /// <summary>Creates a membership, or returns false where <see cref="Create"/> would throw.</summary>
    /// <param name="person">The member.</param>
    /// <param name="category">The footing.</param>
    /// <param name="termStart">The first day of the term.</param>
    /// <param name="termEnd">The last day of the term.</param>
    /// <param name="onBehalfOf">The association represented, or null.</param>
    /// <param name="membership">The membership, or null.</param>
    /// <returns>Whether the arguments were valid.</returns>
    public static bool TryCreate(Person? person, MemberCategory category, LocalDate termStart, LocalDate termEnd, LocalizedText? onBehalfOf, [NotNullWhen(true)] out CouncilMembership? membership)
    {
        membership = Validate(person, category, termStart, termEnd, onBehalfOf) is null
            ? new CouncilMembership(person!, category, new DateInterval(termStart, termEnd), onBehalfOf)
            : null;
        return membership is not null;
    }

    /// <summary>Tells whether the member sat on the Council on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether the date falls within the term.</returns>
    public bool IsServingOn(LocalDate date) => Term.Contains(date);

    /// <summary>Returns for example <c>Public figure Aigerim N. 2024-01-01..2026-12-31</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() =>
        $"{Category} {Person.ToString()} {LocalDatePattern.Iso.Format(Term.Start)}..{LocalDatePattern.Iso.Format(Term.End)}{(OnBehalfOf is null ? string.Empty : " for " + OnBehalfOf.English)}";

    /// <inheritdoc/>
    public bool Equals(CouncilMembership? other) =>
        other is not null && Person.Equals(other.Person) && Category == other.Category && Term.Equals(other.Term) && Equals(OnBehalfOf, other.OnBehalfOf);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CouncilMembership);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Person, Category, Term, OnBehalfOf);

    private static ValidationError? Validate(Person? person, MemberCategory category, LocalDate termStart, LocalDate termEnd, LocalizedText? onBehalfOf)
    {
        if (person is null)
        {
            return ValidationError.Null(nameof(person));
        }

        if (!Enum.IsDefined(category))
        {
            return ValidationError.OutOfRange(nameof(category), category, $"{(int)category} is not a defined MemberCategory.");
        }

        if (category == MemberCategory.EthnoculturalAssociationRepresentative && onBehalfOf is null)
        {
            return ValidationError.Invalid(nameof(onBehalfOf), $"{person.ToString()} represents an ethnocultural association, so the membership must name it (onBehalfOf).");
        }

        return DomainDates.ValidateRange(termStart, termEnd, nameof(termStart), nameof(termEnd), "term");
    }
}
