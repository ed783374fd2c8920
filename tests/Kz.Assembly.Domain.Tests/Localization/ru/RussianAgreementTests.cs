using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Article = Kz.Assembly.Domain.Samples.TurkistanArticle2025;

namespace Kz.Assembly.Domain.Tests.Localization.ru;

/// <summary>
/// Russian agreement, each sentence once written wrong by the library. Rules (Русская грамматика, АН СССР, 1980, the
/// chapters on numeral–noun combinations and on the predicate's agreement with a quantitative subject; D. E.
/// Rosenthal's reference on usage): after около/более the counted phrase is genitive, singular after 1, 21 … (около 21 культурного
/// мероприятия); a subject whose numeral ends in 1 (not 11) takes the singular predicate in the noun's gender
/// (проведена 21 благотворительная акция); other counts take the neuter singular (проведено 168 встреч); the pronoun and
/// verb for one exact meeting and one person are singular (в ней принял участие 1 житель).
/// </summary>
public class RussianAgreementTests
{
    private static string Counted(QualifiedCount count, AssemblyActivityKind kind) =>
        QuantityText.FormatCounted(count, DomainText.Noun(kind), "ru");

    private static string Sentence(AssemblyActivityKind kind, QualifiedCount count, QualifiedCount? people = null, Audience audience = Audience.People) =>
        ParticipationReport.Sentence(
            ReportedSummary.Create(Article.TurkistanAssembly, Place.WholeRegion(Regions.Turkistan), Article.YearToDate, [new ActivityTally(kind, count)], people, audience),
            "ru",
            opensPeriod: false);

    [Theory]
    [InlineData(21, AssemblyActivityKind.CulturalEvent, "около 21 культурного мероприятия")]
    [InlineData(1, AssemblyActivityKind.CharityAction, "около 1 благотворительной акции")]
    [InlineData(31, AssemblyActivityKind.OutreachMeeting, "около 31 информационно-разъяснительной встречи")]
    [InlineData(3, AssemblyActivityKind.CharityAction, "около 3 благотворительных акций")]
    [InlineData(11, AssemblyActivityKind.CulturalEvent, "около 11 культурных мероприятий")]
    public void About_takes_the_genitive(long value, AssemblyActivityKind kind, string expected) =>
        Assert.Equal(expected, Counted(QualifiedCount.About(value), kind));

    [Theory]
    [InlineData(21, AssemblyActivityKind.CharityAction, "проведена 21 благотворительная акция.")]
    [InlineData(1, AssemblyActivityKind.EthnomediationCase, "проведен 1 случай этномедиации.")]
    [InlineData(1, AssemblyActivityKind.CulturalEvent, "проведено 1 культурное мероприятие.")]
    [InlineData(11, AssemblyActivityKind.CharityAction, "проведено 11 благотворительных акций.")]
    [InlineData(3, AssemblyActivityKind.CharityAction, "проведено 3 благотворительные акции.")]
    public void The_verb_agrees_with_a_numeral_ending_in_one(long value, AssemblyActivityKind kind, string ending) =>
        Assert.EndsWith(ending, Sentence(kind, QualifiedCount.Exactly(value)), System.StringComparison.Ordinal);

    [Fact]
    public void One_meeting_and_one_resident_are_singular()
    {
        string sentence = Sentence(AssemblyActivityKind.OutreachMeeting, QualifiedCount.Exactly(1), QualifiedCount.Exactly(1), Audience.Residents);
        Assert.Equal("Кроме того, проведена 1 информационно-разъяснительная встреча, в ней принял участие 1 житель.", sentence);
    }

    [Fact]
    public void Many_meetings_and_about_9000_residents_are_plural_as_in_the_article()
    {
        string sentence = Sentence(AssemblyActivityKind.OutreachMeeting, QualifiedCount.Exactly(168), QualifiedCount.About(9_000), Audience.Residents);
        Assert.Equal("Кроме того, проведено 168 информационно-разъяснительных встреч, в них приняли участие около 9000 жителей.", sentence);
    }
}
