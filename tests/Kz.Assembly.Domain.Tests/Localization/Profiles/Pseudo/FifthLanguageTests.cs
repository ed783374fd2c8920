using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Localization.Profiles;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Localization.Profiles.Pseudo;

/// <summary>
/// The fifth language (<see cref="PseudoProfile"/>) reaches every public formatter through its registration alone:
/// each result is the profile's own text in its script, for <c>qaa</c> and for a regional name under it.
/// </summary>
public class FifthLanguageTests
{
    private static readonly PseudoProfile Profile = PseudoProfile.Registered;

    [Theory]
    [InlineData("qaa")]
    [InlineData("qaa-KZ")]
    [InlineData("QAA_kz")]
    public void The_tag_and_culture_names_under_it_resolve_to_the_new_language(string cultureName) =>
        Assert.Same(Profile, LanguageProfiles.Resolve(cultureName));

    [Fact]
    public void Every_formatter_writes_its_text()
    {
        const string Name = "qaa-KZ";
        LocalDate day = new(2025, 4, 24);
        Assert.Equal("[24 môñth 4 2025]", DateText.Format(day, Name));
        Assert.Equal("[môñth 4]", DateText.MonthName(4, Name));
        Assert.Equal("[åbôût 39'000]", QuantityText.Format(QualifiedCount.About(39_000), Name));
        Assert.Equal("[631 évéñts]", QuantityText.FormatCounted(QualifiedCount.Exactly(631), DomainText.Noun(AssemblyActivityKind.Event), Name));
        Assert.Equal("[1'234'567]", QuantityText.Digits(1_234_567, Name));
        Assert.Equal("[thîrty-fôûr]", NumberWords.ToWords(34, Name));
        Assert.Equal("[34th]", NumberWords.ToOrdinalDigits(34, Name));
        Assert.Equal("[Dûrîñg 1 môñth 1 2025 – 24 môñth 4 2025]", PeriodText.Format(TurkistanArticle2025.YearToDate, Name));
        Assert.Equal("[séssîôñ XXVII]", SessionText.Format(SessionNumber.Create(27), Name));
        Assert.StartsWith("[séssîôñ XXVII ôf Tûrkîståñ", SessionText.Heading(TurkistanArticle2025.RegionalSession, Name), System.StringComparison.Ordinal);
        Assert.Equal("[Dûrîñg 1 môñth 1 2025 – 24 môñth 4 2025: 631 évéñts åñd 49 chårîty åctîôñs.]",
            ParticipationReport.Sentence(System.Linq.Enumerable.First(TurkistanArticle2025.DataSet.SummariesOf(TurkistanArticle2025.TurkistanAssembly, TurkistanArticle2025.YearToDate)), Name));
        Assert.Equal(PluralCategory.Two, PluralRules.Ordinal(Name, 22));
    }

    [Fact]
    public void Stored_text_comes_through_the_fallback_chain_in_the_new_script()
    {
        // Names, themes and enum texts are stored in kk, ru and en; the new language declared English its fallback.
        DomainFormatProvider provider = DomainFormatProvider.For("qaa");
        Assert.Equal(Language.English, provider.Language);
        Assert.Equal("[évéñt]", DomainText.Format(AssemblyActivityKind.Event, "qaa"));
        Assert.Equal("[évéñt]", string.Format(provider, "{0}", AssemblyActivityKind.Event));
        Assert.Equal("[Tûrkîståñ Régîôñ]", Region.FromCode("KZ-61").Name.In("qaa"));
        Assert.Equal("[Tûrkîståñ Régîôñ]", Region.FromCode("KZ-61").ToString(null, provider));
        Assert.Equal("[24 môñth 4 2025]", string.Format(provider, "{0}", new LocalDate(2025, 4, 24)));
    }

    [Fact]
    public void A_second_registration_of_a_tag_is_refused_and_the_first_stays()
    {
        _ = Profile;
        var exception = Assert.Throws<System.ArgumentException>(() => LanguageProfiles.Register(LanguageProfiles.Resolve("qaa")));
        Assert.Contains("'qaa'", exception.Message, System.StringComparison.Ordinal);
        Assert.Same(Profile, LanguageProfiles.Resolve("qaa"));
        Assert.Contains(Profile, LanguageProfiles.All);
    }
}
