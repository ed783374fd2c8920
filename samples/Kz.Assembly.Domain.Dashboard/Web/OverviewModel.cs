using System.Collections.Generic;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Localization.Profiles;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;

namespace Kz.Assembly.Domain.Dashboard.Web;

/// <summary>The national overview: the regions of the period (as they existed then) with their figures.</summary>
/// <param name="Language">The request's language.</param>
/// <param name="Title">The page's title.</param>
/// <param name="Period">The period shown.</param>
/// <param name="Regions">Each region of the period with its totals, or null when none of its bodies reported.</param>
public sealed record OverviewModel(LanguageProfile Language, string Title, ReportingPeriod Period, IReadOnlyList<(Region Region, RegionTotals? Totals)> Regions)
    : PageModel(Language, Title);
