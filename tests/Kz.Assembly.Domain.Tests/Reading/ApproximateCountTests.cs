using System.Linq;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Reading;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Reading;

/// <summary>
/// The ways news writes an approximate or bounded count, beyond the words the library writes: read alone by
/// <see cref="QuantityPhrase"/> and inside a report by the reader, with the same words (one lexicon per language).
/// </summary>
public class ApproximateCountTests
{
    [Theory]
    [InlineData("шамамен 300", "kk", "~300")]
    [InlineData("300 мөлшерінде", "kk", "~300")]
    [InlineData("300-ге таяу", "kk", "~300")]
    [InlineData("300-ден көп", "kk", ">300")]
    [InlineData("кем дегенде 300", "kk", ">=300")]
    [InlineData("приблизительно 300", "ru", "~300")]
    [InlineData("300 с лишним", "ru", ">300")]
    [InlineData("не более 300", "ru", "<=300")]
    [InlineData("some 1,200", "en", "~1200")]
    [InlineData("roughly 300", "en", "~300")]
    [InlineData("upwards of 300", "en", ">300")]
    [InlineData("no fewer than 300", "en", ">=300")]
    [InlineData("as many as 300", "en", "<=300")]
    [InlineData("200 мыңға тарта", "kk", "~200000")]
    [InlineData("300 төңірегінде", "kk", "~300")]
    [InlineData("300-ден кем", "kk", "<=300")]
    [InlineData("300-ден кем емес", "kk", ">=300")]
    [InlineData("менее 300", "ru", "<=300")]
    [InlineData("меньше 300", "ru", "<=300")]
    [InlineData("не меньше 300", "ru", ">=300")]
    [InlineData("less than 300", "en", "<=300")]
    [InlineData("fewer than 300", "en", "<=300")]
    [InlineData("under 300", "en", "<=300")]
    [InlineData("no less than 300", "en", ">=300")]
    public void A_qualifier_word_news_uses_is_read_in_a_phrase(string phrase, string culture, string count) =>
        Assert.Equal(QualifiedCount.Parse(count), QuantityPhrase.Parse(phrase, culture));

    [Theory]
    [InlineData("Биыл облыста 300-дей іс-шара өтті.", "Event ~300")]
    [InlineData("Биыл облыста жүздей іс-шара өтті.", "Event ~100")]
    [InlineData("Биыл облыста 40 кездесу өтіп, оларға мыңдай адам қатысты.", "OutreachMeeting 40, People ~1000")]
    [InlineData("Биыл облыста 2 мыңдай адам қатысқан 40 кездесу өтті.", "OutreachMeeting 40, People ~2000")]
    [InlineData("Биыл облыста шамамен 300 іс-шара өтті.", "Event ~300")]
    public void A_kazakh_approximate_ending_makes_a_count_about(string sentence, string figures)
    {
        ReportReading reading = ReportReader.Read("Атырау облыстық ҚХА\n" + sentence, new LocalDate(2025, 6, 1));
        ReadSummary summary = Assert.Single(reading.FactsOf<ReadSummary>());
        string read = string.Join(", ", summary.Summary.Tallies.Select(t => $"{t.Kind} {t.Count}"))
            + (summary.Summary.PeopleReached is { } reach ? $", {summary.Summary.Audience} {reach}" : "");
        Assert.Equal(figures, read);
    }
}
