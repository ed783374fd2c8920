using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tests.Support;

/// <summary>A test's own database in the run's cluster, migrated from nothing, and contexts on it.</summary>
internal sealed class TestDatabase
{
    private TestDatabase(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    /// <summary>Makes a migrated database, or skips the test (with how to install PostgreSQL) where there is none.</summary>
    public static async Task<TestDatabase> MigratedAsync(PostgresCluster cluster)
    {
        TestDatabase database = Empty(cluster);
        await using AssemblyDbContext context = database.Context();
        await context.Database.MigrateAsync();
        return database;
    }

    /// <summary>Makes an empty database, or skips the test where there is no PostgreSQL.</summary>
    public static TestDatabase Empty(PostgresCluster cluster)
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        return new TestDatabase(cluster.CreateDatabase());
    }

    public AssemblyDbContext Context() => new(
        new DbContextOptionsBuilder<AssemblyDbContext>()
            .UseNpgsql(ConnectionString, npgsql => npgsql.UseNodaTime())
            .Options);
}
