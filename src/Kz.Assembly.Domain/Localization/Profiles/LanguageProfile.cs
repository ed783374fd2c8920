using System;
using System.Collections.Generic;
using System.Text;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Localization.Profiles;

/// <summary>
/// Everything the library needs to write one language: plural rules, number words and ordinals, digit grouping,
/// months and dates, qualified counts with their nouns, period phrases, session numbers and headings, and report
/// sentences. A language is one profile (the built-in ones live in a folder each: <c>Kazakh</c>, <c>Russian</c>,
/// <c>English</c>); the public formatters (<see cref="QuantityText"/>, <see cref="DateText"/>, <see cref="PeriodText"/>,
/// <see cref="NumberWords"/>, <see cref="PluralRules"/>, <see cref="SessionText"/>, <see cref="ParticipationReport"/>,
/// <see cref="DomainText"/>, <see cref="LocalizedText.In(string)"/>) resolve one through
/// <see cref="LanguageProfiles.Resolve(string?)"/> and hold no per-language code, so a new language is a new profile
/// and one call to <see cref="LanguageProfiles.Register"/>.
/// </summary>
/// <remarks>
/// <para>Every concern is abstract, so a profile that lacks one does not compile. Text that lives in the data (names,
/// themes, the nouns of activity kinds) is stored in kk, ru and en; a language without its own takes its
/// <see cref="FallbackTag"/>'s (<c>kk-Latn</c> takes Kazakh's and writes it in Latin letters, a new language
/// typically English's). The methods return text in the language's base form; the formatters pass it through
/// <see cref="InScript"/> once, which is how <c>kk-Latn</c> is Kazakh's grammar written in the 2021 Latin alphabet.</para>
/// <para>Implementations must be thread-safe and never throw for a valid argument.</para>
/// </remarks>
public abstract class LanguageProfile
{
    /// <summary>Creates a profile.</summary>
    /// <param name="tag">Its BCP 47 tag: a language (<c>kk</c>) and optionally a script (<c>kk-Latn</c>).</param>
    /// <param name="fallbackTag">The tag whose data text serves when this language has none; null only for a language
    /// whose data text is stored (kk, ru, en).</param>
    /// <exception cref="ArgumentException"><paramref name="tag"/> is not a language subtag with an optional script.</exception>
    protected LanguageProfile(string tag, string? fallbackTag)
    {
        Preconditions.CheckNotNull(tag, nameof(tag));
        if (!LanguageTag.IsLanguageWithScript(tag))
        {
            throw new ArgumentException($"'{tag}' is not a language tag with an optional script (kk, ru, en, kk-Latn).", nameof(tag));
        }

        Tag = tag;
        FallbackTag = fallbackTag;
    }

    /// <summary>Gets the tag this profile is registered under (<c>kk</c>, <c>kk-Latn</c>, <c>ru</c>, <c>en</c>).</summary>
    public string Tag { get; }

    /// <summary>Gets the tag whose data text this language shows when it has none of its own, or null.</summary>
    public string? FallbackTag { get; }

    /// <summary>Writes a text made by this profile in the language's script; the identity except for a script variant.</summary>
    /// <param name="text">Text made by this profile's methods.</param>
    /// <returns>The text in the script of <see cref="Tag"/>.</returns>
    public virtual string InScript(string text) => text;

    /// <summary>Picks this language's text from a text stored in kk, ru and en: its <see cref="OwnText"/> where it has
    /// one, else the fallback language's.</summary>
    /// <param name="text">The stored text.</param>
    /// <returns>The text to show, before <see cref="InScript"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public virtual string Text(LocalizedText text) => OwnText(Preconditions.CheckNotNull(text, nameof(text))) ?? Fallback.Text(text);

    /// <summary>
    /// Tells whether <see cref="Text"/> writes a stored text in this language's own words or in its fallback's, so that
    /// a profile puts its own grammar only on its own words (no Kyrgyz genitive ending on a Russian name).
    /// </summary>
    /// <param name="text">The stored text.</param>
    /// <returns>True for a language whose text is stored (kk, ru, en) or a script of one (kk-Latn), and for a text
    /// the profile's <see cref="OwnText"/> supplies; false where the fallback's text is shown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public virtual bool HasOwnText(LocalizedText text) => FallbackTag is null || OwnText(Preconditions.CheckNotNull(text, nameof(text))) is not null;

    /// <summary>
    /// Supplies this language's own text for a stored text: a region's or a body's name, an enum value's text
    /// (<see cref="DomainText.Of"/>), a role, a theme, a name in the sample data. Stored texts are kk, ru and en; a
    /// registered language keys its own by any of them (the English is the usual key). Null unless overridden, and for
    /// a text the language has no words for: then its fallback's text is shown, and <see cref="HasOwnText"/> says so.
    /// </summary>
    /// <param name="text">The stored text.</param>
    /// <returns>The text in this language, in the script its words are listed in, or null.</returns>
    protected virtual string? OwnText(LocalizedText text) => null;

    /// <summary>Picks this language's forms of a countable noun; by default the fallback language's.</summary>
    /// <param name="noun">The noun.</param>
    /// <returns>Its forms after numbers.</returns>
    public virtual NounForms Noun(LocalizedNoun noun) => Fallback.Noun(noun);

    /// <summary>Gets the cardinal plural category of a number (CLDR); visible fraction digits count.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The category.</returns>
    public abstract PluralCategory Cardinal(decimal number);

    /// <summary>Gets the ordinal plural category of a position.</summary>
    /// <param name="number">The position.</param>
    /// <returns>The category.</returns>
    public abstract PluralCategory Ordinal(long number);

    /// <summary>Writes a whole number in words, over the whole range of <see cref="long"/>.</summary>
    /// <param name="number">The number.</param>
    /// <param name="gender">The gender the words agree with, where the language has one.</param>
    /// <returns>The words.</returns>
    public abstract string NumberWords(long number, GrammaticalGender gender);

    /// <summary>Writes an ordinal in words.</summary>
    /// <param name="number">The position, not negative.</param>
    /// <param name="gender">The gender the words agree with, where the language has one.</param>
    /// <returns>The words.</returns>
    public abstract string OrdinalWords(int number, GrammaticalGender gender);

    /// <summary>Writes an ordinal in digits (<c>34-</c>, <c>34-я</c>, <c>34th</c>).</summary>
    /// <param name="number">The position, not negative.</param>
    /// <param name="gender">The gender the ending agrees with, where the language has one.</param>
    /// <returns>The ordinal.</returns>
    public abstract string OrdinalDigits(int number, GrammaticalGender gender);

    /// <summary>Writes a whole number in digits, grouped as the language's typography groups them.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The digits.</returns>
    public abstract string Digits(long value);

    /// <summary>Gets a month's name as it stands alone (nominative).</summary>
    /// <param name="month">The month, 1..12.</param>
    /// <returns>The name.</returns>
    public abstract string MonthName(int month);

    /// <summary>Writes an ISO date with its year.</summary>
    /// <param name="day">The date, in the ISO calendar.</param>
    /// <returns>The text.</returns>
    public abstract string FullDate(LocalDate day);

    /// <summary>
    /// Writes a qualified count, and the counted noun in the form the number and qualifier govern when one is given;
    /// whole thousands, millions and billions take their scale word as <paramref name="style"/> says.
    /// </summary>
    /// <param name="count">The count.</param>
    /// <param name="noun">What is counted, or null for the number alone.</param>
    /// <param name="style">When round numbers take a scale word.</param>
    /// <returns>The text.</returns>
    public abstract string Count(QualifiedCount count, LocalizedNoun? noun, ThousandsStyle style);

    /// <summary>Writes a reporting period as the phrase a sentence opens with (<c>Жыл басынан бері</c>).</summary>
    /// <param name="period">The period.</param>
    /// <returns>The phrase, capitalised.</returns>
    public abstract string Period(ReportingPeriod period);

    /// <summary>Writes a session number with the word "session".</summary>
    /// <param name="number">The session number (not the default).</param>
    /// <param name="possessive">Whether it follows its body's name (the Kazakh possessive <c>сессиясы</c>).</param>
    /// <returns>The text.</returns>
    public abstract string Session(SessionNumber number, bool possessive);

    /// <summary>Writes a session with its body as a heading, the body's name in the case the language needs.</summary>
    /// <param name="session">The session.</param>
    /// <returns>The heading.</returns>
    public abstract string SessionHeading(Session session);

    /// <summary>Writes an anniversary of a body, its name in the case the language needs (<c>30-летие Ассамблеи …</c>).</summary>
    /// <param name="anniversary">The anniversary.</param>
    /// <returns>The phrase.</returns>
    public abstract string Anniversary(Bodies.Anniversary anniversary);

    /// <summary>Writes one reported summary as a sentence, its verb agreeing with what was counted.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="opensPeriod">True to open with the period; false to continue the one before.</param>
    /// <param name="style">When round numbers take a scale word.</param>
    /// <returns>The sentence.</returns>
    public abstract string Summary(ReportedSummary summary, bool opensPeriod, ThousandsStyle style);

    /// <summary>Says that nothing was reported for a period: a report that has no figure says so, never nothing.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The sentence (<c>In 2025, no activities were reported.</c>).</returns>
    public abstract string NothingReported(ReportingPeriod period);

    /// <summary>
    /// Gets the character this language writes between a number's whole part and its tenths (1,2 млн; 1.2 million);
    /// <see cref="QuantityPhrase"/> reads a comma as that point where this is a comma, and as a thousands separator
    /// where it is a point. A point unless overridden.
    /// </summary>
    protected internal virtual char DecimalPoint => '.';

    /// <summary>
    /// Undoes <see cref="InScript"/> before reading: Kazakh in Latin letters back to Cyrillic. The identity unless
    /// overridden; a language written in another script than its words are listed in overrides both.
    /// </summary>
    /// <param name="text">Text in the language's script, in small letters.</param>
    /// <returns>The text in the script its words are listed in.</returns>
    protected internal virtual string FromScript(string text) => text;

    /// <summary>
    /// Gets the language's qualifier words: the ones its <see cref="Count"/> writes (<see cref="QualifierWord.Written"/>)
    /// and the others its texts use, each with its meaning and place. <see cref="QuantityPhrase"/> reads them in a
    /// phrase of this language, and <see cref="DomainText.Format"/> writes a qualifier by them. Empty unless
    /// overridden: then only the built-in languages' words are read.
    /// </summary>
    protected internal virtual IReadOnlyList<QualifierWord> QualifierWords => [];

    /// <summary>
    /// Gets the language's scale words by stem (мың, тысяч, thousand; a case ending or another form may follow the
    /// stem), which <see cref="QuantityPhrase"/> reads after a number. Empty unless overridden: then only the built-in
    /// languages' scale words are read.
    /// </summary>
    protected internal virtual IReadOnlyList<ScaleStem> ScaleWords => [];

    /// <summary>
    /// Gets the number words the report reader knows in this language (the ones <see cref="NumberWords"/> writes for
    /// units, teens, tens and hundreds, and the case forms reports use), keyed by the lower-case word. Empty unless
    /// overridden.
    /// </summary>
    protected internal virtual IReadOnlyDictionary<string, long> NumberWordsRead => System.Collections.Immutable.ImmutableDictionary<string, long>.Empty;

    /// <summary>
    /// Gets the words the report reader knows in this language (<see cref="ReadingVocabulary"/>); with them, and with
    /// <see cref="NumberWordsRead"/>, <see cref="QualifierWords"/> and <see cref="ScaleWords"/>, <c>ReportReader</c>
    /// reads reports in this language. Null unless overridden: a report in a language with no reading words states no
    /// fact, and says so in a mention.
    /// </summary>
    protected internal virtual ReadingVocabulary? ReadingWords => null;

    /// <summary>Returns the tag.</summary>
    /// <returns><see cref="Tag"/>.</returns>
    public override string ToString() => Tag;

    /// <summary>Writes each tally of a summary with its noun, in order, by <see cref="Count"/>
    /// (<c>631 іс-шара</c>, <c>49 қайырымдылық акциясы</c>): the list a <see cref="Summary"/> joins.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="style">When round numbers take a scale word.</param>
    /// <returns>The counted tallies.</returns>
    protected IReadOnlyList<string> CountedTallies(ReportedSummary summary, ThousandsStyle style)
    {
        Preconditions.CheckNotNull(summary, nameof(summary));
        var items = new List<string>(summary.Tallies.Length);
        foreach (ActivityTally tally in summary.Tallies)
        {
            items.Add(Count(tally.Count, DomainText.Noun(tally.Kind), style));
        }

        return items;
    }

    /// <summary>Joins items as "a, b and c"; the last joiner may depend on the item before it (Kazakh мен/пен).</summary>
    /// <param name="items">The items.</param>
    /// <param name="separator">Between all but the last two.</param>
    /// <param name="lastJoiner">Between the last two, given the one before the last.</param>
    /// <returns>The list.</returns>
    protected static string JoinList(IReadOnlyList<string> items, string separator, Func<string, string> lastJoiner)
    {
        Preconditions.CheckNotNull(items, nameof(items));
        Preconditions.CheckNotNull(lastJoiner, nameof(lastJoiner));
        var text = new StringBuilder();
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                text.Append(i == items.Count - 1 ? lastJoiner(items[i - 1]) : separator);
            }

            text.Append(items[i]);
        }

        return text.ToString();
    }

    /// <summary>The language whose stored text this one shows: the end of its fallback chain (kk, ru, or else en).</summary>
    internal Language StoredLanguage
    {
        get
        {
            LanguageProfile current = this;
            while (current.FallbackTag is not null && current.Fallback != current)
            {
                current = current.Fallback;
            }

            return current.Tag switch
            {
                "kk" => Language.Kazakh,
                "ru" => Language.Russian,
                _ => Language.English,
            };
        }
    }

    /// <summary>Builds a table of number words from the words a profile writes (one or more words per number, separated
    /// by spaces) and extra forms it only reads.</summary>
    private protected static Dictionary<string, long> WordsOf(long[] numbers, Func<long, string> words, params (string Word, long Value)[] extra)
    {
        var table = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (long number in numbers)
        {
            foreach (string word in words(number).Split(' '))
            {
                table[word] = number;
            }
        }

        foreach ((string word, long value) in extra)
        {
            table[word] = value;
        }

        return table;
    }

    private LanguageProfile Fallback => FallbackTag is { } tag && !string.Equals(tag, Tag, StringComparison.OrdinalIgnoreCase)
        ? LanguageProfiles.Resolve(tag)
        : LanguageProfiles.English;
}
