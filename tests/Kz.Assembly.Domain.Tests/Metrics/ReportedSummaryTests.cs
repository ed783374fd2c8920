using System;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Tests.Support;

namespace Kz.Assembly.Domain.Tests.Metrics;

public class ReportedSummaryTests
{
    private static readonly Place Turkistan = Place.WholeRegion(Regions.Turkistan);

    [Fact]
    public void A_summary_without_tallies_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => ReportedSummary.Create(TurkistanArticle2025.TurkistanAssembly, Turkistan, TurkistanArticle2025.YearToDate, []));
        Assert.False(ReportedSummary.TryCreate(TurkistanArticle2025.TurkistanAssembly, Turkistan, TurkistanArticle2025.YearToDate, [], null, Audience.People, out _));
    }

    [Fact]
    public void A_kind_tallied_twice_is_rejected() =>
        Assert.Throws<ArgumentException>(() => ReportedSummary.Create(
            TurkistanArticle2025.TurkistanAssembly,
            Turkistan,
            TurkistanArticle2025.YearToDate,
            [new ActivityTally(AssemblyActivityKind.Event, QualifiedCount.Exactly(1)), new ActivityTally(AssemblyActivityKind.Event, QualifiedCount.Exactly(2))]));

    [Fact]
    public void A_regional_body_reports_on_its_own_region()
    {
        var exception = Assert.Throws<ArgumentException>(() => ReportedSummary.Create(
            TurkistanArticle2025.TurkistanAssembly,
            Place.WholeRegion(Regions.Shymkent),
            TurkistanArticle2025.YearToDate,
            [new ActivityTally(AssemblyActivityKind.Event, QualifiedCount.Exactly(1))]));
        Assert.Equal("place", exception.ParamName);
        Assert.Contains("KZ-79", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Totals_combine_qualifiers_and_unreported_kinds_are_unknown()
    {
        ReportedSummary summary = ReportedSummary.Create(
            TurkistanArticle2025.TurkistanAssembly,
            Turkistan,
            ReportingPeriod.CalendarYear(2025),
            [new ActivityTally(AssemblyActivityKind.Event, QualifiedCount.Exactly(631)), new ActivityTally(AssemblyActivityKind.AnniversaryEvent, QualifiedCount.MoreThan(2000))]);
        Assert.Equal(QualifiedCount.MoreThan(2631), summary.TotalActivities);
        Assert.Null(summary.ActivitiesOf(AssemblyActivityKind.SportsEvent));
        Assert.Null(summary.PeopleReached);
    }

    [Fact]
    public void Equality_compares_every_part()
    {
        ReportedSummary Make(long events) => ReportedSummary.Create(
            TurkistanArticle2025.TurkistanAssembly, Turkistan, TurkistanArticle2025.YearToDate,
            [new ActivityTally(AssemblyActivityKind.Event, QualifiedCount.Exactly(events))], QualifiedCount.About(39_000));
        EqualityContract.Holds(Make(631), Make(631), Make(632));
    }
}
