using System;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using Kz.Assembly.Domain.Annotations;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Council;

/// <summary>
/// A person's seat on the Assembly Council over a term (a Popolo <c>Membership</c>), in a category, and for an
/// ethnocultural association representative, on behalf of that association. Immutable; equal by <see cref="Id"/>.
/// </summary>
/// <remarks>
/// Invariants: the term starts within the domain's years and, when it has ended, does not end before it starts; a
/// member still serving has an open term (no end: unknown is not a made-up date); a representative of an
/// ethnocultural association names the association (Popolo's <c>on_behalf_of</c>). Ending a term
/// (<see cref="EndOn"/>) gives a new version with the same id.
/// </remarks>
public sealed class CouncilMembership : IEntity<CouncilMembership>, IEquatable<CouncilMembership>
{
    private CouncilMembership(Person person, MemberCategory category, Term term, LocalizedText? onBehalfOf, Id<CouncilMembership>? id = null)
    {
        Person = person;
        Category = category;
        Term = term;
        OnBehalfOf = onBehalfOf;
        Id = id ?? Id<CouncilMembership>.Derive(person.Id.ToString(), category.ToString(), DomainDates.Iso(term.Start));
    }

    /// <summary>Gets the id; derived as <c>{person}-{category}-{term start}</c> unless set with <see cref="WithId"/>.</summary>
    public Id<CouncilMembership> Id { get; }

    /// <summary>Gets the member.</summary>
    public Person Person { get; }

    /// <summary>Gets the footing the member sits on.</summary>
    public MemberCategory Category { get; }

    /// <summary>Gets the term, both ends inclusive; open while the member still serves.</summary>
    public Term Term { get; }

    /// <summary>Gets the association the member represents, or null.</summary>
    public LocalizedText? OnBehalfOf { get; }

    /// <summary>Creates a membership.</summary>
    /// <param name="person">The member.</param>
    /// <param name="category">The footing.</param>
    /// <param name="termStart">The first day of the term.</param>
    /// <param name="termEnd">The last day of the term, not before <paramref name="termStart"/>; null while the member still serves.</param>
    /// <param name="onBehalfOf">The association represented; required for <see cref="MemberCategory.EthnoculturalAssociationRepresentative"/>.</param>
    /// <returns>The membership.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The term ends before it starts or lies outside the domain's years,
    /// or <paramref name="category"/> is undefined.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar, or a representative names no association.</exception>
    public static CouncilMembership Create(Person person, MemberCategory category, [NotBefore(1995, 1, 1)] LocalDate termStart, [NotBeforeParameter("termStart")] LocalDate? termEnd, LocalizedText? onBehalfOf = null)
    {
        if (Validate(person, category, termStart, termEnd, onBehalfOf) is { } error)
        {
            Preconditions.Throw(error);
        }

        return new CouncilMembership(person, category, Term.Create(termStart, termEnd), onBehalfOf);
    }

    /// <summary>Creates a membership, or returns false where <see cref="Create"/> would throw.</summary>
    /// <param name="person">The member.</param>
    /// <param name="category">The footing.</param>
    /// <param name="termStart">The first day of the term.</param>
    /// <param name="termEnd">The last day of the term, or null while the member still serves.</param>
    /// <param name="onBehalfOf">The association represented, or null.</param>
    /// <param name="membership">The membership, or null.</param>
    /// <returns>Whether the arguments were valid.</returns>
    public static bool TryCreate(Person? person, MemberCategory category, LocalDate termStart, LocalDate? termEnd, LocalizedText? onBehalfOf, [NotNullWhen(true)] out CouncilMembership? membership)
    {
        membership = Validate(person, category, termStart, termEnd, onBehalfOf) is null
            ? new CouncilMembership(person!, category, Term.Create(termStart, termEnd), onBehalfOf)
            : null;
        return membership is not null;
    }

    /// <summary>Tells whether the member sat on the Council on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether the date falls within the term.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool IsServingOn(LocalDate date) => Term.Contains(date);

    /// <summary>Returns this membership with its term ended on a last day: a new version with the same id.</summary>
    /// <param name="lastDay">The last day served, not before the term's start.</param>
    /// <returns>The ended membership.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastDay"/> precedes the start or is outside the domain's years.</exception>
    /// <exception cref="ArgumentException"><paramref name="lastDay"/> is not in the ISO calendar.</exception>
    [Pure]
    public CouncilMembership EndOn([NotBefore(1995, 1, 1)] LocalDate lastDay) => new(Person, Category, Term.EndingOn(lastDay), OnBehalfOf, Id);

    /// <summary>Returns this membership under another id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>A new instance; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the invalid default.</exception>
    [Pure]
    public CouncilMembership WithId(Id<CouncilMembership> id) => new(Person, Category, Term, OnBehalfOf, IdRules.Require(id, nameof(id)));

    /// <summary>Returns for example <c>PublicFigure Aigerim N. 2024-01-01..2026-12-31</c> (an open term ends in <c>..</c>).</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() =>
        $"{Category} {Person.ToString()} {Term}{(OnBehalfOf is null ? string.Empty : " for " + OnBehalfOf.English)}";

    /// <inheritdoc/>
    public bool Equals(CouncilMembership? other) => other is not null && Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CouncilMembership);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode();

    private static ValidationError? Validate(Person? person, MemberCategory category, LocalDate termStart, LocalDate? termEnd, LocalizedText? onBehalfOf)
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

        return Term.Validate(termStart, termEnd, nameof(termStart), nameof(termEnd));
    }
}
