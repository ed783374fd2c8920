using System;
using System.Text.Json;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Aggregation;
using Kz.Assembly.Domain.Council;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Text;
using NodaTime;
using Article = Kz.Assembly.Domain.Samples.TurkistanArticle2025;

namespace Kz.Assembly.Domain.Tests.Localization;

/// <summary>What the hidden fuzz harness and a new user found in v2, each pinned: a crash, a value that changed on its
/// way through JSON, and exceptions the XML docs did not list.</summary>
public class FuzzFindingsTests
{
    [Fact]
    public void DomainText_formats_NodaTime_values_as_the_provider_does()
    {
        var date = new LocalDate(2025, 4, 24);
        Assert.Equal("2025 жылғы 24 сәуір", DomainText.Format(date, "kk"));
        Assert.Equal(string.Format(DomainFormatProvider.For("kk"), "{0}", date), DomainText.Format(date, "kk"));
        LocalDateTime evening = date.At(new LocalTime(18, 30));
        Assert.Equal(string.Format(DomainFormatProvider.For("ru"), "{0}", evening), DomainText.Format(evening, "ru"));
        Instant instant = Instant.FromUtc(2025, 4, 24, 13, 30);
        Assert.Equal(string.Format(DomainFormatProvider.For("en"), "{0}", instant), DomainText.Format(instant, "en"));
        Assert.Equal("Friday", DomainText.Format(DayOfWeek.Friday, "kk")); // an enum the library has no text for
    }

    // Built here, not in [InlineData]: xunit's theory data would turn a lone surrogate into U+FFFD before the test.
    [Theory]
    [InlineData(4, 0xD800)]
    [InlineData(0, 0xDC00)]
    [InlineData(2, 0xD800)]
    public void A_lone_surrogate_is_not_text(int at, int surrogate)
    {
        string broken = "Абай".Insert(at, ((char)surrogate).ToString());
        var exception = Assert.Throws<ArgumentException>(() => LocalizedText.Create(broken, "Абай", "Abai"));
        Assert.Contains("lone surrogate", exception.Message, StringComparison.Ordinal);
        Assert.Equal("kazakh", exception.ParamName);
        Assert.False(LocalizedText.TryCreate("Абай", broken, "Abai", out _));
        Assert.Throws<ArgumentException>(() => LocalizedText.Invariant(broken));
    }

    [Fact]
    public void A_surrogate_pair_is_text_and_survives_JSON()
    {
        LocalizedText text = LocalizedText.Create("Абай 😀", "Абай 😀", "Abai 😀");
        Assert.Equal(text, JsonSerializer.Deserialize<LocalizedText>(JsonSerializer.Serialize(text)));
    }

    [Fact]
    public void A_custom_period_of_another_calendar_is_the_documented_ArgumentException()
    {
        var julian = new LocalDate(2025, 4, 24, CalendarSystem.Julian);
        var exception = Assert.Throws<ArgumentException>(() => ReportingPeriod.Custom(new LocalDate(2025, 1, 1), julian));
        Assert.Contains("ISO calendar", exception.Message, StringComparison.Ordinal);
        Assert.False(ReportingPeriod.TryCustom(new LocalDate(2025, 1, 1), julian, out _));
    }

    [Fact]
    public void A_term_asked_about_a_day_of_another_calendar_says_so_in_the_domains_words()
    {
        Term term = Term.Create(new LocalDate(2024, 1, 1), null);
        var julian = new LocalDate(2025, 4, 24, CalendarSystem.Julian);
        var exception = Assert.Throws<ArgumentException>(() => term.Contains(julian));
        Assert.Contains("ISO calendar", exception.Message, StringComparison.Ordinal);
        Assert.Equal("date", exception.ParamName);
        CouncilMembership member = Samples.KaragandaDataSetTests.Build().Councils[0].Memberships[0];
        Assert.Throws<ArgumentException>(() => member.IsServingOn(julian));
        Assert.True(term.Contains(new LocalDate(2025, 4, 24)));
    }

    [Fact]
    public void A_representation_dated_before_1995_is_the_documented_ArgumentOutOfRangeException()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() =>
            RepresentationFact.Create(Article.Apk, Chamber.Senate, 5, new LocalDate(1994, 12, 31)));
        Assert.Equal("asOf", exception.ParamName);
        Assert.Contains("1994-12-31", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ledger_refuses_the_65537th_place_with_the_documented_exception_and_TryAppend_does_not_throw()
    {
        var builder = new ParticipationLedgerBuilder();
        var day = new LocalDate(2025, 1, 1);
        for (int i = 0; i <= ushort.MaxValue; i++)
        {
            builder.Append(new ActivityRecord("KZ-61", day, AssemblyActivityKind.Event, QualifiedCount.Exactly(1), null, Place: Place(i)));
        }

        var record = new ActivityRecord("KZ-61", day, AssemblyActivityKind.Event, QualifiedCount.Exactly(1), null, Place: Place(ushort.MaxValue + 1));
        var exception = Assert.Throws<InvalidOperationException>(() => builder.Append(record));
        Assert.Contains("65536 distinct places", exception.Message, StringComparison.Ordinal);
        Assert.False(builder.TryAppend(record));
        Assert.True(builder.TryAppend(new ActivityRecord("KZ-61", day, AssemblyActivityKind.Event, QualifiedCount.Exactly(1), null, Place: Place(7)))); // a known place still fits
        Assert.Equal(ushort.MaxValue + 2, builder.Count);
    }

    private static Kz.Assembly.Domain.Geography.Place Place(int i) => Kz.Assembly.Domain.Geography.Place.Within(
        Kz.Assembly.Domain.Geography.Regions.Turkistan, Kz.Assembly.Domain.Geography.PlaceKind.Village, LocalizedText.Create($"Ауыл {i}", $"Аул {i}", $"Village {i}"));
}
