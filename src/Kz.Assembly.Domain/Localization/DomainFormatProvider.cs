using System;
using System.Globalization;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// A format provider that carries a <see cref="Language"/> without needing OS culture data, so that
/// <c>string.Format(DomainFormatProvider.For("kk"), "{0}", AssemblyActivityKind.Event)</c> gives <c>іс-шара</c> and domain
/// values' <c>ToString(format, provider)</c> pick Kazakh even under <c>InvariantGlobalization=true</c>.
/// </summary>
public sealed class DomainFormatProvider : IFormatProvider, ICustomFormatter
{
    private static readonly DomainFormatProvider KazakhProvider = new(Language.Kazakh);
    private static readonly DomainFormatProvider RussianProvider = new(Language.Russian);
    private static readonly DomainFormatProvider EnglishProvider = new(Language.English);
    private static readonly DomainFormatProvider KazakhLatinProvider = new(Language.Kazakh, "kk-Latn");

    private readonly string cultureName;

    // Looked up once: under InvariantGlobalization the lookup throws, and a throw per formatted value is not cheap.
    private readonly Lazy<CultureInfo> culture;

    private DomainFormatProvider(Language language, string? cultureName = null)
    {
        Language = language;
        this.cultureName = cultureName ?? language.CultureName();
        culture = new Lazy<CultureInfo>(() => CultureOf(language));
    }

    /// <summary>Gets the language this provider formats in.</summary>
    public Language Language { get; }

    /// <summary>Gets the provider for a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The shared provider.</returns>
    public static DomainFormatProvider For(Language language) => language switch
    {
        Language.Kazakh => KazakhProvider,
        Language.Russian => RussianProvider,
        _ => EnglishProvider,
    };

    /// <summary>Gets the provider for a culture name (<c>kk-KZ</c> → Kazakh; <c>kk-Latn</c> → Kazakh in Latin script;
    /// unknown → English).</summary>
    /// <param name="cultureName">The culture name.</param>
    /// <returns>The shared provider.</returns>
    public static DomainFormatProvider For(string? cultureName) =>
        Languages.IsKazakhLatin(cultureName) ? KazakhLatinProvider : For(Languages.FromCultureName(cultureName));

    /// <inheritdoc/>
    public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : null;

    /// <summary>Formats domain enums by their text and other values by their own culture-aware formatting.</summary>
    /// <param name="format">The format string of the placeholder.</param>
    /// <param name="arg">The value.</param>
    /// <param name="formatProvider">This provider.</param>
    /// <returns>The text.</returns>
    public string Format(string? format, object? arg, IFormatProvider? formatProvider) => arg switch
    {
        Enum when string.IsNullOrEmpty(format) => DomainText.Format(arg, cultureName),

        // NodaTime accepts no provider but a culture: a day without a pattern is written as the library writes dates
        // (2025 жылғы 24 сәуір), any other NodaTime value or pattern with the language's culture where the machine
        // has it and the invariant culture where it does not (InvariantGlobalization).
        LocalDate date when string.IsNullOrEmpty(format) => DateText.Format(date, cultureName),
        IFormattable noda when arg.GetType().Namespace == typeof(LocalDate).Namespace => noda.ToString(format, culture.Value),
        IFormattable formattable => formattable.ToString(format, this),
        null => string.Empty,
        _ => arg.ToString() ?? string.Empty,
    };

    private static CultureInfo CultureOf(Language language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language.CultureName());
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    /// <summary>Returns the culture name it stands for.</summary>
    /// <returns><c>kk</c>, <c>kk-Latn</c>, <c>ru</c> or <c>en</c>.</returns>
    public override string ToString() => cultureName;
}
