using System;
using Kz.Assembly.Domain.Annotations;
using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace Kz.Assembly.Domain.Periods;

/// <summary>
/// The days someone holds a seat: from a first day through a last day, both inclusive, or still open (a member still
/// serving has no last day yet: unknown is not a made-up date). Immutable and thread-safe; equal when both ends are
/// equal; ordered by start, then by end with an open end last.
/// </summary>
/// <remarks>Invariants: ISO dates within the domain's years; the end, when known, is not before the start.</remarks>
public sealed class Term : IEquatable<Term>, IComparable<Term>
{
    private Term(LocalDate start, LocalDate? end)
    {
        Start = start;
        End = end;
    }

    /// <summary>Gets the first day.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day (inclusive), or null while the term is open.</summary>
    public LocalDate? End { get; }

    /// <summary>Gets whether the term has no last day yet.</summary>
    public bool IsOpen => End is null;

    /// <summary>Creates a term.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, not before <paramref name="start"/>; null while the term is open.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the domain's years, or the end precedes the start.</exception>
    public static Term Create([NotBefore(1995, 1, 1)] LocalDate start, [NotBeforeParameter("start")] LocalDate? end = null)
    {
        if (Validate(start, end, nameof(start), nameof(end)) is { } error)
        {
            Preconditions.Throw(error);
        }

        return new Term(start, end);
    }

    /// <summary>Creates a term, or returns false where <see cref="Create"/> would throw.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, or null.</param>
    /// <param name="term">The term, or null.</param>
    /// <returns>Whether the dates make a term.</returns>
    public static bool TryCreate(LocalDate start, LocalDate? end, [NotNullWhen(true)] out Term? term)
    {
        term = Validate(start, end, nameof(start), nameof(end)) is null ? new Term(start, end) : null;
        return term is not null;
    }

    /// <summary>Tells whether a day falls within the term.</summary>
    /// <param name="date">An ISO date.</param>
    /// <returns>Whether the seat was held that day.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar (a term's days are ISO
    /// days, and NodaTime cannot compare days of two calendars).</exception>
    public bool Contains(LocalDate date)
    {
        if (DomainDates.ValidateCalendar(date, nameof(date), "Date") is { } error)
        {
            Preconditions.Throw(error);
        }

        return date >= Start && (End is not { } end || date <= end);
    }

    /// <summary>Tells whether two terms share a day.</summary>
    /// <param name="other">The other term.</param>
    /// <returns>Whether they overlap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Overlaps(Term other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        return (End is not { } end || other.Start <= end) && (other.End is not { } otherEnd || Start <= otherEnd);
    }

    /// <summary>Returns this term closed on a last day.</summary>
    /// <param name="end">The last day, not before the start.</param>
    /// <returns>The closed term.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The end precedes the start or is outside the domain's years.</exception>
    public Term EndingOn(LocalDate end) => Create(Start, end);

    /// <summary>Returns for example <c>2023-01-01..2028-12-31</c>, or <c>2023-01-01..</c> for an open term.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => $"{DomainDates.Iso(Start)}..{(End is { } end ? DomainDates.Iso(end) : string.Empty)}";

    /// <inheritdoc/>
    public bool Equals(Term? other) => other is not null && Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Term);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Orders by start, then by end, an open end last; null sorts first.</summary>
    /// <param name="other">The other term.</param>
    /// <returns>The sign of the comparison.</returns>
    public int CompareTo(Term? other)
    {
        if (other is null)
        {
            return 1;
        }

        int byStart = Start.CompareTo(other.Start);
        if (byStart != 0)
        {
            return byStart;
        }

        return (End, other.End) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            ({ } mine, { } theirs) => mine.CompareTo(theirs),
        };
    }

    internal static ValidationError? Validate(LocalDate start, LocalDate? end, string startName, string endName) =>
        DomainDates.ValidateOpenRange(start, end, startName, endName, "term");

    /// <summary>Compares two terms for equality.</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The second term.</param>
    /// <returns>Whether both ends are equal.</returns>
    public static bool operator ==(Term? left, Term? right) => Equals(left, right);

    /// <summary>Compares two terms for inequality.</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The second term.</param>
    /// <returns>Whether an end differs.</returns>
    public static bool operator !=(Term? left, Term? right) => !Equals(left, right);

    /// <summary>Orders terms by start, then end.</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The second term.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(Term? left, Term? right) => Compare(left, right) < 0;

    /// <summary>Orders terms by start, then end.</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The second term.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(Term? left, Term? right) => Compare(left, right) > 0;

    /// <summary>Orders terms by start, then end.</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The second term.</param>
    /// <returns>Whether <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(Term? left, Term? right) => Compare(left, right) <= 0;

    /// <summary>Orders terms by start, then end.</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The second term.</param>
    /// <returns>Whether <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(Term? left, Term? right) => Compare(left, right) >= 0;

    private static int Compare(Term? left, Term? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
