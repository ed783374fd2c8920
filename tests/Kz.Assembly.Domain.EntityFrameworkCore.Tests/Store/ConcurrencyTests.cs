using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kz.Assembly.Domain.EntityFrameworkCore.Aggregation;
using Kz.Assembly.Domain.EntityFrameworkCore.Tables;
using Kz.Assembly.Domain.EntityFrameworkCore.Tests.Support;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Metrics;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tests.Store;

/// <summary>
/// A writer adds activities in batches, one transaction each, while two readers on their own connections aggregate:
/// every total a reader sees is a whole number of batches (never half a batch), totals never go back, and at the end
/// nothing is lost.
/// </summary>
[Collection(DatabaseTests.Name)]
public sealed class ConcurrencyTests(PostgresCluster cluster)
{
    private const int Batches = 40;
    private const int BatchSize = 250;

    [SkippableFact]
    public async Task A_writer_and_two_readers_lose_nothing_and_never_see_half_a_batch()
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        await using (AssemblyDbContext setup = database.Context())
        {
            setup.Bodies.Add(new BodyRow
            {
                Id = Id<Bodies.AssemblyBody>.Parse("apk-kz-61", null), Level = Bodies.AssemblyLevel.Regional, Region = Region.FromCode("KZ-61"),
                NameKk = "Ассамблея", NameRu = "Ассамблея", NameEn = "Assembly", Founded = new LocalDate(2000, 1, 1),
            });
            await setup.SaveChangesAsync();
        }

        using var done = new CancellationTokenSource();
        Task<List<long>>[] readers = [Read(database, done.Token), Read(database, done.Token)];
        await using (AssemblyDbContext writer = database.Context())
        {
            for (int batch = 0; batch < Batches; batch++)
            {
                writer.Activities.AddRange(Enumerable.Range(0, BatchSize).Select(i => Activity((batch * BatchSize) + i)));
                await writer.SaveChangesAsync();
                writer.ChangeTracker.Clear();
            }
        }

        await done.CancelAsync();
        foreach (List<long> seen in await Task.WhenAll(readers))
        {
            Assert.NotEmpty(seen);
            Assert.All(seen, total => Assert.Equal(0, total % BatchSize));
            Assert.Equal(seen.Order(), seen);
        }

        await using AssemblyDbContext final = database.Context();
        DatabaseAggregate[] totals = await final.Activities.ByRegionMonthKind().ToArrayAsync();
        Assert.Equal(Batches * BatchSize, totals.Sum(t => t.Records));
        Assert.Equal(QualifiedCount.Exactly(Enumerable.Range(0, Batches * BatchSize).Sum(i => (long)(i % 100))), totals.Single().PeopleReached);
    }

    private static async Task<List<long>> Read(TestDatabase database, CancellationToken done)
    {
        await Task.Yield();
        var seen = new List<long>();
        await using AssemblyDbContext reader = database.Context();
        while (!done.IsCancellationRequested)
        {
            DatabaseAggregate[] totals = await reader.Activities.ByRegionMonthKind().ToArrayAsync(CancellationToken.None);
            seen.Add(totals.Sum(t => t.Records));
        }

        return seen;
    }

    private static ActivityRow Activity(int i) => new()
    {
        Id = Id<Activities.AssemblyActivity>.Parse($"activity-{i}", null),
        OrganiserId = Id<Bodies.AssemblyBody>.Parse("apk-kz-61", null),
        Kind = Activities.AssemblyActivityKind.Event,
        Date = new LocalDate(2025, 4, 24),
        Region = Region.FromCode("KZ-61"),
        PlaceKind = PlaceKind.Region,
        Participants = i % 100,
        ParticipantsQualifier = CountQualifier.Exact,
    };
}
