using System;
using CsCheck;
using Kz.Assembly.Domain.Localization;

namespace Kz.Assembly.Domain.Tests.Localization.Kk;

public class KazakhNumberTests
{
    [Theory]
    [InlineData(0L, "нөл")]
    [InlineData(1L, "бір")]
    [InlineData(10L, "он")]
    [InlineData(11L, "он бір")]
    [InlineData(20L, "жиырма")]
    [InlineData(27L, "жиырма жеті")]
    [InlineData(34L, "отыз төрт")]
    [InlineData(40L, "қырық")]
    [InlineData(100L, "жүз")]
    [InlineData(101L, "жүз бір")]
    [InlineData(200L, "екі жүз")]
    [InlineData(631L, "алты жүз отыз бір")]
    [InlineData(1000L, "мың")]
    [InlineData(1001L, "мың бір")]
    [InlineData(1100L, "мың жүз")]
    [InlineData(2025L, "екі мың жиырма бес")]
    [InlineData(9000L, "тоғыз мың")]
    [InlineData(39000L, "отыз тоғыз мың")]
    [InlineData(101000L, "жүз бір мың")]
    [InlineData(1_000_000L, "бір миллион")]
    [InlineData(1_001_000L, "бір миллион мың")]
    [InlineData(2_000_000_000L, "екі миллиард")]
    [InlineData(-5L, "минус бес")]
    [InlineData(long.MaxValue, "тоғыз квинтиллион екі жүз жиырма үш квадриллион үш жүз жетпіс екі триллион отыз алты миллиард сегіз жүз елу төрт миллион жеті жүз жетпіс бес мың сегіз жүз жеті")]
    [InlineData(long.MinValue, "минус тоғыз квинтиллион екі жүз жиырма үш квадриллион үш жүз жетпіс екі триллион отыз алты миллиард сегіз жүз елу төрт миллион жеті жүз жетпіс бес мың сегіз жүз сегіз")]
    public void Cardinal_words(long number, string words) => Assert.Equal(words, KazakhNumber.ToWords(number));

    [Theory]
    [InlineData(1L, "бірінші")]
    [InlineData(2L, "екінші")]
    [InlineData(6L, "алтыншы")]
    [InlineData(9L, "тоғызыншы")]
    [InlineData(10L, "оныншы")]
    [InlineData(20L, "жиырмасыншы")]
    [InlineData(21L, "жиырма бірінші")]
    [InlineData(27L, "жиырма жетінші")]
    [InlineData(30L, "отызыншы")]
    [InlineData(34L, "отыз төртінші")]
    [InlineData(40L, "қырқыншы")]
    [InlineData(50L, "елуінші")]
    [InlineData(60L, "алпысыншы")]
    [InlineData(70L, "жетпісінші")]
    [InlineData(80L, "сексенінші")]
    [InlineData(90L, "тоқсаныншы")]
    [InlineData(100L, "жүзінші")]
    [InlineData(1000L, "мыңыншы")]
    [InlineData(1_000_000L, "бір миллионыншы")]
    public void Ordinal_words_suffix_only_the_last_word_by_its_vowel_harmony(long number, string words) =>
        Assert.Equal(words, KazakhNumber.ToOrdinalWords(number));

    [Theory]
    [InlineData(34L, "34-ші")]
    [InlineData(30L, "30-шы")]
    [InlineData(50L, "50-ші")]
    [InlineData(70L, "70-ші")]
    [InlineData(80L, "80-ші")]
    [InlineData(100L, "100-ші")]
    [InlineData(6L, "6-шы")]
    [InlineData(9L, "9-шы")]
    [InlineData(40L, "40-шы")]
    [InlineData(1000L, "1000-шы")]
    public void Colloquial_ordinal_digits_take_the_ending_of_the_spoken_word_not_the_last_digit(long number, string expected) =>
        Assert.Equal(expected, KazakhNumber.ToOrdinalDigits(number, KazakhOrdinalStyle.Colloquial));

    [Fact]
    public void Official_ordinal_digits_replace_the_suffix_with_a_hyphen() =>
        Assert.Equal("34-сессия", KazakhNumber.ToOrdinalDigits(34, KazakhOrdinalStyle.Official) + "сессия");

    [Fact]
    public void Negative_ordinals_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KazakhNumber.ToOrdinalWords(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => KazakhNumber.ToOrdinalDigits(-1, KazakhOrdinalStyle.Official));
    }

    [Theory]
    [InlineData(9000L, KazakhCase.Dative, "9000-ға")]
    [InlineData(2000L, KazakhCase.Ablative, "2000-нан")]
    [InlineData(2025L, KazakhCase.Dative, "2025-ке")]
    [InlineData(34L, KazakhCase.Ablative, "34-тен")]
    [InlineData(100L, KazakhCase.Dative, "100-ге")]
    [InlineData(9000L, KazakhCase.Nominative, "9000")]
    [InlineData(2025L, KazakhCase.Genitive, "2025-тің")]
    [InlineData(40L, KazakhCase.Genitive, "40-тың")]
    [InlineData(20L, KazakhCase.Genitive, "20-ның")]
    [InlineData(30L, KazakhCase.Genitive, "30-дың")]
    [InlineData(9000L, KazakhCase.Accusative, "9000-ды")]
    [InlineData(6L, KazakhCase.Accusative, "6-ны")]
    [InlineData(5L, KazakhCase.Locative, "5-те")]
    [InlineData(1000000L, KazakhCase.Locative, "1000000-да")]
    [InlineData(100L, KazakhCase.Instrumental, "100-бен")]
    [InlineData(5L, KazakhCase.Instrumental, "5-пен")]
    [InlineData(2L, KazakhCase.Instrumental, "2-мен")]
    [InlineData(50L, KazakhCase.Ablative, "50-ден")]
    public void Digits_take_the_case_ending_of_the_spoken_last_word(long number, KazakhCase grammaticalCase, string expected) =>
        Assert.Equal(expected, KazakhNumber.Inflect(number, grammaticalCase));

    [Fact]
    public void Words_never_empty_and_never_a_double_space() =>
        Gen.Long.Sample(number =>
        {
            string words = KazakhNumber.ToWords(number);
            Assert.NotEmpty(words);
            Assert.DoesNotContain("  ", words, StringComparison.Ordinal);
            Assert.Equal(words.Trim(), words);
            Assert.EndsWith(KazakhNumber.LastWord(number), words, StringComparison.Ordinal);
        });

    [Fact]
    public void Ordinal_words_change_only_the_last_word() =>
        Gen.Long[0, long.MaxValue].Sample(number =>
        {
            string cardinal = KazakhNumber.ToWords(number);
            string ordinal = KazakhNumber.ToOrdinalWords(number);
            int cut = cardinal.LastIndexOf(' ') + 1;
            Assert.StartsWith(cardinal[..cut], ordinal, StringComparison.Ordinal);
            Assert.True(ordinal.EndsWith("ншы", StringComparison.Ordinal) || ordinal.EndsWith("нші", StringComparison.Ordinal), ordinal);
        });

    [Fact]
    public void Every_inflected_form_ends_in_one_of_its_cases_endings() =>
        Gen.Long.Select(Gen.Enum<KazakhCase>()).Sample((number, grammaticalCase) =>
        {
            string inflected = KazakhNumber.Inflect(number, grammaticalCase);
            string digits = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.StartsWith(digits, inflected, StringComparison.Ordinal);
            string ending = inflected[digits.Length..].TrimStart('-');
            Assert.Contains(ending, KazakhGrammar.EndingsOf(grammaticalCase));
        });
}
