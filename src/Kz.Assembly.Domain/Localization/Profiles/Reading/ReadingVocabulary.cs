using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Sessions;

namespace Kz.Assembly.Domain.Localization.Profiles;

/// <summary>
/// The words the report reader knows in one language, as data: a profile's <see cref="LanguageProfile.ReadingWords"/>.
/// Each entry is a stem in small letters in the script the language's words are listed in (Cyrillic for Kazakh, whose
/// Latin reports are read through <see cref="LanguageProfile.FromScript"/>); a word of a report matches a stem it
/// starts with, so one stem covers a noun's cases and numbers (іс-шара, іс-шаралар; мероприятие, мероприятий).
/// Immutable: every <c>Add</c> returns a new vocabulary.
/// </summary>
/// <remarks>
/// The number words, qualifier words and scale words a reader needs are the profile's own
/// (<see cref="LanguageProfile.NumberWordsRead"/>, <see cref="LanguageProfile.QualifierWords"/>,
/// <see cref="LanguageProfile.ScaleWords"/>), shared with <see cref="QuantityPhrase"/>, so they are not listed here
/// again. Region names are read in the built-in languages and in the language's own stored text
/// (<see cref="LanguageProfile.Text"/>).
/// </remarks>
public sealed class ReadingVocabulary
{
    private readonly ImmutableList<Entry> entries;

    private ReadingVocabulary(ImmutableList<Entry> entries) => this.entries = entries;

    /// <summary>A word of a phrase that stands for a year written in digits, bare or with a year word joined by a hyphen:
    /// «с начала # года», «since the beginning of #», «# жыл басынан».</summary>
    public const string YearSlot = "#";

    /// <summary>Gets the vocabulary with no words.</summary>
    public static ReadingVocabulary Empty { get; } = new(ImmutableList<Entry>.Empty);

    /// <summary>Gets whether the vocabulary lists no word.</summary>
    public bool IsEmpty => entries.IsEmpty;

    /// <summary>Adds single-word stems for one cue.</summary>
    /// <param name="cue">What the words tell.</param>
    /// <param name="stems">The stems, in small letters, one word each.</param>
    /// <returns>The vocabulary with the stems.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cue"/> is not a defined cue.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="stems"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A stem is empty, holds white space or capital letters.</exception>
    public ReadingVocabulary Add(ReadingCue cue, params string[] stems)
    {
        Defined(cue, nameof(cue));
        return With(stems, nameof(stems), stem => new Entry(Table.Cue, (int)cue, [stem]));
    }

    /// <summary>Adds one phrase for a cue of several words.</summary>
    /// <param name="phrase">What the phrase tells.</param>
    /// <param name="words">Its words in order, each a stem in small letters.</param>
    /// <returns>The vocabulary with the phrase.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="phrase"/> is not a defined phrase.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">No word is given, or a word is empty, holds white space or capital letters.</exception>
    public ReadingVocabulary Add(ReadingPhrase phrase, params string[] words)
    {
        Defined(phrase, nameof(phrase));
        return WithPhrase(Table.Phrase, (int)phrase, words);
    }

    /// <summary>Adds the nouns of a kind of activity, which a count before them is a tally of (іс-шара, мероприят, event).</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="stems">The stems, in small letters.</param>
    /// <returns>The vocabulary with the stems.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="stems"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A stem is empty, holds white space or capital letters.</exception>
    public ReadingVocabulary AddActivity(AssemblyActivityKind kind, params string[] stems)
    {
        Defined(kind, nameof(kind));
        return With(stems, nameof(stems), stem => new Entry(Table.Activity, (int)kind, [stem]));
    }

    /// <summary>Adds the adjectives that make an activity noun after them one kind (қайырымдылық акция, cultural event).</summary>
    /// <param name="kind">The kind they make it.</param>
    /// <param name="stems">The stems, in small letters.</param>
    /// <returns>The vocabulary with the stems.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="stems"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A stem is empty, holds white space or capital letters.</exception>
    public ReadingVocabulary AddActivityModifier(AssemblyActivityKind kind, params string[] stems)
    {
        Defined(kind, nameof(kind));
        return With(stems, nameof(stems), stem => new Entry(Table.ActivityModifier, (int)kind, [stem]));
    }

    /// <summary>Adds the nouns of people reached (адам, человек, people; тұрғын, жител, resident).</summary>
    /// <param name="audience">Whom they count.</param>
    /// <param name="stems">The stems, in small letters.</param>
    /// <returns>The vocabulary with the stems.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="audience"/> is not a defined audience.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="stems"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A stem is empty, holds white space or capital letters.</exception>
    public ReadingVocabulary AddAudience(Audience audience, params string[] stems)
    {
        Defined(audience, nameof(audience));
        return With(stems, nameof(stems), stem => new Entry(Table.Audience, (int)audience, [stem]));
    }

    /// <summary>Adds the names of a chamber of Parliament (сенат, мәжіліс, senate).</summary>
    /// <param name="chamber">The chamber.</param>
    /// <param name="stems">The stems, in small letters.</param>
    /// <returns>The vocabulary with the stems.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="chamber"/> is not a defined chamber.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="stems"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A stem is empty, holds white space or capital letters.</exception>
    public ReadingVocabulary AddChamber(Chamber chamber, params string[] stems)
    {
        Defined(chamber, nameof(chamber));
        return With(stems, nameof(stems), stem => new Entry(Table.Chamber, (int)chamber, [stem]));
    }

    /// <summary>Adds one phrase naming a group taking part in a session (кеңес мүшелері, члены совета, council members).</summary>
    /// <param name="group">The group.</param>
    /// <param name="words">The phrase's words in order, each a stem in small letters.</param>
    /// <returns>The vocabulary with the phrase.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is not a defined group.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">No word is given, or a word is empty, holds white space or capital letters.</exception>
    public ReadingVocabulary AddParticipantGroup(ParticipantGroup group, params string[] words)
    {
        Defined(group, nameof(group));
        return WithPhrase(Table.ParticipantGroup, (int)group, words);
    }

    /// <summary>Adds the stems of an ordinal a quarter or a half-year is named with (бірінші тоқсан, первый квартал).</summary>
    /// <param name="ordinal">The ordinal, 1 to 4.</param>
    /// <param name="stems">The stems, in small letters.</param>
    /// <returns>The vocabulary with the stems.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is not 1 to 4.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="stems"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A stem is empty, holds white space or capital letters.</exception>
    public ReadingVocabulary AddQuarterOrdinal(int ordinal, params string[] stems)
    {
        if (ordinal is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, $"A quarter's ordinal {ordinal} is not 1 to 4.");
        }

        return With(stems, nameof(stems), stem => new Entry(Table.QuarterOrdinal, ordinal, [stem]));
    }

    /// <summary>Adds the words of a day of the week, each whole in the forms a date takes (пятницу, жұмада, friday; whole,
    /// so «субботник» and «сенбілік», a day of voluntary work, are none): a sentence dated by it happened on the latest
    /// such day not after publication, or, after <see cref="ReadingCue.LastWeekday"/>, before it.</summary>
    /// <param name="day">The day of the week.</param>
    /// <param name="stems">The words, in small letters.</param>
    /// <returns>The vocabulary with the stems.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a day of the week.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="stems"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A stem is empty, holds white space or capital letters.</exception>
    public ReadingVocabulary AddWeekday(NodaTime.IsoDayOfWeek day, params string[] stems)
    {
        if (day is < NodaTime.IsoDayOfWeek.Monday or > NodaTime.IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"{day} is not a day of the week.");
        }

        return With(stems, nameof(stems), stem => new Entry(Table.Weekday, (int)day, [stem]));
    }

    /// <summary>Adds a month's stem in a language that puts case endings on it (Kazakh наурыз: наурызда, наурыздың);
    /// a month alone is a period where <see cref="ReadingCue.MonthAfterName"/> or <see cref="ReadingCue.LocativeEnding"/>
    /// follows it.</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="stem">The stem, in small letters.</param>
    /// <returns>The vocabulary with the stem.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1 to 12.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="stem"/> is null.</exception>
    /// <exception cref="ArgumentException">The stem is empty, holds white space or capital letters.</exception>
    public ReadingVocabulary AddMonthStem(int month, string stem)
    {
        Month(month);
        return With([stem], nameof(stem), s => new Entry(Table.MonthStem, month, [s]));
    }

    /// <summary>Adds a month's forms in a language that inflects it whole (апрель, апреля, апреле; april), each a whole
    /// word; a month alone is a period where a <see cref="ReadingCue.MonthPreposition"/> stands before it.</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="forms">The forms, in small letters.</param>
    /// <returns>The vocabulary with the forms.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1 to 12.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="forms"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A form is empty, holds white space or capital letters.</exception>
    public ReadingVocabulary AddMonthForms(int month, params string[] forms)
    {
        Month(month);
        return With(forms, nameof(forms), form => new Entry(Table.MonthForm, month, [form]));
    }

    /// <summary>Adds every entry of another vocabulary after this one's (a dialect's on top of its language's).</summary>
    /// <param name="other">The other vocabulary.</param>
    /// <returns>The vocabulary with both.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public ReadingVocabulary Add(ReadingVocabulary other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        return new(entries.AddRange(other.entries));
    }

    /// <summary>The stems listed for a cue.</summary>
    internal IEnumerable<string> Stems(ReadingCue cue) => Words(Table.Cue, (int)cue);

    /// <summary>The phrases listed for a cue of several words.</summary>
    internal IEnumerable<string[]> Phrases(ReadingPhrase phrase) => Phrases(Table.Phrase, (int)phrase);

    /// <summary>The stems of one table with their keys (an activity kind, an audience …), in the order added.</summary>
    internal IEnumerable<(string Stem, TKey Key)> Keyed<TKey>(Table table, Func<int, TKey> key) =>
        entries.Where(entry => entry.Table == table).Select(entry => (entry.Words[0], key(entry.Key)));

    /// <summary>The phrases of one table with their keys.</summary>
    internal IEnumerable<(string[] Words, TKey Key)> KeyedPhrases<TKey>(Table table, Func<int, TKey> key) =>
        entries.Where(entry => entry.Table == table).Select(entry => (entry.Words, key(entry.Key)));

    internal IEnumerable<string> Words(Table table, int key) =>
        entries.Where(entry => entry.Table == table && entry.Key == key).Select(entry => entry.Words[0]);

    private IEnumerable<string[]> Phrases(Table table, int key) =>
        entries.Where(entry => entry.Table == table && entry.Key == key).Select(entry => entry.Words);

    private ReadingVocabulary With(string[] words, string parameter, Func<string, Entry> entry)
    {
        Preconditions.CheckNotNull(words, parameter);
        foreach (string word in words)
        {
            Word(word, parameter);
        }

        return new(entries.AddRange(words.Select(entry)));
    }

    private ReadingVocabulary WithPhrase(Table table, int key, string[] words)
    {
        Preconditions.CheckNotNull(words, nameof(words));
        if (words.Length == 0)
        {
            throw new ArgumentException("A phrase needs at least one word.", nameof(words));
        }

        foreach (string word in words)
        {
            Word(word, nameof(words));
        }

        return new(entries.Add(new Entry(table, key, [.. words])));
    }

    /// <summary>A word the reader can compare: it compares small letters, one word at a time.</summary>
    private static void Word(string word, string parameter)
    {
        Preconditions.CheckNotNull(word, parameter);
        if (word.Length == 0 || word.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"The reading word '{word}' must be one word: not empty, no white space.", parameter);
        }

        if (!string.Equals(word, word.ToLowerInvariant(), StringComparison.Ordinal))
        {
            throw new ArgumentException($"The reading word '{word}' must be in small letters: the reader compares words in small letters.", parameter);
        }
    }

    private static void Defined<TEnum>(TEnum value, string parameter)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"{value} is not a defined {typeof(TEnum).Name}.");
        }
    }

    private static void Month(int month)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, $"Month {month} is not 1 to 12.");
        }
    }

    /// <summary>The tables of a vocabulary: single-word cues, phrases, and the keyed lists.</summary>
    internal enum Table
    {
        Cue,
        Phrase,
        Activity,
        ActivityModifier,
        Audience,
        Chamber,
        ParticipantGroup,
        QuarterOrdinal,
        MonthStem,
        MonthForm,
        Weekday,
    }

    private sealed record Entry(Table Table, int Key, string[] Words);
}
