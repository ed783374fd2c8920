using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Projects;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Aggregation;

/// <summary>
/// A row as one question sees it: the keys it groups by (the others left null) and one figure. Only ever part of a
/// query EF Core translates; never materialised.
/// </summary>
internal sealed class GroupedFigure
{
    public Region? Region { get; init; }

    public int? Year { get; init; }

    /// <summary>Year × 12 + month − 1, as <see cref="Tables.ActivityRow.MonthNumber"/>.</summary>
    public int? MonthNumber { get; init; }

    public AssemblyActivityKind? Kind { get; init; }

    public ActivityKindSet? Kinds { get; init; }

    public Id<SocialProject>? Project { get; init; }

    public long? Value { get; init; }

    public CountQualifier? Qualifier { get; init; }
}
