using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Tests.Samples;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Localization;

/// <summary>
/// A report is never an empty string: once, a body with activities in 2025 but no summary rendered as "" (a 200 with
/// an empty body in a web app), as did a period in which nothing at all was reported.
/// </summary>
public class ReportWithoutSummariesTests
{
    private static readonly AssemblyDataSet Karaganda = KaragandaDataSetTests.Build();

    private static AssemblyBody Body => Karaganda.Bodies[0];

    [Theory]
    [InlineData("en", "In 2025, 2 cultural events and 1 ethnomediation case were held, reaching about 1,200 people.")]
    [InlineData("ru", "В 2025 году проведено 2 культурных мероприятия и 1 случай этномедиации, охвачено около 1200 человек.")]
    [InlineData("kk", "2025 жылы 2 мәдени іс-шара мен 1 этномедиация жағдайы өткізіліп, 1200-ге жуық адам қамтылды.")]
    [InlineData("kk-Latn", "2025 jyly 2 mädeni ıs-şara men 1 etnomediatsiia jağdaiy ötkızılıp, 1200-ge juyq adam qamtyldy.")]
    // Two cultural events (about 1 200 and unknown) and an ethnomediation case (unknown): about plus unknown is about.
    public void Activities_without_a_summary_are_reported_from_the_activities(string culture, string expected) =>
        Assert.Equal(expected, ParticipationReport.Render(Karaganda, Body, ReportingPeriod.CalendarYear(2025), culture));

    [Theory]
    [InlineData("en", "In 2023, no activities were reported.")]
    [InlineData("ru", "В 2023 году сведений о мероприятиях не поступало.")]
    [InlineData("kk", "2023 жылы іс-шаралар туралы мәлімет берілмеген.")]
    [InlineData("kk-Latn", "2023 jyly ıs-şaralar turaly mälımet berılmegen.")]
    public void A_period_with_nothing_reported_says_so_in_the_language(string culture, string expected) =>
        Assert.Equal(expected, ParticipationReport.Render(Karaganda, Body, ReportingPeriod.CalendarYear(2023), culture));

    [Fact]
    public void The_default_year_to_date_with_nothing_reported_is_not_empty()
    {
        string report = ParticipationReport.Render(Karaganda, Body, ReportingPeriod.YearToDate(new LocalDate(2024, 3, 1)), "ru");
        Assert.EndsWith("сведений о мероприятиях не поступало.", report, System.StringComparison.Ordinal);
    }
}
