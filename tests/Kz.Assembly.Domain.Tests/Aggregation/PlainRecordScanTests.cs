using System;
using System.Linq;
using CsCheck;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Aggregation;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Aggregation;

/// <summary>
/// The scan of a ledger whose records are mostly plain (one exactly counted activity, exactly counted people) counts
/// them without reading their activities and qualifiers, and reads the irregular ones from their own list: the table
/// must be the one the rollups (added record by record) give, on one thread and in parts, and an overflow must still
/// name its record.
/// </summary>
public class PlainRecordScanTests
{
    private static readonly Gen<ActivityRecord> Plain =
        Gen.Int[0, Region.All.Count - 1].Select(LedgerGenerators.Date, Gen.Enum<AssemblyActivityKind>(), Gen.Long[0, 5_000])
            .Where(t => Region.All[t.Item1].ExistedOn(t.Item2))
            .Select(t => new ActivityRecord(Region.All[t.Item1].Code, t.Item2, t.Item3, QualifiedCount.Exactly(1), QualifiedCount.Exactly(t.Item4)));

    // Mostly plain, with every kind of irregular record among them: other activity counts, qualifiers, unknown people.
    private static readonly Gen<ActivityRecord> MostlyPlain = Gen.Frequency((9, Plain), (1, LedgerGenerators.Record));

    private static readonly Gen<AggregationQuery> Queries =
        Gen.Int[0, 7].Select(Gen.Int[0, 4], LedgerGenerators.Date, Gen.Int[0, 400], Gen.Int[0, 3]).Select(t =>
        {
            (int dimensions, int bucket, LocalDate date, int length, int filter) = t;
            AggregationQuery query = AggregationQuery.By((Dimensions)dimensions, (PeriodBucket)bucket);
            return filter switch
            {
                1 => query.Within(ReportingPeriod.Custom(date, date.PlusDays(length))),
                2 => query.OnlyKinds(AssemblyActivityKind.Event, (AssemblyActivityKind)(length % 7)),
                3 => query.OnlyRegions(Region.All[length % Region.All.Count]),
                _ => query,
            };
        });

    [Fact]
    public void A_mostly_plain_ledger_scans_to_what_its_rollups_hold() =>
        MostlyPlain.Array[0, 400].Select(Queries.Array[1, 6]).Sample((records, queries) =>
        {
            ParticipationLedger ledger = LedgerGenerators.Ledger(records);
            foreach (AggregationQuery query in queries)
            {
                Assert.Equal(Rows(ledger.Aggregate(query)), Rows(ledger.AggregateByScan(query)));
            }
        }, iter: 300);

    [Fact]
    public void A_mostly_plain_ledger_scans_in_parts_as_on_one_thread()
    {
        var random = new Random(11);
        var builder = new ParticipationLedgerBuilder();
        for (int i = 0; i < 600_000; i++)
        {
            bool plain = random.Next(10) > 0;
            builder.Append(new ActivityRecord(
                Region.All[random.Next(Region.All.Count)].Code,
                new LocalDate(2024, 1, 1).PlusDays(random.Next(731)),
                (AssemblyActivityKind)random.Next(7),
                plain ? QualifiedCount.Exactly(1) : QualifiedCount.Create(random.Next(0, 5), (CountQualifier)random.Next(5)),
                plain ? QualifiedCount.Exactly(random.Next(1000)) : random.Next(3) == 0 ? null : QualifiedCount.About(random.Next(1000))));
        }

        ParticipationLedger ledger = builder.ToLedger();
        var query = AggregationQuery.By(Dimensions.Region | Dimensions.Kind, PeriodBucket.Month);
        string[] rollups = Rows(ledger.Aggregate(query));
        Assert.Equal(rollups, Rows(ledger.AggregateByScan(query)));
        Assert.Equal(rollups, Rows(ledger.AggregateByScan(query, maxDegreeOfParallelism: 2)));
    }

    [Fact]
    public void Plain_records_that_overflow_an_irregular_ones_activities_name_the_record()
    {
        var builder = new ParticipationLedgerBuilder();
        builder.Append(new ActivityRecord("KZ-61", new LocalDate(2025, 1, 1), AssemblyActivityKind.Event, QualifiedCount.Exactly(long.MaxValue), QualifiedCount.Exactly(1)));
        for (int i = 0; i < 10; i++)
        {
            builder.Append(new ActivityRecord("KZ-61", new LocalDate(2025, 1, 2), AssemblyActivityKind.Event, QualifiedCount.Exactly(1), QualifiedCount.Exactly(1)));
        }

        var exception = Assert.Throws<OverflowException>(() => builder.ToLedger().AggregateByScan(AggregationQuery.By(Dimensions.Region)));
        Assert.Contains("Record #1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void People_too_many_to_sum_unchecked_are_summed_checked()
    {
        var builder = new ParticipationLedgerBuilder();
        for (int i = 0; i < 3; i++)
        {
            builder.Append(new ActivityRecord("KZ-61", new LocalDate(2025, 1, 1), AssemblyActivityKind.Event, QualifiedCount.Exactly(1), QualifiedCount.Exactly(long.MaxValue / 2)));
        }

        var exception = Assert.Throws<OverflowException>(() => builder.ToLedger().AggregateByScan(AggregationQuery.By(Dimensions.Region)));
        Assert.Contains("Record #2", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_activity_count_too_large_for_the_irregular_list_is_summed_all_the_same()
    {
        var builder = new ParticipationLedgerBuilder();
        builder.Append(new ActivityRecord("KZ-61", new LocalDate(2025, 1, 1), AssemblyActivityKind.Event, QualifiedCount.Exactly(1L << 40), QualifiedCount.Exactly(5)));
        for (int i = 0; i < 20; i++)
        {
            builder.Append(new ActivityRecord("KZ-61", new LocalDate(2025, 1, 2), AssemblyActivityKind.Event, QualifiedCount.Exactly(1), QualifiedCount.Exactly(1)));
        }

        AggregateRow row = Assert.Single(builder.ToLedger().AggregateByScan(AggregationQuery.By(Dimensions.Region)));
        Assert.Equal(QualifiedCount.Exactly((1L << 40) + 20), row.Activities);
        Assert.Equal(QualifiedCount.Exactly(25), row.PeopleReached);
    }

    [Fact]
    public void Plain_records_sum_to_exact_counts()
    {
        var builder = new ParticipationLedgerBuilder();
        for (int i = 0; i < 3 * IrregularRecords.BlockRecords; i++)
        {
            builder.Append(new ActivityRecord(i % 2 == 0 ? "KZ-61" : "KZ-75", new LocalDate(2025, 1, 1).PlusDays(i % 60), AssemblyActivityKind.Event, QualifiedCount.Exactly(1), QualifiedCount.Exactly(2)));
        }

        builder.Append(new ActivityRecord("KZ-61", new LocalDate(2025, 1, 1), AssemblyActivityKind.Event, QualifiedCount.About(10), null));
        AggregateRow[] rows = [.. builder.ToLedger().AggregateByScan(AggregationQuery.By(Dimensions.Region)).OrderBy(r => r.Region!.Code, StringComparer.Ordinal)];
        Assert.Equal([QualifiedCount.About(394), QualifiedCount.Exactly(384)], rows.Select(r => r.Activities));
        Assert.Equal([QualifiedCount.Exactly(768), QualifiedCount.Exactly(768)], rows.Select(r => r.PeopleReached!.Value));
    }

    private static string[] Rows(AggregateTable table) =>
        [.. table.Select(r => $"{r.Region?.Code}|{r.Kinds}|{r.Period}|{r.Records}|{r.Activities}|{r.PeopleReached}")];
}
