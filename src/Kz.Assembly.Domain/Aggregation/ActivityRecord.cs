using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Projects;
using NodaTime;

namespace Kz.Assembly.Domain.Aggregation;

/// <summary>
/// One raw row for bulk loading a <see cref="ParticipationLedger"/> from outside data (a CSV export, a database),
/// before it is known to be valid: the region is a code, the counts are plain. The builder validates each row and
/// names it in the error when it is not.
/// </summary>
/// <param name="RegionCode">The region's ISO 3166-2:KZ, KATO or legacy code (<c>KZ-61</c>).</param>
/// <param name="Date">The day the activity took place (for a summary, the last day of its period).</param>
/// <param name="Kind">The kind of activity.</param>
/// <param name="Activities">How many activities the row counts (1 for a single activity).</param>
/// <param name="PeopleReached">How many people they reached, or null when the row states none.</param>
/// <param name="Place">The district, city or village within the region, or null for the whole region.</param>
/// <param name="Project">The social project the row belongs to, or null.</param>
public readonly record struct ActivityRecord(
    string RegionCode,
    LocalDate Date,
    AssemblyActivityKind Kind,
    QualifiedCount Activities,
    QualifiedCount? PeopleReached,
    Place? Place = null,
    SocialProject? Project = null);
