using Humanizer;

namespace Kz.Assembly.Domain.Localization;

/// <summary>Humanizer's number words, guarded where Humanizer fails.</summary>
internal static class HumanizerWords
{
    /// <summary>
    /// Humanizer writes a negative number as "minus" + the words of its negation, and long.MinValue is its own
    /// negation: it recursed until the process died. Written as -9 223 372 036 854 775 000 and then 808, whose words
    /// are the same in both languages' grammar (808 agrees in no gender).
    /// </summary>
    internal static string ToWords(long number, System.Globalization.CultureInfo culture, Humanizer.GrammaticalGender gender)
    {
        if (number == long.MinValue)
        {
            const long Thousands = long.MinValue / 1000 * 1000;
            return ToWords(Thousands, culture, gender) + " " + ToWords(-(long.MinValue - Thousands), culture, gender);
        }

        return number.ToWords(gender, culture);
    }

    /// <summary>Maps the library's gender to Humanizer's.</summary>
    internal static Humanizer.GrammaticalGender Map(GrammaticalGender gender) => gender switch
    {
        GrammaticalGender.Feminine => Humanizer.GrammaticalGender.Feminine,
        GrammaticalGender.Neuter => Humanizer.GrammaticalGender.Neuter,
        _ => Humanizer.GrammaticalGender.Masculine,
    };
}
