using System;
using Kz.Assembly.Domain.Localization.Profiles;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Reading.Recognizers;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Reading;

/// <summary>
/// Reads the facts of a news report on the Assembly's work (Kazakh in either script, Russian, English) into the
/// model: sessions, projects, reported summaries with their qualified counts, representation, deputy groups,
/// Friendship Houses and anniversaries, each with the phrase it was read from, and every number, name and session it
/// could not place as a <see cref="Mention"/>.
/// </summary>
/// <remarks>
/// <para>It lives in the core package because it reads with the core's own lexicon (the qualifier and scale words
/// <see cref="Localization.QuantityPhrase"/> reads, the case forms region names are written in) and builds through
/// the core's <see cref="AssemblyDataSetBuilder"/>; a satellite would need those internals public.</para>
/// <para>Reading is one pass over the text and a bounded look around each word: linear in the text, no regular
/// expressions. Relative dates resolve against <c>published</c>: биыл, в этом году (its calendar year), былтыр, в
/// прошлом году (the year before), жыл басынан бері, с начала года (the year to the publication date), a day and
/// month without a year (the latest such day not after publication). Counts with no period in their sentence take the
/// last period the report named, else the year to the publication date.</para>
/// </remarks>
public static class ReportReader
{
    /// <summary>The longest text read, in characters (64 Mi): beyond it <see cref="Read"/> refuses rather than exhaust memory.</summary>
    public const int MaxLength = 64 * 1024 * 1024;

    /// <summary>Reads a report.</summary>
    /// <param name="text">The report's text.</param>
    /// <param name="published">The day it was published, against which relative dates resolve.</param>
    /// <param name="cultureName">Its language (<c>kk</c>, <c>kk-Latn</c>, <c>ru</c>, <c>en</c>, a registered language
    /// whose profile lists its <see cref="LanguageProfile.ReadingWords"/>, or a culture of one of them such as
    /// <c>ru-RU</c>), or null or empty to detect it from the letters the text uses. A text in any other language (Uzbek,
    /// German …, Kyrgyz unless registered with its reading words), given or detected, and a text with no letters,
    /// state no fact: the reading holds one <see cref="MentionKind.Language"/> mention saying so.</param>
    /// <returns>The facts, the mentions left unplaced, and a draft data set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="text"/> is longer than <see cref="MaxLength"/>, or
    /// <paramref name="published"/> is not an ISO date within the domain's years (1995–2100).</exception>
    public static ReportReading Read(string text, LocalDate published, string? cultureName = null)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        if (text.Length > MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(text), text.Length, $"A report of {text.Length} characters is longer than the {MaxLength} the reader takes; split it.");
        }

        if (published.Calendar != CalendarSystem.Iso || published.Year < DomainCalendar.MinYear || published.Year > DomainCalendar.MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(published), published, $"Publication date {published} must be an ISO date in {DomainCalendar.MinYear}..{DomainCalendar.MaxYear}.");
        }

        string language = string.IsNullOrEmpty(cultureName) ? LanguageDetector.Detect(text) : Resolve(cultureName);
        if (!LanguageDetector.IsRead(language))
        {
            // Kyrgyz shares Kazakh's region names and much of its script; read as Kazakh it would state wrong facts.
            string why = language != LanguageDetector.None
                ? $"a text in a language the reader does not read ({language}): no fact is read from it"
                : HasLetter(text)
                    ? "a text in a script the reader does not read (no Cyrillic or Latin letters, such as Kazakh in Arabic script): no language to read"
                    : "a text with no letters: no language to read";
            Mention mention = new(MentionKind.Language, new SourcePhrase(text, 0, text.Length), why);
            return new ReportReading(language, published, [], [mention]);
        }

        var scan = new ReportScan(text, published, language);
        scan.Run();
        return new ReportReading(language, published, scan.Facts, scan.Mentions);
    }

    /// <summary>A culture name as the language the reader reads it in: the tag of the registered language it resolves
    /// to (kk-KZ → kk, kk-Latn-KZ → kk-Latn, ru-RU → ru) where that language is read, else the name itself, which is
    /// not read (uz, de, or ky until a Kyrgyz profile with reading words is registered).</summary>
    private static string Resolve(string cultureName) =>
        LanguageProfiles.TryResolve(cultureName, out LanguageProfile? profile) && LanguageDetector.IsRead(profile.Tag) ? profile.Tag : cultureName;

    private static bool HasLetter(string text)
    {
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
