using System.Collections.Generic;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Dashboard.Data;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Localization.Profiles;

namespace Kz.Assembly.Domain.Dashboard.Web;

/// <summary>A region's page: its months in a year and its bodies' facts.</summary>
/// <param name="Language">The request's language.</param>
/// <param name="Title">The page's title.</param>
/// <param name="Region">The region.</param>
/// <param name="Year">The year of the monthly chart.</param>
/// <param name="Months">The months with activities.</param>
/// <param name="Bodies">The region's bodies with their facts.</param>
public sealed record RegionModel(LanguageProfile Language, string Title, Region Region, int Year, IReadOnlyList<MonthFigure> Months, IReadOnlyList<(AssemblyDataSet Data, AssemblyBody Body)> Bodies)
    : PageModel(Language, Title);
