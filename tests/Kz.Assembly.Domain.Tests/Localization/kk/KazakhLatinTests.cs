using System;
using System.Globalization;
using System.Linq;
using CsCheck;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Localization.kk;

/// <summary>
/// Kazakh in the Latin alphabet of 2021 (presented by the Government of Kazakhstan on 28 January 2021). The expected
/// forms follow the alphabet's table as Wikipedia's "Kazakh alphabets" article gives it, with its transliterated 1902
/// text: «Бұрыңғы өткен заманда, бір данышпан кісі» → «Būryñğy ötken zamanda, bır danyşpan kısı».
/// </summary>
public sealed class KazakhLatinTests
{
    [Theory]
    [InlineData("Бұрыңғы өткен заманда, бір данышпан кісі", "Būryñğy ötken zamanda, bır danyşpan kısı")]
    [InlineData("Бағдат шаһарының бір үлкен қазысының үйіне келіп қоныпты", "Bağdat şaharynyñ bır ülken qazysynyñ üiıne kelıp qonypty")]
    [InlineData("Қазақстан Республикасы", "Qazaqstan Respublikasy")]
    [InlineData("Түркістан облысы", "Türkıstan oblysy")]
    [InlineData("Шымкент", "Şymkent")]
    [InlineData("Іле, Ие, Йемен", "Ile, İe, İemen")]
    [InlineData("Қасым-Жомарт Тоқаев", "Qasym-Jomart Toqaev")]
    [InlineData("ЧАЙ, Чай, ЮНЕСКО", "CHAİ, Chai, İUNESKO")]
    [InlineData("акция, сессия, щётка, объект, съезд", "aktsiia, sessiia, şşiotka, obekt, sezd")]
    [InlineData("XXVII сессиясы, 2025 жылғы 24 сәуір", "XXVII sessiiasy, 2025 jylğy 24 säuır")]
    public void Cyrillic_is_written_in_the_2021_Latin_alphabet(string cyrillic, string latin) =>
        Assert.Equal(latin, KazakhTransliteration.ToLatin(cyrillic));

    [Theory]
    [InlineData("Qazaqstan Respublikasy", "Қазақстан Республикасы")]
    [InlineData("üiıne, oiyn, Qairat", "үйіне, ойын, Қайрат")]
    [InlineData("İgılık, ilım, Ile", "Игілік, илім, Іле")]
    [InlineData("Chai, halyq", "Чай, халық")]
    public void Latin_reads_back_into_Cyrillic(string latin, string cyrillic) =>
        Assert.Equal(cyrillic, KazakhTransliteration.ToCyrillic(latin));

    [Fact]
    public void Every_native_Kazakh_word_comes_back_from_Latin_unchanged() =>
        NativeWord.Sample(word => KazakhTransliteration.ToCyrillic(KazakhTransliteration.ToLatin(word)) == word);

    [Fact]
    public void The_library_s_own_Kazakh_words_come_back_from_Latin_unchanged()
    {
        // Number words, month names and case forms: what the library writes, all native letters but for "миллион".
        Gen.Long[0, 999_999_999_999].Sample(n =>
        {
            string words = NumberWords.ToWords(n, "kk");
            return KazakhTransliteration.ToCyrillic(KazakhTransliteration.ToLatin(words)) == words;
        });
        foreach (string month in Enumerable.Range(1, 12).Select(m => DateText.MonthName(m, "kk")))
        {
            Assert.Equal(month, KazakhTransliteration.ToCyrillic(KazakhTransliteration.ToLatin(month)));
        }
    }

    [Fact]
    public void What_the_Latin_alphabet_merges_is_documented_not_recovered()
    {
        Assert.Equal("шахар", KazakhTransliteration.ToCyrillic(KazakhTransliteration.ToLatin("шаһар")));
        Assert.Equal("Text 123 «»", KazakhTransliteration.ToLatin("Text 123 «»"));
    }

    [Fact]
    public void Writing_in_Latin_never_throws_and_keeps_every_character_that_is_not_Kazakh_Cyrillic() =>
        Gen.String.Sample(text =>
        {
            string latin = KazakhTransliteration.ToLatin(text);
            return latin.Where(c => c is < 'Ѐ' or > 'ӿ').SequenceEqual(text.Where(c => c is < 'Ѐ' or > 'ӿ'))
                && !latin.Any(c => c is >= 'Ѐ' and <= 'ӿ' && "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя".Contains(char.ToLowerInvariant(c), StringComparison.Ordinal));
        });

    [Theory]
    [InlineData("kk-Latn", true)]
    [InlineData("kk-Latn-KZ", true)]
    [InlineData("KK_latn", true)]
    [InlineData("kk", false)]
    [InlineData("kk-KZ", false)]
    [InlineData("kk-Cyrl-KZ", false)]
    [InlineData("ru-Latn", false)]
    [InlineData("en", false)]
    [InlineData(null, false)]
    public void Kazakh_Latin_is_asked_for_by_a_Latn_subtag_of_Kazakh(string? culture, bool latin)
    {
        Assert.Equal(latin, Languages.IsKazakhLatin(culture));
        if (latin)
        {
            Assert.Equal(Language.Kazakh, Languages.FromCultureName(culture));
        }
    }

    [Fact]
    public void Every_kind_of_text_the_library_writes_exists_in_kk_Latn()
    {
        QualifiedCount about = QualifiedCount.About(39_000);
        Assert.Equal("39 myñğa juyq", QuantityText.Format(about, "kk-Latn"));
        Assert.Equal("2025 jylğy 24 säuır", DateText.Format(new LocalDate(2025, 4, 24), "kk-Latn"));
        Assert.Equal("säuır", DateText.MonthName(4, "kk-Latn"));
        Assert.Equal("XXVII sessiiasy", SessionText.Format(SessionNumber.Create(27), "kk-Latn", possessive: true));
        Assert.Equal("otyz tört", NumberWords.ToWords(34, "kk-Latn"));
        Assert.Equal("otyz törtınşı", NumberWords.ToOrdinalWords(34, "kk-Latn"));
        Assert.Equal("Jyl basynan berı", PeriodText.Format(TurkistanArticle2025.YearToDate, "kk-Latn"));
        Assert.Equal("ıs-şara", DomainText.Format(AssemblyActivityKind.Event, "kk-Latn"));
        Assert.Equal("Türkıstan oblysy", Region.FromCode("KZ-61").Name.In("kk-Latn"));
        Assert.Equal("Türkıstan oblystyq Qazaqstan halqy Assambleiasynyñ XXVII sessiiasy", SessionText.Heading(TurkistanArticle2025.DataSet.SessionsOf(TurkistanArticle2025.TurkistanAssembly).Find(SessionNumber.Create(27)), "kk-Latn"));

        // Every report sentence is the Kazakh sentence written in Latin.
        foreach (ReportedSummary summary in TurkistanArticle2025.DataSet.Summaries)
        {
            Assert.Equal(KazakhTransliteration.ToLatin(ParticipationReport.Sentence(summary, "kk")), ParticipationReport.Sentence(summary, "kk-Latn"));
        }
    }

    [Fact]
    public void Format_providers_carry_the_script()
    {
        DomainFormatProvider latin = DomainFormatProvider.For("kk-Latn");
        Assert.Equal("kk-Latn", latin.ToString());
        Assert.Equal(Language.Kazakh, latin.Language);
        Assert.Equal("ıs-şara", string.Format(latin, "{0}", AssemblyActivityKind.Event));
        Assert.Equal("Türkıstan oblysy", Region.FromCode("KZ-61").ToString(null, latin));
        Assert.Equal("XXVII sessiia", SessionNumber.Create(27).ToString("S", latin));
        Assert.Same(DomainFormatProvider.For("kk"), DomainFormatProvider.For(Language.Kazakh));
    }

    /// <summary>Words built as Kazakh builds them: syllables of native letters, й only after a vowel, и only after a
    /// consonant or first (и already stands for ый/ій, so ий is not written).</summary>
    private static readonly Gen<string> NativeWord =
        Gen.Select(Gen.OneOf("", "б", "д", "ж", "з", "к", "қ", "л", "м", "н", "ң", "п", "р", "с", "т", "ш", "ғ", "г", "х"),
                   Gen.OneOf("а", "ә", "е", "о", "ө", "ұ", "ү", "ы", "і", "и", "у"),
                   Gen.OneOf("", "й", "л", "р", "н", "қ", "с", "т", "ң", "ш"))
            .Select(s => (s.Item1, s.Item2, s.Item3))
            .Array[1, 4]
            .Select(syllables => string.Concat(syllables.Select((s, i) =>
                // и after a vowel would be read back as й: give it an onset then.
                (s.Item2 == "и" && s.Item1 == string.Empty && i > 0 ? "с" : s.Item1) + s.Item2 + s.Item3)))
            .Where(word => !ContainsVowelThenI(word) && !word.Contains("ий", StringComparison.OrdinalIgnoreCase))
            .Select(word => word.Length > 0 && char.IsLetter(word[0]) && word.Length % 3 == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);

    private static bool ContainsVowelThenI(string word)
    {
        for (int i = 1; i < word.Length; i++)
        {
            if (char.ToLowerInvariant(word[i]) == 'и' && "аәеоөұүыіу".Contains(char.ToLowerInvariant(word[i - 1]), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
