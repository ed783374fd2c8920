using System;
using System.Globalization;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// Qualified counts as reports write them: kk <c>39 мыңға жуық</c>, <c>9000-ға жуық</c>, <c>2 мыңнан аса</c>;
/// ru <c>около 39 тысяч</c>, <c>более 2 тысяч</c>; en <c>about 39 thousand</c>, <c>more than 2 thousand</c>. The Kazakh
/// qualifier governs a case (жуық and дейін the dative, аса the ablative) whose ending agrees with the spoken number;
/// the Russian prepositions govern the genitive.
/// </summary>
public static class QuantityText
{
    private const char NoBreakSpace = '\u00A0';

    /// <summary>Writes a qualified count.</summary>
    /// <param name="count">The count.</param>
    /// <param name="cultureName">kk, ru or en (others get English).</param>
    /// <param name="style">When whole thousands take the word for thousand (see <see cref="ThousandsStyle"/>).</param>
    /// <returns>The text.</returns>
    public static string Format(QualifiedCount count, string? cultureName, ThousandsStyle style = ThousandsStyle.Auto) =>
        Write(count, null, Languages.FromCultureName(cultureName), style);

    /// <summary>Writes a qualified count of something, with the noun in the form the number requires.</summary>
    /// <param name="count">The count.</param>
    /// <param name="noun">What is counted.</param>
    /// <param name="cultureName">kk, ru or en (others get English).</param>
    /// <param name="style">When whole thousands take the word for thousand.</param>
    /// <returns>For example <c>39 мыңға жуық адам</c>, <c>около 39 тысяч человек</c>, <c>49 благотворительных акций</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="noun"/> is null.</exception>
    public static string FormatCounted(QualifiedCount count, LocalizedNoun noun, string? cultureName, ThousandsStyle style = ThousandsStyle.Auto) =>
        Write(count, Preconditions.CheckNotNull(noun, nameof(noun)), Languages.FromCultureName(cultureName), style);

    /// <summary>Writes a number in digits the way each language groups them: <c>9000</c>, <c>39 500</c> (no-break space) in kk and ru; <c>9,000</c> in en.</summary>
    /// <param name="value">The number.</param>
    /// <param name="cultureName">kk, ru or en (others get English).</param>
    /// <returns>The digits.</returns>
    public static string Digits(long value, string? cultureName) => Digits(value, Languages.FromCultureName(cultureName));

    internal static bool UsesThousandsWord(long value, ThousandsStyle style) => style switch
    {
        ThousandsStyle.Words => value >= 1000 && value % 1000 == 0,
        ThousandsStyle.Digits => false,
        _ => value >= 10_000 && value % 1000 == 0,
    };

    private static string Write(QualifiedCount count, LocalizedNoun? noun, Language language, ThousandsStyle style)
    {
        long value = count.Value;
        bool thousands = UsesThousandsWord(value, style);
        string text = language switch
        {
            Language.Kazakh => Kazakh(count, thousands),
            Language.Russian => Russian(count, thousands),
            _ => English(count, thousands),
        };
        if (noun is null)
        {
            return text;
        }

        NounForms forms = noun.In(language);
        string form = language switch
        {
            Language.Kazakh => forms.One,
            Language.Russian when thousands => forms.Many,
            Language.Russian when count.IsExact => forms.For(PluralRules.Cardinal("ru", value)),
            Language.Russian => PluralRules.Cardinal("ru", value) == PluralCategory.One ? forms.Few : forms.Many,
            _ => thousands || value != 1 ? forms.Many : forms.One,
        };
        return text + " " + form;
    }

    private static string Kazakh(QualifiedCount count, bool thousands)
    {
        long value = count.Value;
        string Number(KazakhCase grammaticalCase) => thousands
            ? Invariant($"{value / 1000} {KazakhGrammar.Inflect("мың", grammaticalCase)}")
            : KazakhNumber.Inflect(value, Digits(value, Language.Kazakh), grammaticalCase);

        return count.Qualifier switch
        {
            CountQualifier.About => Number(KazakhCase.Dative) + " жуық",
            CountQualifier.MoreThan => Number(KazakhCase.Ablative) + " аса",
            CountQualifier.AtLeast => "кемінде " + Number(KazakhCase.Nominative),
            CountQualifier.UpTo => Number(KazakhCase.Dative) + " дейін",
            _ => Number(KazakhCase.Nominative),
        };
    }

    private static string Russian(QualifiedCount count, bool thousands)
    {
        long value = count.Value;
        string prefix = count.Qualifier switch
        {
            CountQualifier.About => "около ",
            CountQualifier.MoreThan => "более ",
            CountQualifier.AtLeast => "не менее ",
            CountQualifier.UpTo => "до ",
            _ => string.Empty,
        };
        if (!thousands)
        {
            return prefix + Digits(value, Language.Russian);
        }

        long k = value / 1000;
        PluralCategory category = PluralRules.Cardinal("ru", k);
        string word = count.IsExact
            ? NounForms.Create("тысяча", "тысячи", "тысяч").For(category)
            : category == PluralCategory.One ? "тысячи" : "тысяч";
        return prefix + Digits(k, Language.Russian) + " " + word;
    }

    private static string English(QualifiedCount count, bool thousands)
    {
        string prefix = count.Qualifier switch
        {
            CountQualifier.About => "about ",
            CountQualifier.MoreThan => "more than ",
            CountQualifier.AtLeast => "at least ",
            CountQualifier.UpTo => "up to ",
            _ => string.Empty,
        };
        return prefix + (thousands ? Digits(count.Value / 1000, Language.English) + " thousand" : Digits(count.Value, Language.English));
    }

    private static string Digits(long value, Language language)
    {
        if (language == Language.English)
        {
            return value.ToString("#,0", CultureInfo.InvariantCulture);
        }

        // Kazakh and Russian typography groups from five digits on, with a no-break space; four digits stay together.
        string plain = value.ToString(CultureInfo.InvariantCulture);
        return value is > -10_000 and < 10_000 ? plain : value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', NoBreakSpace);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
