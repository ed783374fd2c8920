using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Projects;

namespace Kz.Assembly.Domain.Aggregation;

/// <summary>
/// One group of an <see cref="AggregateTable"/>: its keys (null for a dimension the query did not group by) and its
/// totals. Immutable value.
/// </summary>
/// <param name="Region">The region, or null when not grouped by region.</param>
/// <param name="Place">The place within the region, or null when not grouped by district.</param>
/// <param name="Project">The project, or null when not grouped by project or for records without one.</param>
/// <param name="Kind">The kind of activity, or null when not grouped by kind or for a joint reach.</param>
/// <param name="Kinds">The kinds the group's figures belong to when grouped by kind: one kind, or for a joint reach
/// («631 events and 49 charity actions reached about 39 000 people») the set it was reported for, never split among
/// its members; null when not grouped by kind.</param>
/// <param name="Period">The time bucket, or null when not grouped by time.</param>
/// <param name="Records">How many ledger records fell into the group.</param>
/// <param name="Activities">The total of activities, qualifiers combined.</param>
/// <param name="PeopleReached">The total of people reached over the records that state it, or null when none does;
/// "at least" that total when some activity's attendance is unknown.</param>
public readonly record struct AggregateRow(
    Region? Region,
    Place? Place,
    SocialProject? Project,
    AssemblyActivityKind? Kind,
    ActivityKindSet? Kinds,
    ReportingPeriod? Period,
    int Records,
    QualifiedCount Activities,
    QualifiedCount? PeopleReached);
