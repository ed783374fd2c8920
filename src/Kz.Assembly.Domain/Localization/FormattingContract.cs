using System;
using System.Globalization;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// The one formatting rule of every domain value (docs/formatting.md): <c>ToString()</c> is the invariant form that
/// <c>Parse</c> reads back, and it is what <c>ToString("G", CultureInfo.InvariantCulture)</c> and
/// <c>string.Create(CultureInfo.InvariantCulture, $"{x}")</c> write; any other provider writes the text of its
/// language; a null provider is the current culture, as everywhere in .NET.
/// </summary>
internal static class FormattingContract
{
    /// <summary>Whether a format asks for the general form (null, empty or "G").</summary>
    internal static bool IsGeneral(string? format) => format is null or "" or "G";

    /// <summary>Whether a provider is the invariant culture; null stands for the current culture.</summary>
    internal static bool IsInvariant(IFormatProvider? provider) => (provider ?? CultureInfo.CurrentCulture) is CultureInfo { Name: "" };

    /// <summary>
    /// The whole contract for a type whose only format is "G": the invariant culture gives <c>ToString()</c>, any other
    /// provider the text <paramref name="inLanguage"/> writes for its language; another format is refused by name.
    /// </summary>
    internal static string GeneralOnly<T>(T value, string? format, IFormatProvider? provider, Func<T, string, string> inLanguage)
        where T : class
    {
        if (!IsGeneral(format))
        {
            throw new FormatException($"Format '{format}' is not supported by {typeof(T).Name}: use null or \"G\".");
        }

        return IsInvariant(provider) ? value.ToString()! : inLanguage(value, CultureNameOf(provider));
    }

    /// <summary>The contract for a named entity: the invariant culture's general form is <c>ToString()</c> (with its id
    /// or code), any other provider or format goes to its name.</summary>
    internal static string Named(object value, Text.LocalizedText name, string? format, IFormatProvider? provider) =>
        IsGeneral(format) && IsInvariant(provider) ? value.ToString()! : name.ToString(format, provider);

    /// <summary>The culture name a provider stands for (its profile's tag).</summary>
    internal static string CultureNameOf(IFormatProvider? provider) => Profiles.LanguageProfiles.Resolve(provider).Tag;
}
