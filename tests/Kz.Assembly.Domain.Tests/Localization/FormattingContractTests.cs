using System;
using System.Globalization;
using System.Linq;
using CsCheck;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Tests.Localization;

/// <summary>
/// The formatting contract (docs/formatting.md), for every formattable domain type: <c>ToString()</c> is the invariant
/// form and equals <c>ToString("G", InvariantCulture)</c> and an interpolation with the invariant culture; with a
/// language, <c>ToString(null, p)</c>, interpolation, <c>string.Format</c> and <see cref="DomainText.Format"/> agree;
/// a null provider is the current culture.
/// </summary>
public class FormattingContractTests
{
    private static readonly string[] Tags = ["kk", "kk-Latn", "ru", "en"];

    public static TheoryData<string, IFormattable> Values() => new()
    {
        { "Region", Regions.Turkistan },
        { "AssemblyBody", TurkistanArticle2025.TurkistanAssembly },
        { "Place (region)", Place.WholeRegion(Regions.Turkistan) },
        { "Place (district)", Place.Within(Regions.Turkistan, PlaceKind.District, LocalizedText.Create("Сайрам ауданы", "Сайрамский район", "Sairam District")) },
        { "Person", TurkistanArticle2025.RegionalAkim },
        { "SocialProject", TurkistanArticle2025.DataSet.Projects[0] },
        { "LocalizedText", LocalizedText.Create("іс-шара", "мероприятие", "event") },
        { "SessionNumber", SessionNumber.Create(27) },
        { "Session", TurkistanArticle2025.RegionalSession },
        { "QualifiedCount", QualifiedCount.About(12_000) },
        { "ReportingPeriod (year to date)", ReportingPeriod.YearToDate(TurkistanArticle2025.AsOf) },
        { "ReportingPeriod (quarter)", ReportingPeriod.Quarter(2025, 2) },
        { "Anniversary", TurkistanArticle2025.Apk.AnniversaryIn(2025) },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void ToString_is_the_invariant_form_by_every_path(string type, IFormattable value)
    {
        string invariant = value.ToString()!;
        Assert.Equal(invariant, value.ToString(null, CultureInfo.InvariantCulture));
        Assert.Equal(invariant, value.ToString("G", CultureInfo.InvariantCulture));
        Assert.Equal(invariant, string.Create(CultureInfo.InvariantCulture, $"{value}"));
        Assert.Equal(invariant, FormattableString.Invariant($"{value}"));
        Assert.False(string.IsNullOrEmpty(type));
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void A_language_gives_the_same_text_by_every_path(string type, IFormattable value)
    {
        foreach (string tag in Tags)
        {
            DomainFormatProvider provider = DomainFormatProvider.For(tag);
            string text = value.ToString(null, provider);
            Assert.Equal(text, string.Create(provider, $"{value}"));
            Assert.Equal(text, string.Format(provider, "{0}", value));
            Assert.Equal(text, DomainText.Format(value, tag));
            Assert.Equal(text, value.ToString(null, new CultureNamed(tag)));
        }

        Assert.False(string.IsNullOrEmpty(type));
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void A_null_provider_is_the_current_culture(string type, IFormattable value)
    {
        CultureInfo before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Assert.Equal(value.ToString(), $"{value}");
            Assert.Equal(value.ToString(), value.ToString(null, null));
            CultureInfo.CurrentCulture = new CultureNamed("ru-KZ");
            Assert.Equal(value.ToString(null, DomainFormatProvider.For("ru")), $"{value}");
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }

        Assert.False(string.IsNullOrEmpty(type));
    }

    [Fact]
    public void The_cases_the_issue_found_disagreeing_now_agree()
    {
        CultureInfo kk = new CultureNamed("kk");
        Assert.Equal("12 мыңға жуық", string.Create(kk, $"{QualifiedCount.About(12000)}"));
        Assert.Equal("Жыл басынан бері", string.Create(kk, $"{ReportingPeriod.YearToDate(new NodaTime.LocalDate(2025, 6, 30))}"));
        Region region = Regions.Turkistan;
        Assert.Equal(region.ToString(), region.ToString(null, CultureInfo.InvariantCulture));
        Assert.Equal("Түркістан облысы", string.Create(kk, $"{region}"));
    }

    [Fact]
    public void Counts_format_through_IFormattable_in_every_style_and_read_back() =>
        Gen.Select(Gen.Long[0, 5_000_000_000], Gen.Enum<CountQualifier>(), Gen.OneOf("G", "D", "W"), Gen.OneOf(Tags))
            .Sample((value, qualifier, format, tag) =>
            {
                QualifiedCount count = QualifiedCount.Create(value, qualifier);
                string text = count.ToString(format, DomainFormatProvider.For(tag));
                Assert.Equal(count, QuantityPhrase.Parse(text, tag));
                Assert.Equal(count, QualifiedCount.Parse(count.ToString(format, CultureInfo.InvariantCulture)));
            });

    [Fact]
    public void Unknown_formats_are_refused_with_the_formats_named()
    {
        Assert.Contains("\"D\"", Assert.Throws<FormatException>(() => QualifiedCount.About(1).ToString("X", null)).Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => ReportingPeriod.CalendarYear(2025).ToString("X", null));
        Assert.Throws<FormatException>(() => TurkistanArticle2025.RegionalSession.ToString("X", null));
    }

    /// <summary>A culture known by its name alone, as under InvariantGlobalization (no OS data needed).</summary>
    private sealed class CultureNamed(string name) : CultureInfo(string.Empty)
    {
        public override string Name => name;
    }
}
