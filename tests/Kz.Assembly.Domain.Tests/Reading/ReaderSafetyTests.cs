using System;
using System.Linq;
using System.Text;
using CsCheck;
using Kz.Assembly.Domain.Reading;
using Kz.Assembly.Domain.Reading.Recognizers;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Reading;

/// <summary>Any input gives a reading (or the one documented error), every span points into the text, and the work
/// is linear: the recognizers look at each token a bounded number of times, measured without a clock.</summary>
public class ReaderSafetyTests
{
    private static readonly LocalDate Published = new(2025, 4, 24);

    /// <summary>Report fragments, words of the lexicon and noise, glued into texts of any length.</summary>
    private static readonly Gen<string> ReportLike = Gen.OneOf(
            Gen.Int[0, ReportCorpus.Names.Length - 1].Select(i => ReportCorpus.Text(ReportCorpus.Names[i])),
            Pick("Биыл", " 2 мыңнан аса ", "около 39 тысяч человек", "XXVIІ сессиясы", "«Мың бала» жобасы", "ХХХІV (34)", "9000-ға жуық", ". ", "\n",
                "Түркістан облыстық ҚХА", "Сенаттың бес депутатын", "«", "»", "“", "1 250 000", "Нұралхан Көшеров", "в марте", "24 сәуірде", "30-летие"),
            Gen.String,
            Gen.Char.Array[0, 40].Select(chars => new string(chars)))
        .Array[0, 60]
        .Select(parts => string.Concat(parts));

    private static Gen<string> Pick(params string[] choices) => Gen.Int[0, choices.Length - 1].Select(i => choices[i]);

    [Fact]
    public void Any_text_reads_and_every_span_points_at_its_phrase() =>
        Gen.OneOf(ReportLike, Gen.String, Gen.Byte.Array[0, 2000].Select(bytes => Encoding.UTF8.GetString(bytes)))
            .Select(Gen.Int[0, 5].Select(i => new string?[] { null, "kk", "kk-Latn", "ru", "en", "fr-FR" }[i]))
            .Sample((text, culture) =>
            {
                ReportReading reading = ReportReader.Read(text, Published, culture);
                foreach (SourcePhrase source in reading.Facts.Select(f => f.Source).Concat(reading.Unplaced.Select(m => m.Source)))
                {
                    Assert.InRange(source.Start, 0, text.Length);
                    Assert.Equal(text.Substring(source.Start, source.Length), source.Phrase);
                }

                // A language the reader does not read (fr-FR given, Uzbek detected, no letters at all) states nothing;
                // Kyrgyz is read, its profile registered with its reading words.
                if (!new[] { "kk", "kk-Latn", "ru", "en", Localization.Profiles.Kyrgyz.KyrgyzProfile.Registered.Tag }.Contains(reading.Language))
                {
                    Assert.Empty(reading.Facts);
                    Assert.Equal(MentionKind.Language, Assert.Single(reading.Unplaced).Kind);
                }
            }, iter: 300);

    [Fact]
    public void Work_per_token_is_bounded_on_texts_up_to_a_megabyte() =>
        ReportLike.Array[1, 400].Select(parts => string.Concat(parts))
            .Where(text => text.Length <= 1 << 20)
            .Sample(text =>
            {
                var scan = new ReportScan(text, Published, "kk");
                scan.Run();
                Assert.True(scan.Steps <= 4096L * (scan.TokenCount + 1), $"{scan.Steps} steps for {scan.TokenCount} tokens");
            }, iter: 20);

    [Fact]
    public void Ten_megabytes_of_reports_and_noise_read_without_running_out_of_bounds()
    {
        var random = new Random(20251124);
        var text = new StringBuilder(10 << 20);
        string[] reports = ReportCorpus.Names.Select(ReportCorpus.Text).ToArray();
        while (text.Length < 10 << 20)
        {
            text.Append(reports[random.Next(reports.Length)]).Append('\n');
            for (int i = random.Next(200); i > 0; i--)
            {
                text.Append((char)random.Next(0x20, 0x3000));
            }
        }

        var scan = new ReportScan(text.ToString(), Published, "ru");
        scan.Run();
        Assert.True(scan.Steps <= 4096L * (scan.TokenCount + 1));
        Assert.NotEmpty(scan.Facts);
    }

    [Fact]
    public void A_report_printed_twice_states_its_facts_once()
    {
        foreach (string name in ReportCorpus.Names)
        {
            (LocalDate published, _) = ReportCorpus.Expected(name);
            string text = ReportCorpus.Text(name);
            var once = ReportReader.Read(text, published).Facts.Select(ReportCorpus.Describe);
            var twice = ReportReader.Read(text + "\n" + text, published).Facts.Select(ReportCorpus.Describe);
            Assert.Equal(once, twice);
        }
    }

    [Fact]
    public void Refuses_with_a_clear_error_only_what_it_documents()
    {
        var tooEarly = Assert.Throws<ArgumentOutOfRangeException>(() => ReportReader.Read("text", new LocalDate(1990, 1, 1)));
        Assert.Contains("1995", tooEarly.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ReportReader.Read(null!, Published));
    }
}
