using System;
using Kz.Assembly.Domain.Annotations;
using System.Diagnostics.Contracts;
using Kz.Assembly.Domain.Localization.Profiles;

namespace Kz.Assembly.Domain.Text;

/// <summary>
/// One piece of text in Kazakh, Russian and English: a name, a theme or a title. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Invariant: all three texts are present, non-blank and carry no leading or trailing white space. Equality is
/// ordinal over all three. <see cref="ToString()"/> is the English text, the culture-invariant form.
/// </remarks>
[Localized]
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.LocalizedTextJsonConverter))]
public sealed class LocalizedText : IEquatable<LocalizedText>, IFormattable
{
    private LocalizedText(string kazakh, string russian, string english)
    {
        Kazakh = kazakh;
        Russian = russian;
        English = english;
    }

    /// <summary>Gets the Kazakh text.</summary>
    public string Kazakh { get; }

    /// <summary>Gets the Russian text.</summary>
    public string Russian { get; }

    /// <summary>Gets the English text.</summary>
    public string English { get; }

    /// <summary>Creates text from its three languages.</summary>
    /// <param name="kazakh">The Kazakh text.</param>
    /// <param name="russian">The Russian text.</param>
    /// <param name="english">The English text.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, has leading or trailing white space, or holds a lone
    /// surrogate (half of a UTF-16 pair, which no JSON or database can store as it is).</exception>
    public static LocalizedText Create([SingleScript] string kazakh, [SingleScript] string russian, [SingleScript] string english)
    {
        ValidationError? error = Validate(kazakh, russian, english);
        if (error is { } e)
        {
            Preconditions.Throw(e);
        }

        return new LocalizedText(kazakh, russian, english);
    }

    /// <summary>Creates text from its three languages, or returns false when <see cref="Create"/> would throw.</summary>
    /// <param name="kazakh">The Kazakh text.</param>
    /// <param name="russian">The Russian text.</param>
    /// <param name="english">The English text.</param>
    /// <param name="text">The text, or null on failure.</param>
    /// <returns>Whether the texts were valid.</returns>
    public static bool TryCreate([SingleScript] string? kazakh, [SingleScript] string? russian, [SingleScript] string? english, out LocalizedText? text)
    {
        if (Validate(kazakh, russian, english) is null)
        {
            text = new LocalizedText(kazakh!, russian!, english!);
            return true;
        }

        text = null;
        return false;
    }

    /// <summary>Creates text that is written the same in every language (a proper name in Cyrillic, a code).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">The text is blank, has leading or trailing white space, or holds a lone surrogate.</exception>
    public static LocalizedText Invariant([SingleScript] string text) => Create(text, text, text);

    /// <summary>Gets the text in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text in that language.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined member.</exception>
    [Pure]
    public string In(Language language) => language switch
    {
        Language.Kazakh => Kazakh,
        Language.Russian => Russian,
        Language.English => English,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Not a defined Language."),
    };

    /// <summary>Gets the text for a culture name (<c>kk-KZ</c> → Kazakh); unknown cultures get English.</summary>
    /// <param name="cultureName">The culture name.</param>
    /// <returns>The text for that culture.</returns>
    [Pure]
    public string In(string? cultureName) => In(LanguageProfiles.Resolve(cultureName));

    /// <summary>Returns the English text, the culture-invariant form.</summary>
    /// <returns>The English text.</returns>
    public override string ToString() => English;

    /// <summary>Returns the text for the culture of <paramref name="formatProvider"/>; no format strings are defined.</summary>
    /// <param name="format">Ignored: must be null, empty or "G".</param>
    /// <param name="formatProvider">A culture or <see cref="Localization.DomainFormatProvider"/> choosing the language; the
    /// invariant culture gives <see cref="ToString()"/> (English); null means the current culture.</param>
    /// <returns>The text in that language.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not null, empty or "G".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (!string.IsNullOrEmpty(format) && format != "G")
        {
            throw new FormatException($"Format '{format}' is not supported by LocalizedText: use null or \"G\".");
        }

        return In(LanguageProfiles.Resolve(formatProvider));
    }

    private string In(LanguageProfile language) => language.InScript(language.Text(this));

    /// <inheritdoc/>
    public bool Equals(LocalizedText? other) =>
        other is not null
        && string.Equals(Kazakh, other.Kazakh, StringComparison.Ordinal)
        && string.Equals(Russian, other.Russian, StringComparison.Ordinal)
        && string.Equals(English, other.English, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(Kazakh),
        StringComparer.Ordinal.GetHashCode(Russian),
        StringComparer.Ordinal.GetHashCode(English));

    /// <summary>Compares two texts for equality.</summary>
    /// <param name="left">The first text.</param>
    /// <param name="right">The second text.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(LocalizedText? left, LocalizedText? right) => Equals(left, right);

    /// <summary>Compares two texts for inequality.</summary>
    /// <param name="left">The first text.</param>
    /// <param name="right">The second text.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(LocalizedText? left, LocalizedText? right) => !Equals(left, right);

    private static ValidationError? Validate(string? kazakh, string? russian, string? english) =>
        ValidateOne(kazakh, nameof(kazakh)) ?? ValidateOne(russian, nameof(russian)) ?? ValidateOne(english, nameof(english));

    private static ValidationError? ValidateOne(string? text, string paramName)
    {
        if (text is null)
        {
            return ValidationError.Null(paramName);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ValidationError.Invalid(paramName, $"The {paramName} text is blank: every LocalizedText needs all three languages.");
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return ValidationError.Invalid(paramName, $"The {paramName} text '{text}' has leading or trailing white space.");
        }

        // A lone surrogate is not text: JSON and PostgreSQL would write it as U+FFFD, so what was read back would differ.
        int lone = LoneSurrogateAt(text);
        return lone < 0
            ? null
            : ValidationError.Invalid(paramName, $"The {paramName} text has a lone surrogate U+{(int)text[lone]:X4} at index {lone}: it is not Unicode text and could not be written and read back as it is.");
    }

    private static int LoneSurrogateAt(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
