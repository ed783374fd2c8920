using System;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Localization.Profiles;

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
    /// <param name="cultureName">A culture name, resolved by <see cref="LanguageProfiles.Resolve(string?)"/>.</param>
    /// <param name="possessive">In Kazakh, the possessive form that follows a genitive (<c>Ассамблеясының XXVII сессиясы</c>).</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is the invalid default.</exception>
    public static string Format(SessionNumber number, string? cultureName, bool possessive = false)
    {
        if (SessionNumber.RejectDefault(number, nameof(number)) is { } error)
        {
            Preconditions.Throw(error);
        }

        return LanguageProfiles.Write(cultureName, (number, possessive), static (language, a) => language.Session(a.number, a.possessive));
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

    /// <summary>
    /// Writes a session with its body, as a heading: kk <c>Түркістан облыстық Қазақстан халқы Ассамблеясының XXVII
    /// сессиясы</c> (the body in the genitive, the session possessive), ru <c>XXVII сессия Ассамблеи народа Казахстана
    /// Туркестанской области</c> (the body in the genitive), en <c>27th session of the Turkistan Regional Assembly of
    /// People of Kazakhstan</c>. No caller needs to decline a body's name by hand.
    /// </summary>
    /// <param name="session">The session.</param>
    /// <param name="cultureName">A culture name, resolved by <see cref="LanguageProfiles.Resolve(string?)"/>.</param>
    /// <returns>The heading.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="session"/> is null.</exception>
    public static string Heading(Session session, string? cultureName)
    {
        Preconditions.CheckNotNull(session, nameof(session));
        return LanguageProfiles.Write(cultureName, session, static (language, s) => language.SessionHeading(s));
    }
}
