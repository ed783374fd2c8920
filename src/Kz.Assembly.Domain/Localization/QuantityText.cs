using System;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Localization.Profiles;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// Qualified counts as reports write them: kk <c>39 мыңға жуық</c>, <c>9000-ға жуық</c>, <c>2 мыңнан аса</c>;
/// ru <c>около 39 тысяч</c>, <c>более 2 тысяч</c>; en <c>about 39 thousand</c>, <c>more than 2 thousand</c>. The Kazakh
/// qualifier governs a case (жуық and дейін the dative, аса the ablative) whose ending agrees with the spoken number;
/// the Russian prepositions govern the genitive.
/// </summary>
public static class QuantityText
{
    /// <summary>Writes a qualified count.</summary>
    /// <param name="count">The count.</param>
    /// <param name="cultureName">A culture name, resolved by <see cref="LanguageProfiles.Resolve(string?)"/>.</param>
    /// <param name="style">When whole thousands take the word for thousand (see <see cref="ThousandsStyle"/>).</param>
    /// <returns>The text.</returns>
    public static string Format(QualifiedCount count, string? cultureName, ThousandsStyle style = ThousandsStyle.Auto)
    {
        return LanguageProfiles.Write(cultureName, (count, style), static (language, a) => language.Count(a.count, null, a.style));
    }

    /// <summary>Writes a qualified count of something, with the noun in the form the number requires.</summary>
    /// <param name="count">The count.</param>
    /// <param name="noun">What is counted.</param>
    /// <param name="cultureName">A culture name, resolved by <see cref="LanguageProfiles.Resolve(string?)"/>.</param>
    /// <param name="style">When whole thousands take the word for thousand.</param>
    /// <returns>For example <c>39 мыңға жуық адам</c>, <c>около 39 тысяч человек</c>, <c>49 благотворительных акций</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="noun"/> is null.</exception>
    public static string FormatCounted(QualifiedCount count, LocalizedNoun noun, string? cultureName, ThousandsStyle style = ThousandsStyle.Auto)
    {
        Preconditions.CheckNotNull(noun, nameof(noun));
        return LanguageProfiles.Write(cultureName, (count, noun, style), static (language, a) => language.Count(a.count, a.noun, a.style));
    }

    /// <summary>Writes a number in digits the way each language groups them: <c>9000</c>, <c>39 500</c> (no-break space) in kk and ru; <c>9,000</c> in en.</summary>
    /// <param name="value">The number.</param>
    /// <param name="cultureName">A culture name, resolved by <see cref="LanguageProfiles.Resolve(string?)"/>.</param>
    /// <returns>The digits.</returns>
    public static string Digits(long value, string? cultureName)
    {
        return LanguageProfiles.Write(cultureName, value, static (language, v) => language.Digits(v));
    }
}
