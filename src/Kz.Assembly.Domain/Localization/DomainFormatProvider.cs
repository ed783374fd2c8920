using System;
using System.Collections.Concurrent;
using System.Globalization;
using Kz.Assembly.Domain.Localization.Profiles;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// A format provider that carries a language without needing OS culture data, so that
/// <c>string.Format(DomainFormatProvider.For("kk"), "{0}", AssemblyActivityKind.Event)</c> gives <c>іс-шара</c> and domain
/// values' <c>ToString(format, provider)</c> pick Kazakh even under <c>InvariantGlobalization=true</c>. It formats
/// NodaTime values too: a <see cref="LocalDate"/> without a pattern as the library writes dates, any other NodaTime
/// value with the language's culture where the machine has it.
/// </summary>
public sealed class DomainFormatProvider : IFormatProvider, ICustomFormatter
{
    private static readonly ConcurrentDictionary<LanguageProfile, DomainFormatProvider> Providers = new();

    // Looked up once: under InvariantGlobalization the lookup throws, and a throw per formatted value is not cheap.
    private readonly Lazy<CultureInfo> culture;

    private DomainFormatProvider(LanguageProfile profile)
    {
        Profile = profile;
        culture = new Lazy<CultureInfo>(() => CultureOf(profile.Tag));
    }

    /// <summary>Gets the language this provider formats in.</summary>
    public LanguageProfile Profile { get; }

    /// <summary>Gets the language whose stored text (<see cref="LocalizedText"/>) this provider shows: Kazakh for
    /// <c>kk</c> and <c>kk-Latn</c>, and for a registered language without stored text its fallback's.</summary>
    public Language Language => Profile.StoredLanguage;

    /// <summary>Gets the provider for a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The shared provider.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined member.</exception>
    public static DomainFormatProvider For(Language language) => For(language.CultureName());

    /// <summary>Gets the provider for a culture name, resolved by <see cref="LanguageProfiles.Resolve(string?)"/>
    /// (<c>kk-KZ</c> → Kazakh; <c>kk-Latn</c> → Kazakh in Latin script; unknown → English).</summary>
    /// <param name="cultureName">The culture name.</param>
    /// <returns>The shared provider.</returns>
    public static DomainFormatProvider For(string? cultureName) => For(LanguageProfiles.Resolve(cultureName));

    /// <summary>Gets the provider for a language profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The shared provider.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static DomainFormatProvider For(LanguageProfile profile) =>
        Providers.GetOrAdd(Preconditions.CheckNotNull(profile, nameof(profile)), static p => new DomainFormatProvider(p));

    /// <inheritdoc/>
    public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : null;

    /// <summary>Formats domain enums by their text and other values by their own culture-aware formatting.</summary>
    /// <param name="format">The format string of the placeholder.</param>
    /// <param name="arg">The value.</param>
    /// <param name="formatProvider">This provider.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a format the value supports (a NodaTime pattern that is not valid, "W" for a date).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="arg"/> is a domain enum's undefined value.</exception>
    public string Format(string? format, object? arg, IFormatProvider? formatProvider) => arg switch
    {
        Enum when string.IsNullOrEmpty(format) => DomainText.Format(arg, Profile.Tag),

        // NodaTime accepts no provider but a culture: a day without a pattern is written as the library writes dates
        // (2025 жылғы 24 сәуір), any other NodaTime value or pattern with the language's culture where the machine
        // has it and the invariant culture where it does not (InvariantGlobalization), written in the language's script
        // (kk-Latn's month names from the OS's Kazakh data come out in Latin letters).
        LocalDate date when string.IsNullOrEmpty(format) => DateText.Format(date, Profile.Tag),
        IFormattable noda when arg.GetType().Namespace == typeof(LocalDate).Namespace => Profile.InScript(noda.ToString(format, culture.Value)),
        IFormattable formattable => formattable.ToString(format, this),
        null => string.Empty,
        _ => arg.ToString() ?? string.Empty,
    };

    /// <summary>Returns the tag of the language it stands for.</summary>
    /// <returns><c>kk</c>, <c>kk-Latn</c>, <c>ru</c>, <c>en</c> or a registered language's tag.</returns>
    public override string ToString() => Profile.Tag;

    private static CultureInfo CultureOf(string tag)
    {
        foreach (string name in new[] { tag, tag.Split('-')[0] })
        {
            try
            {
                return CultureInfo.GetCultureInfo(name);
            }
            catch (CultureNotFoundException)
            {
            }
        }

        return CultureInfo.InvariantCulture;
    }
}
