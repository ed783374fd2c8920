using System.Linq;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Samples;

namespace Kz.Assembly.Domain.Tests.DataSetStore;

/// <summary>A region's totals are its bodies' figures by the data set's one rule (the database's rollups are checked
/// against this in the EF Core tests).</summary>
public class TotalsByRegionTests
{
    [Fact]
    public void The_articles_region_has_its_631_events_and_48_000_people_for_the_year_to_date()
    {
        RegionTotals turkistan = Assert.Single(TurkistanArticle2025.DataSet.TotalsByRegion(TurkistanArticle2025.YearToDate), t => t.Region == Regions.Turkistan);

        Assert.Equal(TurkistanArticle2025.DataSet.ReportedActivities(TurkistanArticle2025.TurkistanAssembly, TurkistanArticle2025.YearToDate, AssemblyActivityKind.Event), turkistan.Activities(AssemblyActivityKind.Event));
        Assert.Equal(QualifiedCount.Exactly(631), turkistan.Activities(AssemblyActivityKind.Event).Value);
        Assert.Equal(CoverageKind.Complete, turkistan.PeopleReached.Coverage.Kind);
        Assert.Equal(QualifiedCount.About(48_000), turkistan.PeopleReached.Value);
        Assert.StartsWith("KZ-61 ", turkistan.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Regions_come_in_code_order_and_a_kind_nobody_reported_has_no_value()
    {
        var totals = TurkistanArticle2025.DataSet.TotalsByRegion(TurkistanArticle2025.YearToDate);
        Assert.Equal(totals.Select(t => t.Region.Code).Order(System.StringComparer.Ordinal), totals.Select(t => t.Region.Code));
        Assert.Null(totals.Single(t => t.Region == Regions.Turkistan).Activities(AssemblyActivityKind.EthnomediationCase).Value);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => totals[0].Activities((AssemblyActivityKind)99));
    }
}
