using System;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Globalization;
using Kz.Assembly.Domain.Annotations;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Notation;
using Kz.Assembly.Domain.Text;


namespace Kz.Assembly.Domain.Sessions;

/// <summary>
/// The ordinal number of a session of an assembly body: 1..3999, the range Roman numerals (in which sessions are
/// numbered) can write. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <c>default(SessionNumber)</c> is not a valid number (it would be session 0): the type carries
/// <see cref="NoDefaultAttribute"/>, the package's analyzers flag it, and every domain factory rejects it.
/// <see cref="ToString()"/> writes the Roman numeral (<c>XXVII</c>); the format "D" writes digits (<c>27</c>).
/// </remarks>
[NoDefault]
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.SessionNumberJsonConverter))]
public readonly struct SessionNumber : IEquatable<SessionNumber>, IComparable<SessionNumber>, IComparable, IFormattable, IParsable<SessionNumber>
{
    /// <summary>The smallest session number.</summary>
    public const int MinValue = 1;

    /// <summary>The largest session number: the largest canonical Roman numeral, MMMCMXCIX.</summary>
    public const int MaxValue = 3999;

    private readonly int value;

    private SessionNumber(int value) => this.value = value;

    /// <summary>Gets the number, 1..3999 (0 only for the invalid <c>default</c>).</summary>
    public int Value => value;

    /// <summary>Gets whether this is the invalid <c>default</c> instance rather than a number made by a factory.</summary>
    public bool IsDefault => value == 0;

    /// <summary>Creates a session number.</summary>
    /// <param name="value">The number, 1..3999.</param>
    /// <returns>The session number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 1..3999.</exception>
    public static SessionNumber Create([ValidRange(MinValue, MaxValue)] int value)
    {
        if (value is < MinValue or > MaxValue)
        {
            throw new ArgumentOutOfRangeException(
                nameof(value),
                value,
                $"Session number {value} is out of range: sessions are numbered {MinValue}..{MaxValue} (I..MMMCMXCIX).");
        }

        return new SessionNumber(value);
    }

    /// <summary>Creates a session number, or returns false where <see cref="Create"/> would throw.</summary>
    /// <param name="value">The number.</param>
    /// <param name="number">The session number, or <c>default</c>.</param>
    /// <returns>Whether <paramref name="value"/> was within 1..3999.</returns>
    public static bool TryCreate(int value, out SessionNumber number)
    {
        bool valid = value is >= MinValue and <= MaxValue;
        number = valid ? new SessionNumber(value) : default;
        return valid;
    }

    /// <summary>
    /// Reads a session number written as a Roman numeral in any script <see cref="RomanNumeral"/> accepts
    /// (<c>XXVII</c>, <c>ХХХІV</c>, <c>ХХХІV (34)</c>) or in digits (<c>27</c>).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The session number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is neither a canonical numeral nor digits of 1..3999.</exception>
    public static SessionNumber Parse([RomanNumeral(AllowsDigits = true)] string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        if (AsciiDigits.TryRead(text.AsSpan(), out int digits))
        {
            return TryCreate(digits, out SessionNumber number)
                ? number
                : throw new FormatException($"'{text}' is not a session number: sessions are numbered {MinValue}..{MaxValue}.");
        }

        return new SessionNumber(RomanNumeral.Parse(text));
    }

    /// <summary>Reads a session number as <see cref="Parse"/> does, or returns false; never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="number">The session number, or <c>default</c>.</param>
    /// <returns>Whether the text was a session number.</returns>
    public static bool TryParse(string? text, out SessionNumber number)
    {
        if (AsciiDigits.TryRead(text.AsSpan(), out int digits))
        {
            return TryCreate(digits, out number);
        }

        bool parsed = RomanNumeral.TryParse(text, out int value);
        number = parsed ? new SessionNumber(value) : default;
        return parsed;
    }

    /// <summary>The error every domain factory gives for the invalid default instance, or null for a real number.</summary>
    internal static ValidationError? RejectDefault(SessionNumber number, string paramName) =>
        number.IsDefault
            ? ValidationError.OutOfRange(paramName, 0, "Session number 0 (default(SessionNumber)) is not valid: create one with SessionNumber.Create.")
            : null;

    /// <summary>Gets the number of the next session.</summary>
    /// <returns>This number plus one.</returns>
    /// <exception cref="InvalidOperationException">This is the last number or the invalid default.</exception>
    [Pure]
    public SessionNumber Next()
    {
        if (value is < MinValue or >= MaxValue)
        {
            throw new InvalidOperationException($"Session number {value} has no valid successor within {MinValue}..{MaxValue}.");
        }

        return new SessionNumber(value + 1);
    }

    /// <summary>Writes the number as a canonical Latin Roman numeral, for example <c>XXXIV</c>.</summary>
    /// <returns>The numeral, or <c>0</c> for the invalid default.</returns>
    public override string ToString() => value == 0 ? "0" : RomanNumeral.ToRoman(value);

    /// <summary>
    /// Formats the number: null, "G" or "R" for the Roman numeral, "D" for decimal digits, "S" for the session in the
    /// provider's language (kk <c>XXVII сессия</c>, ru <c>XXVII сессия</c>, en <c>27th session</c>).
    /// </summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">For "S", a culture or <see cref="DomainFormatProvider"/> choosing the language.</param>
    /// <returns>The formatted number.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the documented formats.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" or "R" => ToString(),
        "D" => value.ToString(CultureInfo.InvariantCulture),
        "S" => SessionText.Format(this, FormattingContract.CultureNameOf(formatProvider)),
        _ => throw new FormatException($"Format '{format}' is not supported by SessionNumber: use \"R\" (Roman), \"D\" (digits) or \"S\" (session)."),
    };

    /// <inheritdoc/>
    public bool Equals(SessionNumber other) => value == other.value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SessionNumber other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => value;

    /// <inheritdoc/>
    public int CompareTo(SessionNumber other) => value.CompareTo(other.value);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        SessionNumber other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a SessionNumber with {obj.GetType()}.", nameof(obj)),
    };

    /// <summary>Compares two numbers for equality.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SessionNumber left, SessionNumber right) => left.Equals(right);

    /// <summary>Compares two numbers for inequality.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SessionNumber left, SessionNumber right) => !left.Equals(right);

    /// <summary>Orders two numbers.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether <paramref name="left"/> is smaller.</returns>
    public static bool operator <(SessionNumber left, SessionNumber right) => left.value < right.value;

    /// <summary>Orders two numbers.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether <paramref name="left"/> is larger.</returns>
    public static bool operator >(SessionNumber left, SessionNumber right) => left.value > right.value;

    /// <summary>Orders two numbers.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether <paramref name="left"/> is smaller or equal.</returns>
    public static bool operator <=(SessionNumber left, SessionNumber right) => left.value <= right.value;

    /// <summary>Orders two numbers.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether <paramref name="left"/> is larger or equal.</returns>
    public static bool operator >=(SessionNumber left, SessionNumber right) => left.value >= right.value;

    /// <inheritdoc/>
    /// <remarks>Explicit, so that ASP.NET binding and generic code find it while callers of <c>Parse(string)</c> are not
    /// asked for a format provider the culture-invariant text does not use.</remarks>
    static SessionNumber IParsable<SessionNumber>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<SessionNumber>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SessionNumber result) => TryParse(s, out result);
}
