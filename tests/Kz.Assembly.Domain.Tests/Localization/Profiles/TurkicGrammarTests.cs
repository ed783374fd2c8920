using System;
using System.Linq;
using CsCheck;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Localization.Profiles;

namespace Kz.Assembly.Domain.Tests.Localization.Profiles;

/// <summary>
/// The Turkic grammar base a language's author writes tables for: Kazakh is built on it (its oracle tests hold), and
/// the tables refuse what cannot be a grammar, naming what is wrong.
/// </summary>
public class TurkicGrammarTests
{
    private static readonly TurkicPhonology FourWay = new(["аыя", "оую", "еиэ", "өү"], 2, "аыоуеиөүэюяё", "йлр", "мнң", "бвгджз");

    [Theory]
    [InlineData("миң", "ге")]
    [InlineData("жүз", "гө")]
    [InlineData("беш", "ке")]
    [InlineData("он", "го")]
    [InlineData("тогуз", "го")] // a four-way table rounds after у too; Kyrgyz needs a fifth class (KyrgyzProfile)
    [InlineData("кырк", "ка")]
    [InlineData("НҢ", "ге")] // no vowel: the unmarked class
    public void A_four_way_suffix_follows_the_last_vowels_class_and_the_final_sound(string word, string ending) =>
        Assert.Equal(ending, TurkicSuffix.Create(FourWay, "га", "го", "ге", "гө").After(FinalSound.Voiceless, "ка", "ко", "ке", "кө").For(word));

    [Fact]
    public void Tables_that_cannot_be_a_grammar_are_refused_naming_the_fault()
    {
        Assert.Contains("two classes", Assert.Throws<ArgumentException>(() => new TurkicPhonology(["аоұы"], 0, "а", "л", "м", "ж")).Message, StringComparison.Ordinal);
        Assert.Contains("«а»", Assert.Throws<ArgumentException>(() => new TurkicPhonology(["аы", "аі"], 0, "аыі", "л", "м", "ж")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new TurkicPhonology(["аы", "еі"], 2, "аыеі", "л", "м", "ж"));
        Assert.Throws<ArgumentException>(() => new TurkicPhonology(["аы", "еі"], 0, "аыеі", "лм", "м", "ж"));
        Assert.Throws<ArgumentException>(() => new TurkicPhonology(["АЫ", "еі"], 0, "аыеі", "л", "м", "ж"));
        Assert.Contains("one per harmony class (4)", Assert.Throws<ArgumentException>(() => TurkicSuffix.Create(FourWay, "га", "ге")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => TurkicSuffix.Create(FourWay, "н").After((FinalSound)9, "н"));
        Assert.Contains("needs 9 words", Assert.Throws<ArgumentException>(() => new TurkicNumerals(["бир"], new string[9], "жүз", new string[6], "нөл", "минус")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Numerals_from_tables_write_every_number_as_kazakhs_own_did() =>
        Gen.Long.Sample(number =>
        {
            var kazakh = new TurkicNumerals(
                ["бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"], ["он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"],
                "жүз", ["мың", "миллион", "миллиард", "триллион", "квадриллион", "квинтиллион"], "нөл", "минус");
            Assert.Equal(KazakhNumber.ToWords(number), kazakh.Words(number));
            Assert.Equal(KazakhNumber.ToWords(number).Split(' ')[^1], kazakh.LastWord(number));
        }, iter: 2000);

    [Fact]
    public void Long_words_never_overflow_the_buffer()
    {
        string word = new('ы', 40);
        var numerals = new TurkicNumerals([.. Enumerable.Repeat(word, 9)], [.. Enumerable.Repeat(word, 9)], word, [.. Enumerable.Repeat(word, 6)], word, word);
        string words = numerals.Words(long.MinValue + 1);
        Assert.All(words.Split(' '), w => Assert.Equal(word, w));
        Assert.True(words.Length > 320, $"{words.Length} characters: longer than a fixed 320-character buffer holds");
        Assert.EndsWith("ыншы", numerals.OrdinalWords(long.MaxValue, TurkicSuffix.Create(FourWay, "ншы")), StringComparison.Ordinal);
    }
}
