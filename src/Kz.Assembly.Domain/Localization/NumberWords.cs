using System;
using Kz.Assembly.Domain.Localization.Profiles;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// Number words in every registered language. Kazakh is the library's own (<see cref="KazakhNumber"/>); Russian and
/// English come from Humanizer, which is right for them and agrees in gender for Russian.
/// </summary>
public static class NumberWords
{
    /// <summary>Writes a number in words: kk <c>отыз төрт</c>, ru <c>тридцать четыре</c>, en <c>thirty-four</c>.</summary>
    /// <param name="number">The number.</param>
    /// <param name="cultureName">A culture name, resolved by <see cref="LanguageProfiles.Resolve(string?)"/>.</param>
    /// <param name="gender">The gender Russian words agree with; ignored in Kazakh and English.</param>
    /// <returns>The words.</returns>
    public static string ToWords(long number, string? cultureName, GrammaticalGender gender = GrammaticalGender.Masculine)
    {
        return LanguageProfiles.Write(cultureName, (number, gender), static (language, a) => language.NumberWords(a.number, a.gender));
    }

    /// <summary>Writes an ordinal in words: kk <c>отыз төртінші</c>, ru <c>тридцать четвёртый</c>, en <c>thirty-fourth</c>.</summary>
    /// <param name="number">The position, 0..<see cref="int.MaxValue"/>.</param>
    /// <param name="cultureName">A culture name, resolved by <see cref="LanguageProfiles.Resolve(string?)"/>.</param>
    /// <param name="gender">The gender Russian words agree with (<c>тридцать четвёртая сессия</c>).</param>
    /// <returns>The ordinal words.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number is negative.</exception>
    public static string ToOrdinalWords(int number, string? cultureName, GrammaticalGender gender = GrammaticalGender.Masculine)
    {
        RequirePosition(number);
        return LanguageProfiles.Write(cultureName, (number, gender), static (language, a) => language.OrdinalWords(a.number, a.gender));
    }

    /// <summary>Writes an ordinal in digits: kk <c>34-</c> (official style), ru <c>34-я</c> (feminine), en <c>34th</c>.</summary>
    /// <param name="number">The position, not negative.</param>
    /// <param name="cultureName">A culture name, resolved by <see cref="LanguageProfiles.Resolve(string?)"/>.</param>
    /// <param name="gender">The gender the Russian ending agrees with.</param>
    /// <returns>The ordinal.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number is negative.</exception>
    public static string ToOrdinalDigits(int number, string? cultureName, GrammaticalGender gender = GrammaticalGender.Masculine)
    {
        RequirePosition(number);
        return LanguageProfiles.Write(cultureName, (number, gender), static (language, a) => language.OrdinalDigits(a.number, a.gender));
    }

    private static void RequirePosition(int number)
    {
        if (number < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, $"Ordinal {number} is negative: ordinals number positions from zero up.");
        }
    }
}
