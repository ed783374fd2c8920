using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Metrics;
using NodaTime;

namespace Kz.Assembly.Domain;

/// <summary>
/// A body's individual activities of one kind on one day, added up: what <see cref="PeriodQuery"/> needs of them,
/// since its rule looks at an activity's day and kind only. Built from activities in memory, or read from the
/// database's daily rollup.
/// </summary>
/// <param name="Date">The day.</param>
/// <param name="Kind">The kind.</param>
/// <param name="Activities">How many activities (at least 1).</param>
/// <param name="Participants">The known attendance summed, qualifiers combined; null when no activity's is known.</param>
/// <param name="UnknownAttendance">How many of the activities have no known attendance.</param>
internal readonly record struct DayTally(LocalDate Date, AssemblyActivityKind Kind, long Activities, QualifiedCount? Participants, long UnknownAttendance)
{
    internal static ImmutableArray<DayTally> Of(IEnumerable<AssemblyActivity> activities) =>
        [.. activities
            .GroupBy(a => (a.Date, a.Kind))
            .Select(day => new DayTally(
                day.Key.Date,
                day.Key.Kind,
                day.LongCount(),
                day.Any(a => a.Participants is not null) ? QualifiedCount.Sum(day.Where(a => a.Participants is not null).Select(a => a.Participants!.Value)) : null,
                day.LongCount(a => a.Participants is null)))];
}
