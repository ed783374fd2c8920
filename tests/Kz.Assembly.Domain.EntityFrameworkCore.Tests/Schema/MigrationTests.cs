using System.Linq;
using System.Threading.Tasks;
using Kz.Assembly.Domain.EntityFrameworkCore.Aggregation;
using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.EntityFrameworkCore.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tests.Schema;

[Collection(DatabaseTests.Name)]
public sealed class MigrationTests(PostgresCluster cluster)
{
    [SkippableFact]
    public async Task Migrations_create_every_table_from_an_empty_database()
    {
        TestDatabase database = TestDatabase.Empty(cluster);
        await using AssemblyDbContext context = database.Context();
        Assert.NotEmpty(await context.Database.GetPendingMigrationsAsync());

        await context.Database.MigrateAsync();

        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        string[] tables = await context.Database
            .SqlQueryRaw<string>("SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory' ORDER BY 1")
            .ToArrayAsync();
        Assert.Equal(
            ["activities", "activity_day_rollups", "activity_month_rollups", "bodies", "council_memberships", "deputy_groups", "friendship_houses", "people", "projects",
             "representation", "session_officials", "sessions", "summaries", "summary_tallies"],
            tables);
    }

    [SkippableFact]
    public async Task The_rollup_migration_goes_down_cleanly_and_up_again_fills_the_rollups_from_the_activities_stored()
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        await using AssemblyDbContext context = database.Context();
        await context.ImportDataSetAsync(RandomActivities.DataSet(500, seed: 3));
        var migrator = context.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();

        await migrator.MigrateAsync("20261129220819_InitialSchema");
        Assert.Equal(0, await context.Database.SqlQueryRaw<int>("SELECT count(*)::integer AS \"Value\" FROM information_schema.tables WHERE table_name LIKE 'activity_%_rollups'").SingleAsync());
        Assert.Equal(0, await context.Database.SqlQueryRaw<int>("SELECT count(*)::integer AS \"Value\" FROM pg_trigger WHERE tgname LIKE 'activity_rollups_%'").SingleAsync());

        await migrator.MigrateAsync();
        Assert.Equal(500, await context.Activities.CountAsync());
        Assert.Equal(500, (await context.RollupByRegionMonthKindAsync()).Sum(r => r.Records));
    }

    [SkippableFact]
    public async Task The_checked_in_migrations_match_the_model()
    {
        // A mapping changed without `dotnet ef migrations add` would leave users' databases behind the code.
        TestDatabase database = TestDatabase.Empty(cluster);
        await using AssemblyDbContext context = database.Context();
        Assert.False(context.Database.HasPendingModelChanges(), "The model has changes no migration holds: run dotnet ef migrations add.");
    }

    [SkippableFact]
    public async Task Dates_are_dates_and_terms_and_periods_are_date_ranges()
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT table_name || '.' || column_name || ' ' || data_type FROM information_schema.columns " +
            "WHERE table_schema = 'public' AND column_name IN ('term', 'period', 'date', 'founded') ORDER BY 1",
            connection);
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync();
        var columns = new System.Collections.Generic.List<string>();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        Assert.Equal(
            ["activities.date date", "bodies.founded date", "council_memberships.term daterange", "sessions.date date", "summaries.period daterange"],
            columns);
    }
}
