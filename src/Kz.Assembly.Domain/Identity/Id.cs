using System;
using System.Diagnostics.CodeAnalysis;
using Kz.Assembly.Domain.Annotations;

namespace Kz.Assembly.Domain.Identity;

/// <summary>
/// The identity of an entity of type <typeparamref name="TEntity"/>: a stable slug of lower-case Latin letters, digits
/// and inner hyphens, 1..100 characters (<c>apk-kz-61</c>, <c>apk-kz-61-session-27</c>). Ids of different entity
/// types are different types, so a session's id cannot be passed where a body's is expected. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Entities are equal by id: a change to an entity (a dissolution, a term that ends) is a new version with the same
/// id, and the data set keeps one version per id. Where the caller gives no id, factories derive one from the
/// entity's natural key (see each factory); two facts that derive the same id are the same fact to the data set, which
/// rejects the second with both named.
/// </para>
/// <para>
/// <c>default(Id&lt;T&gt;)</c> is not an id: the type carries <see cref="NoDefaultAttribute"/> and every factory
/// rejects it. <see cref="ToString()"/> writes the slug, which <see cref="Parse(string)"/> reads back; ordering is ordinal.
/// </para>
/// </remarks>
/// <typeparam name="TEntity">The entity type the id identifies.</typeparam>
[NoDefault]
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "IParsable<T> and ISpanParsable<T> require the static Parse and TryParse on the id type itself, as on Guid and NodaTime's values.")]
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.IdJsonConverterFactory))]
public readonly struct Id<TEntity> : IEquatable<Id<TEntity>>, IComparable<Id<TEntity>>, IComparable, ISpanFormattable, ISpanParsable<Id<TEntity>>
    where TEntity : class
{
    private readonly string? value;

    private Id(string value) => this.value = value;

    /// <summary>Gets the slug, or null for the invalid <c>default</c>.</summary>
    public string? Value => value;

    /// <summary>Gets whether this is the invalid <c>default</c> instance rather than an id made by a factory.</summary>
    public bool IsDefault => value is null;

    /// <summary>Reads an id.</summary>
    /// <param name="text">The slug: lower-case Latin letters, digits and inner hyphens, 1..100 characters.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid slug; the message names it and the rule.</exception>
    public static Id<TEntity> Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return Parse(text.AsSpan(), null);
    }

    /// <summary>Reads an id, or returns false; never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="id">The id, or <c>default</c>.</param>
    /// <returns>Whether the text was a valid slug.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Id<TEntity> id)
    {
        id = default;
        if (text is null || !IdSlug.IsValid(text))
        {
            return false;
        }

        id = new Id<TEntity>(text);
        return true;
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The slug.</param>
    /// <param name="provider">Ignored: ids are culture-invariant.</param>
    public static Id<TEntity> Parse(string s, IFormatProvider? provider)
    {
        Preconditions.CheckNotNull(s, nameof(s));
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc cref="TryParse(string, out Id{TEntity})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: ids are culture-invariant.</param>
    /// <param name="result">The id, or <c>default</c>.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Id<TEntity> result) => TryParse(s, out result);

    /// <summary>Reads an id from characters.</summary>
    /// <param name="s">The slug.</param>
    /// <param name="provider">Ignored: ids are culture-invariant.</param>
    /// <returns>The id.</returns>
    /// <exception cref="FormatException">The text is not a valid slug.</exception>
    public static Id<TEntity> Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        if (!IdSlug.IsValid(s))
        {
            throw new FormatException(IdSlug.Explain(s.ToString(), typeof(TEntity).Name));
        }

        return new Id<TEntity>(s.ToString());
    }

    /// <summary>Reads an id from characters, or returns false; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: ids are culture-invariant.</param>
    /// <param name="result">The id, or <c>default</c>.</param>
    /// <returns>Whether the text was a valid slug.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Id<TEntity> result)
    {
        result = IdSlug.IsValid(s) ? new Id<TEntity>(s.ToString()) : default;
        return !result.IsDefault;
    }

    /// <summary>Derives an id from parts of a natural key, as factories do where the caller gives none: each part
    /// lower-cased, every run of other characters made one hyphen (<c>("apk-kz-61", "session", "27")</c> gives
    /// <c>apk-kz-61-session-27</c>). A part with no Latin letter or digit at all is replaced by a stable hash of it.</summary>
    internal static Id<TEntity> Derive(params string[] parts) => new(IdSlug.Derive(parts));

    /// <summary>Wraps a slug the caller has already checked with <see cref="IdSlug.IsValid"/>.</summary>
    internal static Id<TEntity> FromValid(string slug) => new(slug);

    /// <summary>Returns the slug; <c>(default)</c> for the invalid default instance.</summary>
    /// <returns>The slug.</returns>
    public override string ToString() => value ?? "(default)";

    /// <summary>Returns the slug; ids have one format, so <paramref name="format"/> must be null, empty or "G".</summary>
    /// <param name="format">Null, empty or "G".</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The slug.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        CheckFormat(format);
        return ToString();
    }

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        CheckFormat(format);
        string text = ToString();
        charsWritten = text.TryCopyTo(destination) ? text.Length : 0;
        return charsWritten == text.Length;
    }

    /// <inheritdoc/>
    public bool Equals(Id<TEntity> other) => string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Id<TEntity> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => value is null ? 0 : StringComparer.Ordinal.GetHashCode(value);

    /// <summary>Compares ordinally by slug; the default instance sorts first.</summary>
    /// <param name="other">The other id.</param>
    /// <returns>The sign of the comparison.</returns>
    public int CompareTo(Id<TEntity> other) => string.CompareOrdinal(value, other.value);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not an id of the same entity type.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Id<TEntity> other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare an Id<{typeof(TEntity).Name}> with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Compares two ids for equality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether they are the same id.</returns>
    public static bool operator ==(Id<TEntity> left, Id<TEntity> right) => left.Equals(right);

    /// <summary>Compares two ids for inequality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Id<TEntity> left, Id<TEntity> right) => !left.Equals(right);

    /// <summary>Orders ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(Id<TEntity> left, Id<TEntity> right) => left.CompareTo(right) < 0;

    /// <summary>Orders ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(Id<TEntity> left, Id<TEntity> right) => left.CompareTo(right) > 0;

    /// <summary>Orders ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(Id<TEntity> left, Id<TEntity> right) => left.CompareTo(right) <= 0;

    /// <summary>Orders ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(Id<TEntity> left, Id<TEntity> right) => left.CompareTo(right) >= 0;

    /// <summary>The error every factory gives for the invalid default instance, or null for a real id.</summary>
    internal static ValidationError? RejectDefault(Id<TEntity> id, string paramName) =>
        id.IsDefault
            ? ValidationError.Invalid(paramName, $"default(Id<{typeof(TEntity).Name}>) is not an id: create one with Id<{typeof(TEntity).Name}>.Parse.")
            : null;

    private static void CheckFormat(ReadOnlySpan<char> format)
    {
        if (!(format.IsEmpty || format is "G"))
        {
            throw new FormatException($"Format '{format.ToString()}' is not supported by Id<{typeof(TEntity).Name}>: use \"G\" or none.");
        }
    }
}
