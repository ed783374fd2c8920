using System;
using System.Globalization;
using System.Linq;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Localization;

/// <summary>One row per concern, one column per language: the table in docs/localization.md.</summary>
public class CrossLanguageTests
{
    public static TheoryData<string, string, string, string> Rows => new()
    {
        { "count about 39000", Q(QualifiedCount.About(39_000), "kk"), Q(QualifiedCount.About(39_000), "ru"), Q(QualifiedCount.About(39_000), "en") },
        { "date", DateText.Format(new LocalDate(2025, 4, 24), "kk"), DateText.Format(new LocalDate(2025, 4, 24), "ru"), DateText.Format(new LocalDate(2025, 4, 24), "en") },
        { "session", SessionText.Format(SessionNumber.Create(27), "kk"), SessionText.Format(SessionNumber.Create(27), "ru"), SessionText.Format(SessionNumber.Create(27), "en") },
        { "year to date", PeriodText.Format(ReportingPeriod.YearToDate(new LocalDate(2025, 4, 24)), "kk"), PeriodText.Format(ReportingPeriod.YearToDate(new LocalDate(2025, 4, 24)), "ru"), PeriodText.Format(ReportingPeriod.YearToDate(new LocalDate(2025, 4, 24)), "en") },
        { "region", DomainText.Format(Regions.Turkistan, "kk"), DomainText.Format(Regions.Turkistan, "ru"), DomainText.Format(Regions.Turkistan, "en") },
        { "activity kind", DomainText.Format(AssemblyActivityKind.CharityAction, "kk"), DomainText.Format(AssemblyActivityKind.CharityAction, "ru"), DomainText.Format(AssemblyActivityKind.CharityAction, "en") },
    };

    private static string Q(QualifiedCount count, string culture) => QuantityText.Format(count, culture);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Every_concern_has_distinct_text_in_each_language(string concern, string kk, string ru, string en)
    {
        Assert.False(string.IsNullOrWhiteSpace(kk), concern);
        Assert.False(string.IsNullOrWhiteSpace(ru), concern);
        Assert.False(string.IsNullOrWhiteSpace(en), concern);
        Assert.NotEqual(kk, en);
        Assert.NotEqual(ru, en);
    }

    [Fact]
    public void The_table_matches_the_documented_examples()
    {
        var rows = Rows.Select(r => (string)r[0] + " | " + r[1] + " | " + r[2] + " | " + r[3]);
        Snapshooter.Xunit.Snapshot.Match(string.Join("\n", rows));
    }

    [Fact]
    public void Format_providers_choose_the_language_without_OS_culture_data()
    {
        Assert.Equal("қайырымдылық акциясы", string.Format(DomainFormatProvider.For("kk"), "{0}", AssemblyActivityKind.CharityAction));
        Assert.Equal("Туркестанская область", string.Format(DomainFormatProvider.For("ru-KZ"), "{0}", Regions.Turkistan));
        Assert.Equal("XXVII сессия", SessionNumber.Create(27).ToString("S", DomainFormatProvider.For(Language.Kazakh)));
        Assert.Equal("27th session", SessionNumber.Create(27).ToString("S", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Undefined_enum_values_are_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DomainText.Of((AssemblyActivityKind)42));
}
