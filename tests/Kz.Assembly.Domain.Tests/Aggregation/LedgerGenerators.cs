using System.Linq;
using CsCheck;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Aggregation;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Tests.Support;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Aggregation;

internal static class LedgerGenerators
{
    // Dates cluster on the edges that break bucketing: year ends, quarter ends, leap day, the 2024-03-01 zone change.
    private static readonly LocalDate[] EdgeDates =
    [
        new(2023, 12, 31), new(2024, 1, 1), new(2024, 2, 29), new(2024, 3, 1), new(2024, 3, 31), new(2024, 4, 1),
        new(2024, 6, 30), new(2024, 7, 1), new(2024, 12, 31), new(2025, 1, 1), new(2025, 4, 24), new(1995, 3, 1),
    ];

    public static readonly Gen<LocalDate> Date = Gen.Frequency(
        (1, Gen.OneOf(EdgeDates)),
        (2, Gen.Int[0, 4 * 366].Select(d => new LocalDate(2022, 1, 1).PlusDays(d))));

    public static readonly Gen<ActivityRecord> Record =
        Gen.Int[0, Region.All.Count - 1].Select(Date, Gen.Enum<AssemblyActivityKind>(), Generators.SmallCount, Generators.SmallCount.Nullable())
            .Where(t => Region.All[t.Item1].ExistedOn(t.Item2))
            .Select(t => new ActivityRecord(Region.All[t.Item1].Code, t.Item2, t.Item3, t.Item4, t.Item5));

    public static readonly Gen<ActivityRecord[]> Records = Gen.Frequency(
        (1, Gen.Const(System.Array.Empty<ActivityRecord>())),
        (2, Record.Array[1, 1]),
        (2, Record.Select(r => Enumerable.Repeat(r, 5).ToArray())),
        (10, Record.Array[0, 300]));

    public static ParticipationLedger Ledger(ActivityRecord[] records)
    {
        var builder = new ParticipationLedgerBuilder();
        foreach (ActivityRecord record in records)
        {
            builder.Append(record);
        }

        return builder.ToLedger();
    }
}
