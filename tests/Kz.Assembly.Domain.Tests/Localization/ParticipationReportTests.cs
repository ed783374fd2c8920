using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Samples;
using static Kz.Assembly.Domain.Samples.TurkistanArticle2025;

namespace Kz.Assembly.Domain.Tests.Localization;

public class ParticipationReportTests
{
    [Fact]
    public void The_Kazakh_year_to_date_sentence_is_the_articles_own()
    {
        string report = ParticipationReport.Render(DataSet, TurkistanAssembly, YearToDate, "kk");
        Assert.StartsWith("Жыл басынан бері 631 іс-шара мен 49 қайырымдылық акциясы өткізіліп, 39 мыңға жуық адам қамтылды.", report, System.StringComparison.Ordinal);
        Assert.EndsWith("Сонымен қатар 168 ақпараттық-насихаттық кездесу өткізіліп, оған 9000-ға жуық тұрғын қатысты.", report, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_Russian_report_agrees_nouns_with_numbers() =>
        Assert.Equal(
            "С начала года проведено 631 мероприятие и 49 благотворительных акций, охвачено около 39 тысяч человек. "
            + "Кроме того, проведено 168 информационно-разъяснительных встреч, в них приняли участие около 9000 жителей.",
            ParticipationReport.Render(DataSet, TurkistanAssembly, YearToDate, "ru"));

    [Fact]
    public void The_English_report() =>
        Assert.Equal(
            "Since the start of the year, 631 events and 49 charity actions were held, reaching about 39 thousand people. "
            + "In addition, 168 information and outreach meetings were held, attended by about 9,000 residents.",
            ParticipationReport.Render(DataSet, TurkistanAssembly, YearToDate, "en"));

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public void Each_language_matches_its_snapshot(string culture) =>
        Snapshooter.Xunit.Snapshot.Match(
            ParticipationReport.Render(DataSet, TurkistanAssembly, YearToDate, culture) + "\n"
            + ParticipationReport.Render(DataSet, TurkistanAssembly, ThisYear, culture, ThousandsStyle.Words),
            Snapshooter.Xunit.Snapshot.FullName(new Snapshooter.SnapshotNameExtension(culture)));
}
