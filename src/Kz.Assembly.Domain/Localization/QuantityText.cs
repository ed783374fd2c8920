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
        Languages.InScript(cultureName, Write(count, null, Languages.FromCultureName(cultureName), style));

    /// <summary>Writes a qualified count of something, with the noun in the form the number requires.</summary>
    /// <param name="count">The count.</param>
    /// <param name="noun">What is counted.</param>
    /// <param name="cultureName">kk, ru or en (others get English).</param>
    /// <param name="style">When whole thousands take the word for thousand.</param>
    /// <returns>For example <c>39 мыңға жуық адам</c>, <c>около 39 тысяч человек</c>, <c>49 благотворительных акций</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="noun"/> is null.</exception>
    public static string FormatCounted(QualifiedCount count, LocalizedNoun noun, string? cultureName, ThousandsStyle style = ThousandsStyle.Auto) =>
        Languages.InScript(cultureName, Write(count, Preconditions.CheckNotNull(noun, nameof(noun)), Languages.FromCultureName(cultureName), style));

    /// <summary>Writes a number in digits the way each language groups them: <c>9000</c>, <c>39 500</c> (no-break space) in kk and ru; <c>9,000</c> in en.</summary>
    /// <param name="value">The number.</param>
    /// <param name="cultureName">kk, ru or en (others get English).</param>
    /// <returns>The digits.</returns>
    public static string Digits(long value, string? cultureName) => Digits(value, Languages.FromCultureName(cultureName));

    private static string Write(QualifiedCount count, LocalizedNoun? noun, Language language, ThousandsStyle style)
    {
        long value = count.Value;
        NumberScale? scale = NumberScale.For(value, style);
        string text = language switch
        {
            Language.Kazakh => Kazakh(count, scale),
            Language.Russian => Russian(count, scale),
            _ => English(count, scale),
        };
        if (noun is null)
        {
            return text;
        }

        NounForms forms = noun.In(language);
        string form = language switch
        {
            Language.Kazakh => forms.One,
            Language.Russian when scale is not null => forms.Many, // «39 тысяч человек», «1,2 миллиона человек»
            Language.Russian when count.IsExact => forms.For(PluralRules.Cardinal("ru", value)),
            Language.Russian => PluralRules.Cardinal("ru", value) == PluralCategory.One ? forms.GenitiveSingular : forms.Many, // около 21 культурного мероприятия
            _ => scale is not null || value != 1 ? forms.Many : forms.One,
        };
        return text + " " + form;
    }

    private static string Kazakh(QualifiedCount count, NumberScale? scale)
    {
        long value = count.Value;
        string Number(KazakhCase grammaticalCase) => scale is { } s
            ? Invariant($"{s.Number(Digits(s.Whole, Language.Kazakh), ',')} {KazakhGrammar.Inflect(KazakhScaleWord(s.Divisor), grammaticalCase)}")
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

    private static string KazakhScaleWord(long divisor) => divisor switch
    {
        NumberScale.Billion => "миллиард",
        NumberScale.Million => "миллион",
        _ => "мың",
    };

    private static string Russian(QualifiedCount count, NumberScale? scale)
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
        if (scale is not { } s)
        {
            return prefix + Digits(value, Language.Russian);
        }

        NounForms word = s.Divisor switch
        {
            NumberScale.Billion => NounForms.Create("миллиард", "миллиарда", "миллиардов"),
            NumberScale.Million => NounForms.Create("миллион", "миллиона", "миллионов"),
            _ => NounForms.Create("тысяча", "тысячи", "тысяч"),
        };

        // A decimal takes the genitive singular (1,2 миллиона, 2,5 тысячи); after около, более, до a whole number's
        // word is genitive: singular after 1, 21 … (около 21 тысячи), plural otherwise (около 39 тысяч).
        PluralCategory category = PluralRules.Cardinal("ru", s.Whole);
        string form = s.IsFraction ? word.Few
            : count.IsExact ? word.For(category)
            : category == PluralCategory.One ? word.Few : word.Many;
        return prefix + s.Number(Digits(s.Whole, Language.Russian), ',') + " " + form;
    }

    private static string English(QualifiedCount count, NumberScale? scale)
    {
        string prefix = count.Qualifier switch
        {
            CountQualifier.About => "about ",
            CountQualifier.MoreThan => "more than ",
            CountQualifier.AtLeast => "at least ",
            CountQualifier.UpTo => "up to ",
            _ => string.Empty,
        };
        if (scale is not { } s)
        {
            return prefix + Digits(count.Value, Language.English);
        }

        string word = s.Divisor switch
        {
            NumberScale.Billion => " billion",
            NumberScale.Million => " million",
            _ => " thousand",
        };
        return prefix + s.Number(Digits(s.Whole, Language.English), '.') + word;
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
