using System;
using System.Globalization;
using Kz.Assembly.Domain.Periods;
using NodaTime;

namespace Kz.Assembly.Domain.Bodies;

/// <summary>
/// The n-th anniversary of a body's founding (the APK's 30th on 2025-03-01). Immutable; equal when body and
/// number are equal; ordered by date.
/// </summary>
[Annotations.Localized]
public sealed class Anniversary : IEquatable<Anniversary>, IComparable<Anniversary>, IFormattable
{
    private Anniversary(AssemblyBody body, int years)
    {
        Body = body;
        Years = years;
    }

    /// <summary>Gets the body whose founding is remembered.</summary>
    public AssemblyBody Body { get; }

    /// <summary>Gets how many years have passed: 30 for the 30th anniversary.</summary>
    public int Years { get; }

    /// <summary>Gets the anniversary's date (for a body founded on 29 February, 28 February in common years).</summary>
    public LocalDate Date => Body.Founded.PlusYears(Years);

    /// <summary>Gets the calendar year the anniversary falls in.</summary>
    public int Year => Body.Founded.Year + Years;

    /// <summary>Gets whether the anniversary is a round one (мерейтой): a multiple of five years.</summary>
    public bool IsJubilee => Years % 5 == 0;

    /// <summary>Gets the anniversary of <paramref name="body"/> that falls in <paramref name="year"/>.</summary>
    /// <param name="body">The body.</param>
    /// <param name="year">A year after the founding year, within the domain's years.</param>
    /// <returns>The anniversary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not after the founding year or past the domain's years.</exception>
    public static Anniversary Of(AssemblyBody body, int year)
    {
        Preconditions.CheckNotNull(body, nameof(body));
        if (year <= body.Founded.Year || year > DomainCalendar.MaxYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(year),
                year,
                $"Year {year} has no anniversary of {body.Id}: it must be after the founding year {body.Founded.Year} and no later than {DomainCalendar.MaxYear}.");
        }

        return new Anniversary(body, year - body.Founded.Year);
    }

    /// <summary>Returns for example <c>apk 30th anniversary (2025-03-01)</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Body.Id} {Years}{EnglishOrdinalSuffix(Years)} anniversary ({Date:uuuu'-'MM'-'dd})");

    /// <summary>
    /// Writes the anniversary in the provider's language (<see cref="Localization.AnniversaryText"/>): kk
    /// <c>Қазақстан халқы Ассамблеясының 30 жылдығы</c>, ru <c>30-летие Ассамблеи народа Казахстана</c>; the invariant
    /// culture gives <see cref="ToString()"/>.
    /// </summary>
    /// <param name="format">Null or "G".</param>
    /// <param name="formatProvider">A culture or <see cref="Localization.DomainFormatProvider"/> choosing the language;
    /// null means the current culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not null, empty or "G".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Localization.FormattingContract.GeneralOnly(this, format, formatProvider, static (value, culture) => Localization.AnniversaryText.Format(value, culture));

    /// <inheritdoc/>
    public bool Equals(Anniversary? other) => other is not null && CompareTo(other) == 0;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Anniversary);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Body, Years);

    /// <summary>Orders by date, then body id; null sorts first.</summary>
    /// <param name="other">The other anniversary.</param>
    /// <returns>The sign of the comparison.</returns>
    public int CompareTo(Anniversary? other)
    {
        if (other is null)
        {
            return 1;
        }

        // Date, body and count of years together: two instances of one body id with different founding dates are
        // different anniversaries, so Equals (defined as CompareTo == 0) and ordering cannot disagree.
        int byDate = Date.CompareTo(other.Date);
        if (byDate != 0)
        {
            return byDate;
        }

        int byBody = Body.Id.CompareTo(other.Body.Id);
        return byBody != 0 ? byBody : Years.CompareTo(other.Years);
    }

    /// <summary>Compares two anniversaries for equality.</summary>
    /// <param name="left">The first anniversary.</param>
    /// <param name="right">The second anniversary.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Anniversary? left, Anniversary? right) => Equals(left, right);

    /// <summary>Compares two anniversaries for inequality.</summary>
    /// <param name="left">The first anniversary.</param>
    /// <param name="right">The second anniversary.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Anniversary? left, Anniversary? right) => !Equals(left, right);

    /// <summary>Orders two anniversaries by date.</summary>
    /// <param name="left">The first anniversary.</param>
    /// <param name="right">The second anniversary.</param>
    /// <returns>Whether <paramref name="left"/> comes first.</returns>
    public static bool operator <(Anniversary? left, Anniversary? right) => Compare(left, right) < 0;

    /// <summary>Orders two anniversaries by date.</summary>
    /// <param name="left">The first anniversary.</param>
    /// <param name="right">The second anniversary.</param>
    /// <returns>Whether <paramref name="left"/> comes last.</returns>
    public static bool operator >(Anniversary? left, Anniversary? right) => Compare(left, right) > 0;

    /// <summary>Orders two anniversaries by date.</summary>
    /// <param name="left">The first anniversary.</param>
    /// <param name="right">The second anniversary.</param>
    /// <returns>Whether <paramref name="left"/> comes first or together.</returns>
    public static bool operator <=(Anniversary? left, Anniversary? right) => Compare(left, right) <= 0;

    /// <summary>Orders two anniversaries by date.</summary>
    /// <param name="left">The first anniversary.</param>
    /// <param name="right">The second anniversary.</param>
    /// <returns>Whether <paramref name="left"/> comes last or together.</returns>
    public static bool operator >=(Anniversary? left, Anniversary? right) => Compare(left, right) >= 0;

    internal static string EnglishOrdinalSuffix(int n) => (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    };

    private static int Compare(Anniversary? left, Anniversary? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
