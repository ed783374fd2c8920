using System;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Globalization;
using Kz.Assembly.Domain.Annotations;
using NodaTime;

namespace Kz.Assembly.Domain.Periods;

/// <summary>
/// The run of days a report covers: a calendar year, quarter or month, the year to date as of a day, or any custom
/// run of whole days, all within <see cref="DomainCalendar.MinYear"/>..<see cref="DomainCalendar.MaxYear"/>.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Equal when kind and interval are equal (the calendar year 2025 is not equal to a custom period of the same days,
/// because a report that says "in 2025" and one that says "1 January to 31 December" are different statements).
/// Ordered by start, then end, then kind. <see cref="ToString()"/> writes <c>2025</c>, <c>2025-Q2</c>, <c>2025-04</c>,
/// <c>YTD 2025-04-24</c> or <c>2025-01-10/2025-02-20</c>, which <see cref="Parse"/> reads back.
/// </remarks>
[Annotations.Localized]
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ReportingPeriodJsonConverter))]
public sealed class ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>, IFormattable, IParsable<ReportingPeriod>
{
    private ReportingPeriod(ReportingPeriodKind kind, DateInterval interval)
    {
        Kind = kind;
        Interval = interval;
    }

    /// <summary>Gets the shape of the period.</summary>
    public ReportingPeriodKind Kind { get; }

    /// <summary>Gets the days covered, both ends inclusive.</summary>
    public DateInterval Interval { get; }

    /// <summary>Gets the first day covered.</summary>
    public LocalDate Start => Interval.Start;

    /// <summary>Gets the last day covered (for a year-to-date period, the "as of" date).</summary>
    public LocalDate End => Interval.End;

    /// <summary>Gets the calendar year the period starts in.</summary>
    public int Year => Interval.Start.Year;

    /// <summary>Gets the quarter of the year the period starts in, 1..4.</summary>
    internal int QuarterOfYear => (Start.Month + 2) / 3;

    /// <summary>Creates the calendar year <paramref name="year"/>.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the domain's years.</exception>
    public static ReportingPeriod CalendarYear([ValidRange(DomainCalendar.MinYear, DomainCalendar.MaxYear)] int year)
    {
        CheckYear(year, nameof(year));
        return new ReportingPeriod(ReportingPeriodKind.CalendarYear, new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)));
    }

    /// <summary>Creates quarter <paramref name="quarter"/> (1..4) of <paramref name="year"/>.</summary>
    /// <param name="year">The year.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod Quarter(
        [ValidRange(DomainCalendar.MinYear, DomainCalendar.MaxYear)] int year,
        [ValidRange(1, 4)] int quarter)
    {
        CheckYear(year, nameof(year));
        Preconditions.CheckArgumentRange(nameof(quarter), quarter, 1, 4);
        var start = new LocalDate(year, (quarter - 1) * 3 + 1, 1);
        return new ReportingPeriod(ReportingPeriodKind.Quarter, new DateInterval(start, start.PlusMonths(3).PlusDays(-1)));
    }

    /// <summary>Creates month <paramref name="month"/> (1..12) of <paramref name="year"/>.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod Month(
        [ValidRange(DomainCalendar.MinYear, DomainCalendar.MaxYear)] int year,
        [ValidRange(1, 12)] int month)
    {
        CheckYear(year, nameof(year));
        Preconditions.CheckArgumentRange(nameof(month), month, 1, 12);
        var start = new LocalDate(year, month, 1);
        return new ReportingPeriod(ReportingPeriodKind.Month, new DateInterval(start, start.PlusMonths(1).PlusDays(-1)));
    }

    /// <summary>Creates the period from 1 January of <paramref name="asOf"/>'s year through <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The last day covered.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside the domain's years.</exception>
    public static ReportingPeriod YearToDate([NotBefore(1995, 1, 1)] LocalDate asOf)
    {
        if (DomainDates.ValidateDate(asOf, nameof(asOf), "Year-to-date end") is { } error)
        {
            Preconditions.Throw(error);
        }
        return new ReportingPeriod(ReportingPeriodKind.YearToDate, new DateInterval(new LocalDate(asOf.Year, 1, 1), asOf));
    }

    /// <summary>Creates a custom period of whole days from <paramref name="start"/> through <paramref name="end"/>.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, not before <paramref name="start"/>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the domain's years, or <paramref name="end"/>
    /// precedes <paramref name="start"/>.</exception>
    public static ReportingPeriod Custom([NotBefore(1995, 1, 1)] LocalDate start, [NotBeforeParameter("start")] LocalDate end)
    {
        if (Validate(start, end) is { } error)
        {
            Preconditions.Throw(error);
        }

        return new ReportingPeriod(ReportingPeriodKind.Custom, new DateInterval(start, end));
    }

    /// <summary>Creates a custom period, or returns false where <see cref="Custom"/> would throw.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    /// <param name="period">The period, or null.</param>
    /// <returns>Whether the dates make a valid period.</returns>
    public static bool TryCustom(LocalDate start, LocalDate end, [NotNullWhen(true)] out ReportingPeriod? period)
    {
        period = Validate(start, end) is null ? new ReportingPeriod(ReportingPeriodKind.Custom, new DateInterval(start, end)) : null;
        return period is not null;
    }

    /// <summary>Reads the text <see cref="ToString()"/> writes.</summary>
    /// <param name="text">For example <c>2025</c>, <c>2025-Q2</c>, <c>2025-04</c>, <c>YTD 2025-04-24</c>, <c>2025-01-10/2025-02-20</c>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not one of those forms, or names days outside the domain's years.</exception>
    public static ReportingPeriod Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return ReportingPeriodPattern.Parse(text).GetValueOrThrow(text, ReportingPeriodPattern.What);
    }

    /// <summary>Reads the text <see cref="ToString()"/> writes, or returns false; never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="period">The period, or null.</param>
    /// <returns>Whether the text was a valid period.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ReportingPeriod? period) =>
        ReportingPeriodPattern.Parse(text).TryGetValue(out period);

    /// <summary>Tells whether a day falls within the period.</summary>
    /// <param name="date">The day.</param>
    /// <returns>Whether it is covered.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    [Pure]
    public bool Contains(LocalDate date)
    {
        if (DomainDates.ValidateCalendar(date, nameof(date), "Date") is { } error)
        {
            Preconditions.Throw(error);
        }

        return Interval.Contains(date);
    }

    /// <summary>Writes the period in the form <see cref="Parse"/> reads.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => ReportingPeriodPattern.Format(this);

    /// <summary>
    /// Writes the period in the provider's language as the phrase a report's sentence opens with
    /// (<see cref="Localization.PeriodText"/>): kk <c>Жыл басынан бері</c>, ru <c>В 2025 году</c>, en <c>In Q2 2025</c>;
    /// the invariant culture gives <see cref="ToString()"/>.
    /// </summary>
    /// <param name="format">Null or "G".</param>
    /// <param name="formatProvider">A culture or <see cref="Localization.DomainFormatProvider"/> choosing the language;
    /// null means the current culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not null, empty or "G".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Localization.FormattingContract.GeneralOnly(this, format, formatProvider, static (value, culture) => Localization.PeriodText.Format(value, culture));

    /// <inheritdoc/>
    public bool Equals(ReportingPeriod? other) => other is not null && Kind == other.Kind && Interval.Equals(other.Interval);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReportingPeriod);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Interval);

    /// <summary>Orders by start, then end, then kind; null sorts first.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>The sign of the comparison.</returns>
    public int CompareTo(ReportingPeriod? other)
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

        int byEnd = End.CompareTo(other.End);
        return byEnd != 0 ? byEnd : Kind.CompareTo(other.Kind);
    }

    /// <summary>Compares two periods for equality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ReportingPeriod? left, ReportingPeriod? right) => Equals(left, right);

    /// <summary>Compares two periods for inequality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ReportingPeriod? left, ReportingPeriod? right) => !Equals(left, right);

    /// <summary>Orders two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) < 0;

    /// <summary>Orders two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) > 0;

    /// <summary>Orders two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) <= 0;

    /// <summary>Orders two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) >= 0;

    private static int Compare(ReportingPeriod? left, ReportingPeriod? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private static void CheckYear(int year, string paramName, object? actual = null)
    {
        if (!DomainDates.IsDomainYear(year))
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                actual ?? year,
                $"Year {year} is outside the domain's years {DomainCalendar.MinYear}..{DomainCalendar.MaxYear}.");
        }
    }

    private static ValidationError? Validate(LocalDate start, LocalDate end) =>
        DomainDates.ValidateRange(start, end, nameof(start), nameof(end), "period");

    /// <inheritdoc/>
    /// <remarks>Explicit, so that ASP.NET binding and generic code find it while callers of <c>Parse(string)</c> are not
    /// asked for a format provider the culture-invariant text does not use.</remarks>
    static ReportingPeriod IParsable<ReportingPeriod>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<ReportingPeriod>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out ReportingPeriod result) => TryParse(s, out result);
}
