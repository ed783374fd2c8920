using System.Linq;
using Kz.Assembly.Domain.Reading;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Reading;

/// <summary>
/// Periods a report names that are not a year, a quarter or a month: a range of days, the year up to a day («as of»),
/// two months in one hyphenated word; and spans up to now, which no period of the model holds, so their counts are
/// mentions, never this year's.
/// </summary>
public class PeriodFormsTests
{
    private const string Heading = "Ассамблея народа Казахстана Атырауской области\n";

    [Theory]
    [InlineData("С 1 по 10 мая проведено 46 мероприятий.", "2025-05-20", "2025-05-01/2025-05-10")]
    [InlineData("С 25 декабря по 5 января проведено 46 мероприятий.", "2025-01-20", "2024-12-25/2025-01-05")]
    [InlineData("From 15 March to 15 April 2024, 46 events were held.", "2025-05-20", "2024-03-15/2024-04-15")]
    [InlineData("1–10 мамыр аралығында 46 іс-шара өткізілді.", "2025-05-20", "2025-05-01/2025-05-10")]
    [InlineData("По состоянию на 1 июня 2025 года проведено 46 мероприятий.", "2025-06-03", "YTD 2025-06-01")]
    [InlineData("As of 1 June, 46 events were held.", "2025-06-03", "YTD 2025-06-01")]
    [InlineData("1 маусымдағы жағдай бойынша 46 іс-шара өткізілді.", "2025-06-03", "YTD 2025-06-01")]
    [InlineData("2025 жылдың қаңтар-мамыр айларында 46 іс-шара өткізілді.", "2025-06-03", "2025-01-01/2025-05-31")]
    [InlineData("В январе-марте проведено 46 мероприятий.", "2025-06-03", "2025-Q1")]
    [InlineData("In Q1 2025, 46 events were held.", "2025-06-03", "2025-Q1")]
    [InlineData("Осы айда 46 іс-шара өткізілді.", "2025-06-03", "2025-06")]
    [InlineData("In the last quarter of 2024, 46 events were held.", "2025-06-03", "2024-Q4")]
    [InlineData("В последнем квартале проведено 46 мероприятий.", "2025-07-03", "2025-Q2")]
    [InlineData("Соңғы тоқсанда 46 іс-шара өтті.", "2025-02-03", "2024-Q4")]
    [InlineData("В прошлом месяце проведено 46 мероприятий.", "2025-06-03", "2025-05")]
    [InlineData("Last month, 46 events were held.", "2025-01-03", "2024-12")]
    [InlineData("In H2 2024, 46 events were held.", "2025-06-03", "2024-07-01/2024-12-31")]
    [InlineData("2025 жылдың 1-тоқсанында 46 іс-шара өтті.", "2025-06-03", "2025-Q1")]
    [InlineData("За три квартала 2025 года проведено 46 мероприятий.", "2025-10-05", "2025-01-01/2025-09-30")]
    [InlineData("За 3 квартала 2025 года проведено 46 мероприятий.", "2025-10-05", "2025-01-01/2025-09-30")]
    [InlineData("В 3 квартале 2025 года проведено 46 мероприятий.", "2025-10-05", "2025-Q3")]
    [InlineData("2025 жылдың үш тоқсанында 46 іс-шара өтті.", "2025-10-05", "2025-01-01/2025-09-30")]
    [InlineData("In the first 3 quarters of 2025, 46 events were held.", "2025-10-05", "2025-01-01/2025-09-30")]
    [InlineData("Бүгінгі күнге дейін 46 іс-шара өткізілді.", "2025-10-05", "YTD 2025-10-05")]
    [InlineData("Бүгінгі таңда 46 іс-шара өткізілді.", "2025-10-05", "YTD 2025-10-05")]
    [InlineData("1 қазанға дейін 46 іс-шара өткізілді.", "2025-10-05", "YTD 2025-10-01")]
    [InlineData("На сегодня проведено 46 мероприятий.", "2025-10-05", "YTD 2025-10-05")]
    [InlineData("На 1 октября проведено 46 мероприятий.", "2025-10-05", "YTD 2025-10-01")]
    [InlineData("As of today, 46 events have been held.", "2025-10-05", "YTD 2025-10-05")]
    [InlineData("Сегодня проведено 46 мероприятий.", "2025-10-05", "2025-10-05/2025-10-05")]
    [InlineData("С января по сентябрь 2025 года проведено 46 мероприятий.", "2025-10-05", "2025-01-01/2025-09-30")]
    [InlineData("From January to September 2025, 46 events were held.", "2025-10-05", "2025-01-01/2025-09-30")]
    [InlineData("Between January and June, 46 events were held.", "2025-10-05", "2025-01-01/2025-06-30")]
    [InlineData("Қаңтардан қыркүйекке дейін 46 іс-шара өткізілді.", "2025-10-05", "2025-01-01/2025-09-30")]
    [InlineData("2025 жылдың қаңтар айынан бастап қыркүйек айына дейін 46 іс-шара өткізілді.", "2025-10-05", "2025-01-01/2025-09-30")]
    [InlineData("In the first 2 quarters of 2025, 46 events were held.", "2025-10-05", "2025-01-01/2025-06-30")]
    public void A_period_of_days_or_up_to_a_day_is_read_whole(string sentence, string published, string period)
    {
        ReportReading reading = ReportReader.Read(Heading + sentence, NodaTime.Text.LocalDatePattern.Iso.Parse(published).Value);
        ReadSummary summary = Assert.Single(reading.FactsOf<ReadSummary>());
        Assert.Equal(period, summary.Summary.Period.ToString());
        Assert.Equal(46, Assert.Single(summary.Summary.Tallies).Count.Value);
    }

    [Fact]
    public void Quarters_counted_in_words_run_from_January()
    {
        ReportReading reading = ReportReader.Read("In the first three quarters of 2025, the Atyrau Regional Assembly of People of Kazakhstan held 46 events.", new LocalDate(2025, 10, 5));
        Assert.Equal("2025-01-01/2025-09-30", Assert.Single(reading.FactsOf<ReadSummary>()).Summary.Period.ToString());
    }

    [Theory]
    [InlineData("С 2015 года проведено более 3 тысяч мероприятий.")]
    [InlineData("Since 2015, more than 3,000 events have been held.")]
    [InlineData("2015 жылдан бері 3 мыңнан астам іс-шара өтті.")]
    [InlineData("За последние пять лет проведено более 3 тысяч мероприятий.")]
    [InlineData("Over the past 5 years, more than 3,000 events were held.")]
    [InlineData("Соңғы бес жылда 3 мыңнан астам іс-шара өтті.")]
    [InlineData("За последнее десятилетие проведено более 3 тысяч мероприятий.")]
    [InlineData("Over the past decade, more than 3,000 events were held.")]
    public void Counts_over_a_span_up_to_now_are_mentions_not_a_years(string sentence)
    {
        ReportReading reading = ReportReader.Read(Heading + sentence, new LocalDate(2025, 6, 15));
        Assert.Empty(reading.FactsOf<ReadSummary>());
        Assert.Contains(reading.Unplaced, mention => mention.Kind == MentionKind.Uncertain && mention.Source.Phrase.Contains('3'));
    }

    [Theory]
    [InlineData("За прошедший год проведено 300 мероприятий.")]
    [InlineData("За последний год проведено 300 мероприятий.")]
    [InlineData("Over the past year, 300 events were held.")]
    [InlineData("In the last year, 300 events were held.")]
    [InlineData("Соңғы бір жылда 300 іс-шара өтті.")]
    [InlineData("За последние 12 месяцев проведено 300 мероприятий.")]
    [InlineData("Over the past 6 months, 300 events were held.")]
    [InlineData("Соңғы 12 айда 300 іс-шара өтті.")]
    public void Counts_over_the_months_up_to_now_are_mentions_in_the_middle_of_a_year(string sentence)
    {
        ReportReading reading = ReportReader.Read(Heading + sentence, new LocalDate(2025, 6, 15));
        Assert.Empty(reading.FactsOf<ReadSummary>());
        Assert.Contains(reading.Unplaced, mention => mention.Reason.Contains("months up to now", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("За прошедший год проведено 300 мероприятий.")]
    [InlineData("За минувший год проведено 300 мероприятий.")]
    [InlineData("Over the past year, 300 events were held.")]
    [InlineData("Соңғы бір жылда 300 іс-шара өтті.")]
    public void The_past_year_in_a_report_of_January_or_February_is_the_year_just_ended(string sentence)
    {
        ReportReading reading = ReportReader.Read(Heading + sentence, new LocalDate(2026, 2, 10));
        Assert.Equal("2025", Assert.Single(reading.FactsOf<ReadSummary>()).Summary.Period.ToString());
    }

    [Theory]
    [InlineData("Over the past years, 300 events were held.")]
    [InlineData("Over the last years, 300 events were held.")]
    [InlineData("За прошедшие годы проведено 300 мероприятий.")]
    public void Past_years_in_the_plural_are_a_span_not_one_year(string sentence)
    {
        ReportReading reading = ReportReader.Read(Heading + sentence, new LocalDate(2026, 2, 10));
        Assert.Empty(reading.FactsOf<ReadSummary>());
    }

    [Theory]
    [InlineData("С 2015 по 2020 год проведено 300 мероприятий.")]
    [InlineData("В прошлом году проведено 300 мероприятий.")]
    [InlineData("Last year, 300 events were held.")]
    public void A_closed_span_or_last_year_is_not_a_span_up_to_now(string sentence)
    {
        ReportReading reading = ReportReader.Read(Heading + sentence, new LocalDate(2025, 6, 15));
        Assert.DoesNotContain(reading.Unplaced, mention => mention.Reason.Contains("span of years", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("В 2025 году проведено 140 мероприятий, тогда как в 2024 году – 120 мероприятий. Также проведено 30 благотворительных акций.",
        "2025: Event 140 | 2024: Event 120 | 2025: CharityAction 30")]
    [InlineData("In the first half of 2025, 198 events were held, compared with 176 events in the first half of 2024.",
        "2025-01-01/2025-06-30: Event 198 | 2024-01-01/2024-06-30: Event 176")]
    [InlineData("В 2025 году, по данным секретариата, проведено 140 мероприятий.", "2025: Event 140")]
    public void A_later_clause_with_its_own_period_and_count_is_read_with_them_and_does_not_carry_on(string sentences, string figures)
    {
        ReportReading reading = ReportReader.Read(Heading + sentences, new LocalDate(2025, 7, 5));
        Assert.Equal(figures, string.Join(" | ", reading.FactsOf<ReadSummary>().Select(s => $"{s.Summary.Period}: {string.Join(", ", s.Summary.Tallies.Select(t => $"{t.Kind} {t.Count}"))}")));
    }

    [Theory]
    [InlineData("С апреля проведено 35 мероприятий.", "2025-04-01/2025-05-30")]
    [InlineData("С 1 апреля проведено 35 мероприятий.", "2025-04-01/2025-05-30")]
    [InlineData("С 15 апреля 2025 года проведено 35 мероприятий.", "2025-04-15/2025-05-30")]
    [InlineData("Since April, 35 events have been held.", "2025-04-01/2025-05-30")]
    [InlineData("Сәуірден бері 35 іс-шара өткізілді.", "2025-04-01/2025-05-30")]
    [InlineData("Сәуір айынан бастап 35 іс-шара өткізілді.", "2025-04-01/2025-05-30")]
    [InlineData("Since September, 35 events have been held.", "2024-09-01/2025-05-30")]
    [InlineData("С января проведено 35 мероприятий.", "YTD 2025-05-30")]
    [InlineData("С января по апрель проведено 35 мероприятий.", "2025-01-01/2025-04-30")]
    [InlineData("2024 жылдың мамыр айынан бері 35 іс-шара өткізілді.", "2024-05-01/2025-05-30")]
    [InlineData("С мая 2024 года проведено 35 мероприятий.", "2024-05-01/2025-05-30")]
    [InlineData("Қаңтар айынан бастап сәуір айына дейін 35 іс-шара өткізілді.", "2025-01-01/2025-04-30")]
    public void A_span_from_a_day_or_month_with_no_end_runs_up_to_the_publication(string sentence, string period)
    {
        ReportReading reading = ReportReader.Read(Heading + sentence, new LocalDate(2025, 5, 30));
        Assert.Equal(period, Assert.Single(reading.FactsOf<ReadSummary>()).Summary.Period.ToString());
    }

    [Theory]
    [InlineData("The Almaty city Assembly of People of Kazakhstan held 84 events in October. Meanwhile the Almaty Regional Assembly held 61 events in the same month.", "en")]
    [InlineData("В октябре Ассамблея народа Казахстана города Алматы провела 84 мероприятия. В том же месяце Ассамблея народа Казахстана Алматинской области провела 61 мероприятие.", "ru")]
    [InlineData("Қазан айында Алматы қалалық ҚХА 84 іс-шара өткізді. Сол айда Алматы облыстық ҚХА 61 іс-шара өткізді.", "kk")]
    [InlineData("The Almaty city Assembly of People of Kazakhstan held 84 events in October. The Almaty Regional Assembly held 61 events over the same month.", "en")]
    [InlineData("В октябре Ассамблея народа Казахстана города Алматы провела 84 мероприятия. Ассамблея народа Казахстана Алматинской области за тот же месяц провела 61 мероприятие.", "ru")]
    [InlineData("Қазан айында Алматы қалалық ҚХА 84 іс-шара өткізді. Алматы облыстық ҚХА сол ай ішінде 61 іс-шара өткізді.", "kk")]
    public void The_same_month_is_the_month_just_named(string text, string culture)
    {
        ReportReading reading = ReportReader.Read(text, new LocalDate(2025, 11, 5), culture);
        Assert.Equal(["2025-10", "2025-10"], reading.FactsOf<ReadSummary>().Select(s => s.Summary.Period.ToString()));
    }

    [Theory]
    [InlineData("В октябре и ноябре проведено 140 мероприятий.")]
    [InlineData("Қазан және қараша айларында 140 іс-шара өткізілді.")]
    public void Two_months_in_a_row_named_with_and_are_both(string sentence) =>
        Assert.Equal("2025-10-01/2025-11-30", Assert.Single(ReportReader.Read(Heading + sentence, new LocalDate(2025, 12, 3)).FactsOf<ReadSummary>()).Summary.Period.ToString());

    [Theory]
    [InlineData("В январе и сентябре проведено 140 мероприятий.")]
    [InlineData("Қаңтар және қыркүйек айларында 140 іс-шара өткізілді.")]
    public void Months_apart_named_with_and_are_no_one_period(string sentence)
    {
        ReportReading reading = ReportReader.Read(Heading + sentence, new LocalDate(2025, 12, 3));
        Assert.Empty(reading.FactsOf<ReadSummary>());
        Assert.Contains(reading.Unplaced, m => m.Reason.Contains("months apart", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Pavlodar Regional Assembly of People of Kazakhstan held 310 events. The figure covers the first half of 2025.", "en")]
    [InlineData("Ассамблея народа Казахстана Павлодарской области провела 310 мероприятий. Эти данные – за первое полугодие 2025 года.", "ru")]
    [InlineData("Павлодар облыстық ҚХА 310 іс-шара өткізді. Бұл көрсеткіш 2025 жылдың бірінші жартыжылдығына қатысты.", "kk")]
    public void A_period_the_next_sentence_gives_the_figure_is_its_period(string text, string culture)
    {
        ReportReading reading = ReportReader.Read(text, new LocalDate(2025, 9, 10), culture);
        Assert.Equal("2025-01-01/2025-06-30", Assert.Single(reading.FactsOf<ReadSummary>()).Summary.Period.ToString());
    }

    [Theory]
    [InlineData("The Pavlodar Regional Assembly of People of Kazakhstan held 310 events in August. The figure covers the first half of 2025.", "en", "2025-08")]
    [InlineData("The Pavlodar Regional Assembly of People of Kazakhstan held 310 events. This figure is higher than in the first half of 2024.", "en", "YTD 2025-09-10")]
    [InlineData("Ассамблея народа Казахстана Павлодарской области провела 310 мероприятий. Это на 20 процентов больше, чем за первое полугодие 2024 года.", "ru", "YTD 2025-09-10")]
    [InlineData("Павлодар облыстық ҚХА 310 іс-шара өткізді. Бұл көрсеткіш 2024 жылдың бірінші жартыжылдығымен салыстырғанда көп.", "kk", "YTD 2025-09-10")]
    public void A_period_the_next_sentence_gives_leaves_a_stated_period_and_a_comparison_base_alone(string text, string culture, string period)
    {
        ReportReading reading = ReportReader.Read(text, new LocalDate(2025, 9, 10), culture);
        Assert.Equal(period, Assert.Single(reading.FactsOf<ReadSummary>()).Summary.Period.ToString());
    }

    [Theory]
    [InlineData("Қараша айының соңына дейін Павлодар облыстық ҚХА 900 іс-шара өткізді.", "kk", "YTD 2025-11-30")]
    [InlineData("К концу ноября Ассамблея народа Казахстана Павлодарской области провела 900 мероприятий.", "ru", "YTD 2025-11-30")]
    [InlineData("By the end of November, the Pavlodar Regional Assembly of People of Kazakhstan had held 900 events.", "en", "YTD 2025-11-30")]
    [InlineData("By the end of January, the Pavlodar Regional Assembly of People of Kazakhstan had held 90 events.", "en", "YTD 2025-01-31")]
    public void A_count_up_to_a_months_end_is_the_year_to_that_day(string text, string culture, string period) =>
        Assert.Equal(period, Assert.Single(ReportReader.Read(text, new LocalDate(2025, 12, 3), culture).FactsOf<ReadSummary>()).Summary.Period.ToString());

    [Fact]
    public void A_count_up_to_the_end_of_the_month_still_running_is_a_plan_not_a_period() =>
        Assert.Empty(ReportReader.Read("By the end of December, the Pavlodar Regional Assembly of People of Kazakhstan will hold 900 events.", new LocalDate(2025, 12, 3), "en").FactsOf<ReadSummary>());

    [Theory]
    [InlineData("Өткен аптада Ақмола облыстық ҚХА 14 іс-шара өткізді.", "kk", "2025-11-03/2025-11-09")]
    [InlineData("На прошлой неделе Ассамблея народа Казахстана Акмолинской области провела 14 мероприятий.", "ru", "2025-11-03/2025-11-09")]
    [InlineData("Last week the Akmola Regional Assembly of People of Kazakhstan held 14 events.", "en", "2025-11-03/2025-11-09")]
    [InlineData("За минувшую неделю Ассамблея народа Казахстана Акмолинской области провела 14 мероприятий.", "ru", "2025-11-03/2025-11-09")]
    [InlineData("Осы аптада Ақмола облыстық ҚХА 14 іс-шара өткізді.", "kk", "2025-11-10/2025-11-12")]
    [InlineData("На этой неделе Ассамблея народа Казахстана Акмолинской области провела 14 мероприятий.", "ru", "2025-11-10/2025-11-12")]
    [InlineData("Over the weekend, the Akmola Regional Assembly of People of Kazakhstan held 14 events.", "en", "2025-11-08/2025-11-09")]
    [InlineData("В выходные Ассамблея народа Казахстана Акмолинской области провела 14 мероприятий.", "ru", "2025-11-08/2025-11-09")]
    [InlineData("Демалыс күндері Ақмола облыстық ҚХА 14 іс-шара өткізді.", "kk", "2025-11-08/2025-11-09")]
    public void A_week_named_from_publication_is_its_days(string text, string culture, string period) =>
        Assert.Equal(period, Assert.Single(ReportReader.Read(text, new LocalDate(2025, 11, 12), culture).FactsOf<ReadSummary>()).Summary.Period.ToString());

    [Theory]
    [InlineData("В летний период ассамблея Северо-Казахстанской области провела 150 мероприятий.", "ru")]
    [InlineData("Жазғы маусымда Солтүстік Қазақстан облыстық ҚХА 150 іс-шара өткізді.", "kk")]
    public void A_season_named_by_its_adjective_is_no_period(string text, string culture) =>
        Assert.Empty(ReportReader.Read(text, new LocalDate(2025, 9, 3), culture).FactsOf<ReadSummary>());

    [Theory]
    [InlineData("In the summer the Almaty City Assembly of People of Kazakhstan held 50 events, and in September it held 40 events.", "en")]
    [InlineData("Летом Ассамблея народа Казахстана города Алматы провела 50 мероприятий, а в сентябре – 40 мероприятий.", "ru")]
    public void A_month_after_a_season_does_not_date_the_seasons_count(string text, string culture)
    {
        ReportReading reading = ReportReader.Read(text, new LocalDate(2025, 10, 2), culture);
        Assert.Equal("2025-09", Assert.Single(reading.FactsOf<ReadSummary>()).Summary.Period.ToString());
        Assert.Contains(reading.Unplaced, m => m.Reason.Contains("season", System.StringComparison.Ordinal));
    }
}
