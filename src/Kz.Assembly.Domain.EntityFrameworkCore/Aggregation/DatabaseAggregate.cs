using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Projects;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Aggregation;

/// <summary>
/// One group computed by the database: its keys (null for a dimension the query did not group by) and its totals,
/// with the same meaning as the in-memory ledger's <see cref="Kz.Assembly.Domain.Aggregation.AggregateRow"/>.
/// </summary>
/// <param name="Region">The region, or null when not grouped by region.</param>
/// <param name="Year">The year, or null when not grouped by time.</param>
/// <param name="Month">The month (1–12), or null when not grouped by month.</param>
/// <param name="Kind">The kind of activity, or null when not grouped by a single kind.</param>
/// <param name="Kinds">For a joint reach, the kinds it was reported for together; else null.</param>
/// <param name="Project">The project when grouped by project (null for the activities of none).</param>
/// <param name="Records">How many rows fell into the group.</param>
/// <param name="PeopleReached">The people reached over the rows that state it, qualifiers combined; "at least" that
/// when some row's figure is unknown; null when none states it.</param>
public sealed record DatabaseAggregate(
    Region? Region,
    int? Year,
    int? Month,
    AssemblyActivityKind? Kind,
    ActivityKindSet? Kinds,
    Id<SocialProject>? Project,
    long Records,
    QualifiedCount? PeopleReached);
