using System.Linq;
using Kz.Assembly.Domain.Localization.Profiles;
using Kz.Assembly.Domain.Reading;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Localization.Profiles.Kyrgyz;

/// <summary>
/// A language registered from outside the package is read as well as written: a Kyrgyz report, read with the Kyrgyz
/// profile's <see cref="ReadingVocabulary"/>, its number, qualifier and scale words and its own region names, states the
/// same facts as the same report in Kazakh.
/// </summary>
public class KyrgyzReadingTests
{
    private static readonly LocalDate Published = new(2025, 5, 20);

    private const string Kazakh =
        "Түркістан облыстық Қазақстан халқы Ассамблеясының XXXV сессиясы өтті.\n"
        + "Жыл басынан бері облыстық ассамблея 450-ден астам іс-шара өткізді, оларға 39 мыңға жуық адам қатысты. "
        + "Соның ішінде 49 қайырымдылық акциясы ұйымдастырылды.";

    private const string Kyrgyz =
        "Түркстан облустук Казакстан элинин Ассамблеясынын XXXV сессиясы өттү.\n"
        + "Жыл башынан бери облустук ассамблея 450-дөн ашык иш-чара өткөрдү, аларга 39 миңге жакын адам катышты. "
        + "Анын ичинде 49 кайрымдуулук акциясы уюштурулду.";

    private static readonly LanguageProfile Profile = KyrgyzProfile.Registered;

    [Fact]
    public void A_kyrgyz_report_states_the_facts_of_its_kazakh_translation()
    {
        string[] kazakh = Facts(ReportReader.Read(Kazakh, Published, "kk"));
        ReportReading kyrgyz = ReportReader.Read(Kyrgyz, Published, Profile.Tag);

        Assert.Equal("ky", kyrgyz.Language);
        Assert.Equal(3, kazakh.Length);
        Assert.Equal(kazakh, Facts(kyrgyz));
    }

    [Fact]
    public void A_kyrgyz_report_is_detected_as_kyrgyz_and_read_in_it()
    {
        ReportReading reading = ReportReader.Read(Kyrgyz, Published);
        Assert.Equal("ky", reading.Language);
        Assert.Equal(Facts(ReportReader.Read(Kyrgyz, Published, "ky-KG")), Facts(reading));
    }

    [Fact]
    public void The_region_is_found_by_the_languages_own_name_and_the_fallback_is_explicit()
    {
        Kz.Assembly.Domain.Geography.Region turkistan = Kz.Assembly.Domain.Geography.Region.FromCode("KZ-61");
        Assert.True(Profile.HasOwnText(turkistan.Name));
        Assert.Equal("Түркстан облусу", Profile.Text(turkistan.Name));

        Kz.Assembly.Domain.Geography.Region akmola = Kz.Assembly.Domain.Geography.Region.FromCode("KZ-11");
        Assert.False(Profile.HasOwnText(akmola.Name));
        Assert.Equal(akmola.Name.Russian, Profile.Text(akmola.Name));
    }

    [Fact]
    public void Without_its_reading_words_the_figures_of_a_kyrgyz_report_are_not_read_as_kazakh()
    {
        // The same text given as Uzbek, a language with no registered profile, states nothing.
        ReportReading reading = ReportReader.Read(Kyrgyz, Published, "uz");
        Assert.Empty(reading.Facts);
        Assert.Equal(MentionKind.Language, Assert.Single(reading.Unplaced).Kind);
    }

    private static string[] Facts(ReportReading reading) => [.. reading.Facts.Select(fact => fact.ToString().Split(" ← ")[0])];
}
