using System;
using System.Linq;
using Kz.Assembly.Domain.Reading;
using Kz.Assembly.Domain.Sessions;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Reading;

/// <summary>Relative periods and dates resolve against the publication date.</summary>
public class RelativeDateTests
{
    [Theory]
    [InlineData("Биыл Түркістан облысында 10 іс-шара өткізілді.", "2025-06-01", "2025")]
    [InlineData("Былтыр Түркістан облысында 10 іс-шара өткізілді.", "2025-06-01", "2024")]
    [InlineData("Жыл басынан бері Түркістан облысында 10 іс-шара өткізілді.", "2025-06-01", "YTD 2025-06-01")]
    [InlineData("В прошлом году в Туркестанской области проведено 10 мероприятий.", "2025-06-01", "2024")]
    [InlineData("С начала года в Туркестанской области проведено 10 мероприятий.", "2025-06-01", "YTD 2025-06-01")]
    [InlineData("В декабре в Туркестанской области проведено 10 мероприятий.", "2025-01-15", "2024-12")]
    [InlineData("В марте в Туркестанской области проведено 10 мероприятий.", "2025-04-15", "2025-03")]
    [InlineData("2023 жылы Түркістан облысында 10 іс-шара өткізілді.", "2025-06-01", "2023")]
    [InlineData("Since the start of the year, 10 events were held in Turkistan Region.", "2025-06-01", "YTD 2025-06-01")]
    [InlineData("2022-2024 жылдары Түркістан облысында 400 іс-шара өткізілді.", "2025-06-01", "2022-01-01/2024-12-31")]
    [InlineData("2022-2025 жылдары Түркістан облысында 400 іс-шара өткізілді.", "2025-06-01", "2022-01-01/2025-06-01")]
    [InlineData("В 2023–2024 годах в Туркестанской области проведено 400 мероприятий.", "2025-06-01", "2023-01-01/2024-12-31")]
    [InlineData("In 2022-2024, 400 events were held in Turkistan Region.", "2025-06-01", "2022-01-01/2024-12-31")]
    public void A_period_resolves_against_the_publication_date(string text, string published, string period)
    {
        ReadSummary summary = Assert.Single(ReportReader.Read(text, LocalDatePattern(published)).FactsOf<ReadSummary>());
        Assert.Equal(period, summary.Summary.Period.ToString());
    }

    [Theory]
    [InlineData("This spring 12 sports events were held in Turkistan Region.")]
    [InlineData("Весной в Туркестанской области проведено 12 спортивных мероприятий.")]
    [InlineData("Көктемде Түркістан облысында 12 спорттық іс-шара өткізілді.")]
    public void Counts_dated_by_a_season_are_mentions_not_this_years(string text)
    {
        ReportReading reading = ReportReader.Read(text, LocalDatePattern("2025-05-28"));
        Assert.Empty(reading.FactsOf<ReadSummary>());
        Assert.Contains(reading.Unplaced, m => m.Reason.Contains("season", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("28 декабря состоялась V сессия Ассамблеи народа Казахстана Туркестанской области.", "2025-01-10", "2024-12-28")]
    [InlineData("2024 жылғы 15 наурызда Түркістан облыстық ҚХА-ның V сессиясы өтті.", "2025-01-10", "2024-03-15")]
    [InlineData("Биыл 24 сәуірде Қазақстан халқы Ассамблеясының ХХХІV сессиясы өтті.", "2025-05-01", "2025-04-24")]
    public void A_day_without_a_year_is_the_latest_such_day_not_after_publication(string text, string published, string date)
    {
        ReadSession session = Assert.Single(ReportReader.Read(text, LocalDatePattern(published)).FactsOf<ReadSession>());
        Assert.Equal(LocalDatePattern(date), session.Session.Date);
    }

    [Fact]
    public void The_article_in_the_2021_Latin_alphabet_reads_to_the_same_facts()
    {
        // Roman numerals stay Latin capitals in a Latin text; everything else is transliterated.
        string cyrillic = ReportCorpus.Text("article-kk").Replace("XXVIІ", "XXVII").Replace("ХХХІV", "XXXIV");
        string latin = Kz.Assembly.Domain.Localization.KazakhTransliteration.ToLatin(cyrillic);
        var published = new LocalDate(2025, 4, 24);
        ReportReading fromCyrillic = ReportReader.Read(cyrillic, published);
        ReportReading fromLatin = ReportReader.Read(latin, published);
        Assert.Equal("kk-Latn", fromLatin.Language);
        Assert.Equal(
            fromCyrillic.Facts.Select(ReportCorpus.Describe).Where(d => !d.Contains('«')),
            fromLatin.Facts.Select(ReportCorpus.Describe).Where(d => !d.Contains('«')));
        Assert.Equal(
            fromCyrillic.FactsOf<ReadProject>().Select(p => p.Project.Name.Kazakh),
            fromLatin.FactsOf<ReadProject>().Select(p => p.Project.Name.Kazakh));
    }

    [Theory]
    [InlineData("С начала года в Туркестанской области проведено 40 мepоприятий.")]
    [InlineData("Жыл басынан бері Түркістан облысында 40 іс-шaра өткізілді.")]
    public void A_word_typed_with_Latin_look_alikes_reads_as_the_word_it_looks_like(string text)
    {
        ReadSummary summary = Assert.Single(ReportReader.Read(text, new LocalDate(2025, 6, 1)).FactsOf<ReadSummary>());
        Assert.Equal("YTD 2025-06-01: Event 40", $"{summary.Summary.Period}: {summary.Summary.Tallies.Single().Kind} {summary.Summary.Tallies.Single().Count}");
    }

    [Theory]
    [InlineData("Былтыр Түркістан облысында 10 іс-шара өткізілді.")]
    [InlineData("В декабре в Туркестанской области проведено 10 мероприятий.")]
    [InlineData("За девять месяцев в Туркестанской области проведено 10 мероприятий.")]
    public void A_relative_period_before_the_domains_first_year_reads_without_one(string text)
    {
        // Published in January 1995: last year, last December and last year's nine months are 1994, before the domain,
        // and the year to date begins before the Assembly's founding: the counts are kept, refused, not dropped.
        ReportReading reading = ReportReader.Read(text, new LocalDate(1995, 1, 10));
        Assert.Empty(reading.Facts);
        Assert.Contains(reading.Unplaced, m => m.Kind == MentionKind.Refused && m.Source.Phrase.Contains("10", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_that_dates_no_fact_is_kept_as_a_mention()
    {
        ReportReading reading = ReportReader.Read("15 марта в Туркестанской области состоялась встреча с молодёжью.", new LocalDate(2025, 4, 1));
        Mention date = Assert.Single(reading.Unplaced, m => m.Kind == MentionKind.Date);
        Assert.Equal("15 марта", date.Source.Phrase);
        Assert.Empty(reading.Facts);
    }

    [Fact]
    public void A_place_named_like_a_region_abolished_before_publication_is_not_that_region()
    {
        // Жезқазған was a region until 1997; in 2024 it is a city of Ulytau Region.
        ReportReading reading = ReportReader.Read("Жезқазған қаласында Ұлытау облыстық ҚХА жыл басынан бері 40 іс-шара өткізді.", new LocalDate(2024, 5, 1));
        Assert.Equal("KZ-62", Assert.Single(reading.FactsOf<ReadSummary>()).Summary.Place.Region.Code);
    }

    private static LocalDate LocalDatePattern(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
