using System;
using System.Linq;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Aggregation;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Aggregation;

/// <summary>The ledger's edges, each once broken: capacity, overflow on threads and in the scan, other calendars, and
/// raw rows with their place and project.</summary>
public class LedgerEdgeTests
{
    [Fact]
    public void The_65537th_distinct_place_is_a_clear_error_not_a_bare_overflow()
    {
        var builder = new ParticipationLedgerBuilder();
        for (int i = 0; i < ushort.MaxValue + 1; i++)
        {
            var place = Place.Within(Regions.Turkistan, PlaceKind.Village, LocalizedText.Invariant($"V{i}"));
            builder.Append(new ActivityRecord("KZ-61", new LocalDate(2025, 1, 1), AssemblyActivityKind.Event, QualifiedCount.Exactly(1), null, place));
        }

        var extra = Place.Within(Regions.Turkistan, PlaceKind.Village, LocalizedText.Invariant("One too many"));
        var exception = Assert.Throws<InvalidOperationException>(() =>
            builder.Append(new ActivityRecord("KZ-61", new LocalDate(2025, 1, 1), AssemblyActivityKind.Event, QualifiedCount.Exactly(1), null, extra)));
        Assert.Contains("65536 distinct places", exception.Message, StringComparison.Ordinal);
        Assert.Contains("One too many", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overflow_on_two_threads_throws_what_one_thread_throws()
    {
        var builder = new ParticipationLedgerBuilder();
        builder.Append(new ActivityRecord("KZ-61", new LocalDate(2025, 1, 1), AssemblyActivityKind.Event, QualifiedCount.Exactly(long.MaxValue - 1), null));
        builder.Append(new ActivityRecord("KZ-61", new LocalDate(2025, 1, 2), AssemblyActivityKind.Event, QualifiedCount.Exactly(2), null));
        for (int i = 0; i < 600_000; i++)
        {
            builder.Append(new ActivityRecord("KZ-75", new LocalDate(2025, 2, 1), AssemblyActivityKind.Event, QualifiedCount.Exactly(1), null));
        }

        var ledger = builder.ToLedger();
        var single = Assert.Throws<OverflowException>(() => ledger.Aggregate(AggregationQuery.By(Dimensions.Region)));
        var parallel = Assert.Throws<OverflowException>(() => ledger.Aggregate(AggregationQuery.By(Dimensions.Region), maxDegreeOfParallelism: 2));
        Assert.Equal(single.Message, parallel.Message);
        Assert.Contains("Record #1", parallel.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_scan_is_checked_too()
    {
        var builder = new ParticipationLedgerBuilder();
        builder.Append(new ActivityRecord("KZ-61", new LocalDate(2025, 1, 1), AssemblyActivityKind.Event, QualifiedCount.Exactly(long.MaxValue), null));
        builder.Append(new ActivityRecord("KZ-61", new LocalDate(2025, 1, 2), AssemblyActivityKind.Event, QualifiedCount.Exactly(1), null));
        Assert.Throws<OverflowException>(() => builder.ToLedger().Scan());
    }

    [Theory]
    [MemberData(nameof(OtherCalendars))]
    public void Dates_of_other_calendars_are_rejected_in_queries_and_rows(string calendarId)
    {
        CalendarSystem calendar = CalendarSystem.ForId(calendarId);
        LocalDate date = new LocalDate(2025, 4, 24).WithCalendar(calendar);
        var exception = Assert.ThrowsAny<ArgumentException>(() => AggregationQuery.ByYearToDate(Dimensions.Region, date));
        Assert.Contains("WithCalendar(CalendarSystem.Iso)", exception.Message, StringComparison.Ordinal);
        var builder = new ParticipationLedgerBuilder();
        Assert.False(builder.TryAppend(new ActivityRecord("KZ-61", date, AssemblyActivityKind.Event, QualifiedCount.Exactly(1), null)));
        Assert.Equal(0, builder.Count);
    }

    public static TheoryData<string> OtherCalendars => new(Kz.Assembly.Domain.Tests.Support.Generators.OtherCalendars.Select(c => c.Id));

    [Fact]
    public void Raw_rows_keep_their_place_and_project()
    {
        var project = TurkistanArticle2025.DataSet.ProjectsOf(TurkistanArticle2025.TurkistanAssembly)[0];
        var district = Place.Within(Regions.Turkistan, PlaceKind.District, LocalizedText.Create("Сайрам ауданы", "Сайрамский район", "Sairam District"));
        var builder = new ParticipationLedgerBuilder()
            .Append(new ActivityRecord("KZ-61", new LocalDate(2025, 3, 1), AssemblyActivityKind.Event, QualifiedCount.Exactly(4), QualifiedCount.Exactly(80), district, project))
            .Append(new ActivityRecord("KZ-61", new LocalDate(2025, 3, 2), AssemblyActivityKind.Event, QualifiedCount.Exactly(1), null));
        var rows = builder.ToLedger().Aggregate(AggregationQuery.By(Dimensions.District | Dimensions.Project));
        Assert.Contains(rows, r => r.Place == district && r.Project == project && r.Activities == QualifiedCount.Exactly(4));
        Assert.Contains(rows, r => r.Place == Place.WholeRegion(Regions.Turkistan) && r.Project is null);

        Assert.False(builder.TryAppend(new ActivityRecord("KZ-75", new LocalDate(2025, 3, 1), AssemblyActivityKind.Event, QualifiedCount.Exactly(1), null, district)));
        Assert.False(builder.TryAppend(new ActivityRecord("KZ-75", new LocalDate(2025, 3, 1), AssemblyActivityKind.Event, QualifiedCount.Exactly(1), null, null, project)));
    }
}
