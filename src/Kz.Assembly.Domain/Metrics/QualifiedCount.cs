using System;
using System.Diagnostics.CodeAnalysis;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Globalization;
using Kz.Assembly.Domain.Annotations;

namespace Kz.Assembly.Domain.Metrics;

/// <summary>
/// A non-negative count with the qualifier a report states it with: exactly 631, about 39 000, more than 2 000.
/// Immutable and thread-safe. <c>default(QualifiedCount)</c> is exactly zero, a valid value.
/// </summary>
/// <remarks>
/// <para>Adding counts combines qualifiers by what the sum can still claim (see <see cref="Combine"/>):</para>
/// <list type="table">
/// <listheader><term>operands</term><description>sum</description></listheader>
/// <item><term>Exact + Exact</term><description>Exact</description></item>
/// <item><term>Exact + q</term><description>q (an exact part keeps any claim)</description></item>
/// <item><term>About + anything</term><description>About</description></item>
/// <item><term>MoreThan + MoreThan or AtLeast</term><description>MoreThan (one strict bound makes the sum strict)</description></item>
/// <item><term>AtLeast + AtLeast</term><description>AtLeast</description></item>
/// <item><term>UpTo + UpTo</term><description>UpTo</description></item>
/// <item><term>a lower bound + UpTo</term><description>About (the sum is bounded on neither side)</description></item>
/// </list>
/// <para>Sums use checked 64-bit arithmetic: an overflow throws <see cref="OverflowException"/>, never wraps.</para>
/// <para>Equality compares value and qualifier. Ordering is by value, then qualifier: a sort order for tables,
/// not a claim that "about 10" is less than "exactly 11".</para>
/// <para><see cref="ToString()"/> writes <c>631</c>, <c>~39000</c>, <c>&gt;2000</c>, <c>&gt;=2000</c> or <c>&lt;=9000</c>,
/// which <see cref="Parse"/> reads back.</para>
/// </remarks>
[Annotations.Localized]
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.QualifiedCountJsonConverter))]
public readonly struct QualifiedCount : IEquatable<QualifiedCount>, IComparable<QualifiedCount>, IComparable, IFormattable, IParsable<QualifiedCount>
{
    private QualifiedCount(long value, CountQualifier qualifier)
    {
        Value = value;
        Qualifier = qualifier;
    }

    /// <summary>Gets exactly zero.</summary>
    public static QualifiedCount Zero => default;

    /// <summary>Gets the number stated, never negative. Alone it is half a figure: add counts with
    /// <see cref="Add"/> or <see cref="Sum"/>, which keep the qualifier (ASM0011 flags sums of <c>Value</c>).</summary>
    [QualifiedValue]
    public long Value { get; }

    /// <summary>Gets how the number is qualified.</summary>
    public CountQualifier Qualifier { get; }

    /// <summary>Gets whether the count is exact.</summary>
    public bool IsExact => Qualifier == CountQualifier.Exact;

    /// <summary>Creates a qualified count.</summary>
    /// <param name="value">The number, not negative.</param>
    /// <param name="qualifier">How it is qualified.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or <paramref name="qualifier"/> undefined.</exception>
    public static QualifiedCount Create([ValidRange(0, long.MaxValue)] long value, CountQualifier qualifier = CountQualifier.Exact)
    {
        if (Validate(value, qualifier) is { } error)
        {
            Preconditions.Throw(error);
        }

        return new QualifiedCount(value, qualifier);
    }

    /// <summary>Creates a qualified count, or returns false where <see cref="Create"/> would throw.</summary>
    /// <param name="value">The number.</param>
    /// <param name="qualifier">How it is qualified.</param>
    /// <param name="count">The count, or zero.</param>
    /// <returns>Whether the arguments were valid.</returns>
    public static bool TryCreate(long value, CountQualifier qualifier, out QualifiedCount count)
    {
        bool valid = Validate(value, qualifier) is null;
        count = valid ? new QualifiedCount(value, qualifier) : default;
        return valid;
    }

    /// <summary>Creates an exact count.</summary>
    /// <param name="value">The number, not negative.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static QualifiedCount Exactly([ValidRange(0, long.MaxValue)] long value) => Create(value, CountQualifier.Exact);

    /// <summary>Creates an approximate count ("about").</summary>
    /// <param name="value">The number, not negative.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static QualifiedCount About([ValidRange(0, long.MaxValue)] long value) => Create(value, CountQualifier.About);

    /// <summary>Creates a strict lower bound ("more than").</summary>
    /// <param name="value">The number, not negative.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static QualifiedCount MoreThan([ValidRange(0, long.MaxValue)] long value) => Create(value, CountQualifier.MoreThan);

    /// <summary>Creates an inclusive lower bound ("at least").</summary>
    /// <param name="value">The number, not negative.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static QualifiedCount AtLeast([ValidRange(0, long.MaxValue)] long value) => Create(value, CountQualifier.AtLeast);

    /// <summary>Creates an inclusive upper bound ("up to").</summary>
    /// <param name="value">The number, not negative.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static QualifiedCount UpTo([ValidRange(0, long.MaxValue)] long value) => Create(value, CountQualifier.UpTo);

    /// <summary>This count plus a part whose size is unknown: the same value, now a lower bound (an unknown
    /// attendance is "at least 0", never zero and never dropped).</summary>
    internal QualifiedCount PlusUnknown() => Create(Value, Combine(Qualifier, CountQualifier.AtLeast));

    /// <summary>The qualifier of a sum, by the rule in the type's remarks.</summary>
    /// <param name="left">The first operand's qualifier.</param>
    /// <param name="right">The second operand's qualifier.</param>
    /// <returns>The sum's qualifier.</returns>
    [Pure]
    public static CountQualifier Combine(CountQualifier left, CountQualifier right)
    {
        if (left == CountQualifier.Exact)
        {
            return right;
        }

        if (right == CountQualifier.Exact)
        {
            return left;
        }

        if (left == CountQualifier.About || right == CountQualifier.About)
        {
            return CountQualifier.About;
        }

        bool leftLower = left is CountQualifier.MoreThan or CountQualifier.AtLeast;
        bool rightLower = right is CountQualifier.MoreThan or CountQualifier.AtLeast;
        if (leftLower && rightLower)
        {
            return left == CountQualifier.MoreThan || right == CountQualifier.MoreThan ? CountQualifier.MoreThan : CountQualifier.AtLeast;
        }

        return left == CountQualifier.UpTo && right == CountQualifier.UpTo ? CountQualifier.UpTo : CountQualifier.About;
    }

    /// <summary>Adds two counts with checked arithmetic and combined qualifiers.</summary>
    /// <param name="other">The other count.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum exceeds <see cref="long.MaxValue"/>.</exception>
    [Pure]
    public QualifiedCount Add(QualifiedCount other)
    {
        if (!TryAdd(other, out QualifiedCount sum))
        {
            throw new OverflowException($"Adding {other} to {this} overflows a 64-bit count (maximum {long.MaxValue}).");
        }

        return sum;
    }

    /// <summary>Adds two counts, or returns false on overflow; never throws.</summary>
    /// <param name="other">The other count.</param>
    /// <param name="sum">The sum, or zero.</param>
    /// <returns>Whether the sum fits in 64 bits.</returns>
    public bool TryAdd(QualifiedCount other, out QualifiedCount sum)
    {
        long total = unchecked(Value + other.Value);
        if (total < 0)
        {
            sum = default;
            return false;
        }

        sum = new QualifiedCount(total, Combine(Qualifier, other.Qualifier));
        return true;
    }

    /// <summary>Adds counts in order.</summary>
    /// <param name="counts">The counts.</param>
    /// <returns>Their sum; exactly zero for none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="OverflowException">The sum exceeds <see cref="long.MaxValue"/>.</exception>
    public static QualifiedCount Sum(IEnumerable<QualifiedCount> counts)
    {
        Preconditions.CheckNotNull(counts, nameof(counts));
        QualifiedCount total = Zero;
        foreach (QualifiedCount count in counts)
        {
            total = total.Add(count);
        }

        return total;
    }

    /// <summary>Adds two counts.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum exceeds <see cref="long.MaxValue"/>.</exception>
    public static QualifiedCount operator +(QualifiedCount left, QualifiedCount right) => left.Add(right);

    /// <summary>Reads the invariant form <see cref="ToString()"/> writes.</summary>
    /// <param name="text"><c>631</c>, <c>~39000</c>, <c>&gt;2000</c>, <c>&gt;=2000</c> or <c>&lt;=9000</c>.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not in that form.</exception>
    public static QualifiedCount Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return QualifiedCountPattern.Parse(text).GetValueOrThrow(text, QualifiedCountPattern.What);
    }

    /// <summary>Reads the invariant form, or returns false; never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="count">The count, or zero.</param>
    /// <returns>Whether the text was a valid count.</returns>
    public static bool TryParse(string? text, out QualifiedCount count) => QualifiedCountPattern.Parse(text).TryGetValue(out count);

    /// <summary>Writes the invariant form, for example <c>~39000</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => QualifiedCountPattern.Format(this);

    /// <summary>
    /// Writes the count in the provider's language as reports write it (<see cref="Localization.QuantityText"/>): kk
    /// <c>39 мыңға жуық</c>, ru <c>около 39 тысяч</c>, en <c>about 39 thousand</c>; the invariant culture gives
    /// <see cref="ToString()"/>.
    /// </summary>
    /// <param name="format">Null or "G" for round numbers with a scale word from 10 000 up
    /// (<see cref="Localization.ThousandsStyle.Auto"/>), "D" for digits only, "W" for every whole thousand in words.</param>
    /// <param name="formatProvider">A culture or <see cref="Localization.DomainFormatProvider"/> choosing the language;
    /// null means the current culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the documented formats.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Localization.ThousandsStyle style = format switch
        {
            null or "" or "G" => Localization.ThousandsStyle.Auto,
            "D" => Localization.ThousandsStyle.Digits,
            "W" => Localization.ThousandsStyle.Words,
            _ => throw new FormatException($"Format '{format}' is not supported by QualifiedCount: use \"G\" (general), \"D\" (digits) or \"W\" (thousands in words)."),
        };
        return Localization.FormattingContract.IsInvariant(formatProvider)
            ? ToString()
            : Localization.QuantityText.Format(this, Localization.FormattingContract.CultureNameOf(formatProvider), style);
    }

    /// <inheritdoc/>
    public bool Equals(QualifiedCount other) => Value == other.Value && Qualifier == other.Qualifier;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is QualifiedCount other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, Qualifier);

    /// <summary>Orders by value, then qualifier (a sort order, not a numeric claim).</summary>
    /// <param name="other">The other count.</param>
    /// <returns>The sign of the comparison.</returns>
    public int CompareTo(QualifiedCount other)
    {
        int byValue = Value.CompareTo(other.Value);
        return byValue != 0 ? byValue : Qualifier.CompareTo(other.Qualifier);
    }

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        QualifiedCount other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a QualifiedCount with {obj.GetType()}.", nameof(obj)),
    };

    /// <summary>Compares two counts for equality.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>Whether value and qualifier are equal.</returns>
    public static bool operator ==(QualifiedCount left, QualifiedCount right) => left.Equals(right);

    /// <summary>Compares two counts for inequality.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>Whether value or qualifier differ.</returns>
    public static bool operator !=(QualifiedCount left, QualifiedCount right) => !left.Equals(right);

    /// <summary>Sort order: by value, then qualifier.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(QualifiedCount left, QualifiedCount right) => left.CompareTo(right) < 0;

    /// <summary>Sort order: by value, then qualifier.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(QualifiedCount left, QualifiedCount right) => left.CompareTo(right) > 0;

    /// <summary>Sort order: by value, then qualifier.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>Whether <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(QualifiedCount left, QualifiedCount right) => left.CompareTo(right) <= 0;

    /// <summary>Sort order: by value, then qualifier.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>Whether <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(QualifiedCount left, QualifiedCount right) => left.CompareTo(right) >= 0;

    private static ValidationError? Validate(long value, CountQualifier qualifier)
    {
        if (value < 0)
        {
            return ValidationError.OutOfRange(nameof(value), value, $"Count {value} is negative: a count of activities or people cannot be below zero.");
        }

        return Enum.IsDefined(qualifier)
            ? null
            : ValidationError.OutOfRange(nameof(qualifier), qualifier, $"{(int)qualifier} is not a defined CountQualifier.");
    }

    /// <inheritdoc/>
    /// <remarks>Explicit, so that ASP.NET binding and generic code find it while callers of <c>Parse(string)</c> are not
    /// asked for a format provider the culture-invariant text does not use.</remarks>
    static QualifiedCount IParsable<QualifiedCount>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<QualifiedCount>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out QualifiedCount result) => TryParse(s, out result);
}
