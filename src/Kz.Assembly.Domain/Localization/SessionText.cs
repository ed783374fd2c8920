using System;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// Session numbers as text: kk <c>XXVII сессия</c> or, after the body's name in the genitive, the possessive
/// <c>XXVII сессиясы</c>; ru <c>XXVII сессия</c>; en <c>27th session</c>. Kazakh and Russian write session numbers in
/// Roman numerals with no hyphen (<c>XXXIV сессия</c>); the digit form takes the hyphen (<c>34-сессия</c>).
/// </summary>
public static class SessionText
{
    /// <summary>Writes a session number with the word "session".</summary>
    /// <param name="number">The session number.</param>
    /// <param name="cultureName">kk, ru or en (others get English).</param>
    /// <param name="possessive">In Kazakh, the possessive form that follows a genitive (<c>Ассамблеясының XXVII сессиясы</c>).</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is the invalid default.</exception>
    public static string Format(SessionNumber number, string? cultureName, bool possessive = false)
    {
        if (SessionNumber.RejectDefault(number, nameof(number)) is { } error)
        {
            Preconditions.Throw(error);
        }

        return Languages.FromCultureName(cultureName) switch
        {
            Language.Kazakh => number + (possessive ? " сессиясы" : " сессия"),
            Language.Russian => number + " сессия",
            _ => NumberWords.ToOrdinalDigits(number.Value, "en") + " session",
        };
    }

    /// <summary>Writes a Kazakh session number in digits, official style: <c>34-сессия</c>.</summary>
    /// <param name="number">The session number.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is the invalid default.</exception>
    public static string FormatKazakhDigits(SessionNumber number)
    {
        if (SessionNumber.RejectDefault(number, nameof(number)) is { } error)
        {
            Preconditions.Throw(error);
        }

        return KazakhNumber.ToOrdinalDigits(number.Value, KazakhOrdinalStyle.Official) + "сессия";
    }
}
