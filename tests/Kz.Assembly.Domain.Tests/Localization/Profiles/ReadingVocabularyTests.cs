using System;
using System.Linq;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Localization.Profiles;
using Kz.Assembly.Domain.Metrics;

namespace Kz.Assembly.Domain.Tests.Localization.Profiles;

/// <summary>
/// A language's reading words are data a profile's author writes: each entry is checked as it is added (one word, small
/// letters, a defined key), a vocabulary never changes once built, and the built-in languages list theirs in their
/// own profile folders with no word the reader cannot compare.
/// </summary>
public class ReadingVocabularyTests
{
    [Theory]
    [InlineData("Іс-шара", "small letters")]
    [InlineData("іс шара", "one word")]
    [InlineData("", "one word")]
    public void A_word_the_reader_cannot_compare_is_refused_naming_it(string word, string rule)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => ReadingVocabulary.Empty.AddActivity(AssemblyActivityKind.Event, word));
        Assert.Contains($"'{word}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_outside_their_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadingVocabulary.Empty.Add((ReadingCue)999, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadingVocabulary.Empty.Add((ReadingPhrase)999, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadingVocabulary.Empty.AddAudience((Audience)999, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadingVocabulary.Empty.AddQuarterOrdinal(5, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadingVocabulary.Empty.AddMonthStem(13, "x"));
        Assert.Throws<ArgumentException>(() => ReadingVocabulary.Empty.Add(ReadingPhrase.National));
        Assert.Throws<ArgumentNullException>(() => ReadingVocabulary.Empty.Add(ReadingCue.Session, null!));
    }

    [Fact]
    public void Adding_returns_a_new_vocabulary_and_leaves_the_old_one_as_it_was()
    {
        ReadingVocabulary empty = ReadingVocabulary.Empty;
        ReadingVocabulary one = empty.Add(ReadingCue.Session, "сессия");
        Assert.True(empty.IsEmpty);
        Assert.False(one.IsEmpty);
        Assert.Equal(["сессия"], one.Stems(ReadingCue.Session));
        Assert.Equal(["сессия", "session"], one.Add(ReadingVocabulary.Empty.Add(ReadingCue.Session, "session")).Stems(ReadingCue.Session));
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public void Every_built_in_language_lists_the_words_every_report_needs(string tag)
    {
        ReadingVocabulary words = LanguageProfiles.Resolve(tag).ReadingWords!;
        foreach (ReadingCue cue in new[] { ReadingCue.Assembly, ReadingCue.Session, ReadingCue.Held, ReadingCue.Future, ReadingCue.Year, ReadingCue.Quarter })
        {
            Assert.NotEmpty(words.Stems(cue));
        }

        Assert.NotEmpty(words.Phrases(ReadingPhrase.YearToDate));
        Assert.Equal(12, Enumerable.Range(1, 12).Count(month =>
            words.Words(ReadingVocabulary.Table.MonthStem, month).Any() || words.Words(ReadingVocabulary.Table.MonthForm, month).Any()));
    }

    [Fact]
    public void Kazakh_in_latin_letters_reads_with_kazakhs_words() =>
        Assert.Same(LanguageProfiles.Kazakh.ReadingWords, LanguageProfiles.KazakhLatin.ReadingWords);
}
