using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Reading;
using Kz.Assembly.Domain.Reading.Scanning;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Reading;

/// <summary>
/// Kazakh news sites still publish in the Latin alphabets of 2018 (acute accents) and 2017 (apostrophes); a report in
/// either reads like its Cyrillic twin. The tables here are written from the decrees independently of the library's.
/// </summary>
public class KazakhLatinAlphabetTests
{
    private static readonly LocalDate Published = new(2025, 5, 20);

    // Cyrillic → the alphabet of 2018 (Decree No. 637 of 19 February 2018).
    private static readonly Dictionary<char, string> Of2018 = new()
    {
        ['а'] = "a", ['ә'] = "á", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['ғ'] = "ǵ", ['д'] = "d", ['е'] = "e", ['ж'] = "j", ['з'] = "z",
        ['и'] = "ı", ['й'] = "ı", ['к'] = "k", ['қ'] = "q", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['ң'] = "ń", ['о'] = "o", ['ө'] = "ó",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "ý", ['ұ'] = "u", ['ү'] = "ú", ['ф'] = "f", ['ш'] = "sh", ['ы'] = "y", ['і'] = "i",
    };

    // Cyrillic → the alphabet of 2017 (Decree No. 569 of 26 October 2017).
    private static readonly Dictionary<char, string> Of2017 = new()
    {
        ['а'] = "a", ['ә'] = "a'", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['ғ'] = "g'", ['д'] = "d", ['е'] = "e", ['ж'] = "j", ['з'] = "z",
        ['и'] = "i'", ['й'] = "i'", ['к'] = "k", ['қ'] = "q", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['ң'] = "n'", ['о'] = "o", ['ө'] = "o'",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "y'", ['ұ'] = "u", ['ү'] = "u'", ['ф'] = "f", ['ш'] = "s'", ['ы'] = "y", ['і'] = "i",
    };

    private static string Write(string cyrillic, Dictionary<char, string> alphabet) =>
        string.Concat(cyrillic.Select(c => alphabet[c]));

    [Fact]
    public void Every_Kazakh_word_written_in_2018_or_2017_reads_as_the_2021_alphabet_writes_it() =>
        Gen.Char["аәбвгғдежзийкқлмнңоөпрстуұүфшыі"].Array[1, 14].Select(letters => new string(letters))

            // Kazakh writes no і after a vowel, so a plain i there is read as Й (see the test below).
            .Where(word => !System.Text.RegularExpressions.Regex.IsMatch(word, "[аәеоөұүы]і"))
            .Sample(word =>
            {
                string of2021 = KazakhTransliteration.ToLatin(word);
                Assert.Equal(of2021, KazakhLatinAlphabet.Of2018.To2021(Write(word, Of2018)));
                Assert.Equal(of2021, KazakhLatinAlphabet.Of2017.To2021(Write(word, Of2017)));
            }, iter: 2000);

    [Theory]
    [InlineData("Túrkistan oblystyq Qazaqstan halqy Assambleıasynyń XXVII sessıasy ótti. Jyl basynan beri 631 is-shara men 49 qaıyrymdylyq aktsıasy ótkizilip, 39 myńǵa jýyq adam qamtyldy.")]
    [InlineData("Tu'rkistan oblystyq Qazaqstan halqy Assamblei'asyny'n' XXVII sessi'asy o'tti. Jyl basynan beri 631 is-s'ara men 49 qai'yrymdylyq aktsi'asy o'tkizilip, 39 myn'g'a jy'yq adam qamtyldy.")]
    [InlineData("Türkıstan oblystyq Qazaqstan halqy Assambleiasynyñ XXVII sessiiasy öttı. Jyl basynan berı 631 ıs-şara men 49 qaiyrymdylyq aktsiiasy ötkızılıp, 39 myñğa juyq adam qamtyldy.")]
    // The 2021 letters as some sites typeset them: ŋ for ñ, ǧ for ğ (seen on adyrna.kz).
    [InlineData("Türkıstan oblystyq Qazaqstan halqy Assambleiasynyŋ XXVII sessiiasy öttı. Jyl basynan berı 631 ıs-şara men 49 qaiyrymdylyq aktsiiasy ötkızılıp, 39 myŋǧa juyq adam qamtyldy.")]
    [InlineData("Түркістан облыстық Қазақстан халқы Ассамблеясының XXVII сессиясы өтті. Жыл басынан бері 631 іс-шара мен 49 қайырымдылық акциясы өткізіліп, 39 мыңға жуық адам қамтылды.")]
    public void A_report_in_any_Kazakh_alphabet_reads_like_its_Cyrillic_twin(string text)
    {
        ReportReading reading = ReportReader.Read(text, Published);
        Assert.StartsWith("kk", reading.Language, System.StringComparison.Ordinal);
        Assert.Equal(
            ["session XXVII of apk-kz-61", "summary YTD 2025-05-20 of apk-kz-61: Event 631, CharityAction 49, People ~39000"],
            reading.Facts.Select(f => f.ToString().Split(" ← ")[0].Split(" «")[0]));
    }

    [Theory]
    [InlineData("Túrkistan oblystyq QHA bıyl 2,5 myń qaıyrymdylyq aktsıasyn ótkizdi.")]
    [InlineData("Türkıstan oblystyq QHA biyl 2,5 myñ qaiyrymdylyq aktsiiasyn ötkızdı.")]
    [InlineData("Tu'rkistan oblystyq QHA bi'yl 2,5 myn' qai'yrymdylyq aktsi'asyn o'tkizdi.")]
    public void A_fraction_before_a_Latin_scale_word_is_one_number(string text)
    {
        ReportReading reading = ReportReader.Read(text, Published);
        Assert.Equal("CharityAction 2500", string.Join(", ", Assert.Single(reading.Facts.OfType<ReadSummary>()).Summary.Tallies.Select(t => $"{t.Kind} {t.Count}")));
    }

    [Theory]
    [InlineData("myŋnan", "мыңнан")]
    [InlineData("Jaŋa", "жаңа")]
    [InlineData("oǦan", "оған")]
    public void The_2021_alphabet_typeset_with_eng_and_g_caron_reads_as_the_2021_letters(string word, string cyrillic) =>
        Assert.Equal(cyrillic, KazakhTransliteration.ToCyrillic(KazakhLatinAlphabet.Of2021.To2021(word)).ToLowerInvariant());

    [Theory]
    [InlineData("Abai", "абай")]
    [InlineData("Aitys", "айтыс")]
    [InlineData("qaiyrymdylyq", "қайырымдылық")]
    [InlineData("birinshi", "бірінші")]
    [InlineData("sáýir", "сәуір")]
    public void A_plain_i_after_a_vowel_in_the_2018_alphabet_is_i_short_because_Kazakh_has_no_i_after_a_vowel(string word, string cyrillic) =>
        Assert.Equal(cyrillic, KazakhTransliteration.ToCyrillic(KazakhLatinAlphabet.Of2018.To2021(word)).ToLowerInvariant());

    [Fact]
    public void A_region_typed_with_a_plain_i_in_a_2018_text_is_read()
    {
        ReportReading reading = ReportReader.Read("Abai oblysy Qazaqstan halqy Assambleıasy 2025 jyldyń birinshi toqsanynda 156 is-shara ótkizdi. Oǵan 20 myńnan astam adam qatysty.", Published);
        Assert.Equal("summary 2025-Q1 of apk-kz-10: Event 156, People >20000", Assert.Single(reading.Facts).ToString().Split(" ← ")[0]);
    }

    [Theory]
    [InlineData("The Assembly's chair didn't say how many events were held; the region's secretariat will report in June.")]
    [InlineData("Qatar's delegation and the Iraqi one visited the Assembly's house in Almaty.")]
    [InlineData("Pavlodar assembly's third quarter\n\nEvents of the Pavlodar Regional Assembly in the third quarter, 210 in all, reached 15 percent of the region's residents.")]
    public void English_with_apostrophes_and_qs_stays_English(string text) =>
        Assert.Equal("en", ReportReader.Read(text, Published).Language);
}
