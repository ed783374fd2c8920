using System;
using System.Threading.Tasks;
using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.EntityFrameworkCore.Tests.Support;
using Npgsql;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tests.Store;

/// <summary>
/// Rows the database's constraints let through but the library's rules refuse (a malformed id, a "quarter" of five
/// months, an activity in a region that did not exist yet) never load as facts: loading fails, naming the rule.
/// </summary>
[Collection(DatabaseTests.Name)]
public sealed class LoadRefusalTests(PostgresCluster cluster)
{
    // Abai Region (KZ-10) was formed on 2022-06-08.
    private const string Body = "INSERT INTO bodies VALUES ('apk-kz-10', 1, 'KZ-10', 'kk', 'ru', 'en', '2022-07-01', NULL, NULL);";

    [SkippableFact]
    public async Task An_id_that_breaks_the_slug_rule_fails_to_load_through_its_converter()
    {
        Exception refused = await LoadAfter("INSERT INTO people VALUES ('Not A Slug', 'kk', 'ru', 'en')");
        Assert.Contains("'Not A Slug' is not an id", Messages(refused), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_period_whose_days_are_not_its_kind_fails_to_load_naming_the_table_and_row()
    {
        // Kind 1 is a quarter; January to May is not one.
        Exception refused = await LoadAfter(Body +
            "INSERT INTO summaries (id, reporter_id, region, place_kind, period, period_kind, reach_kinds, audience) " +
            "VALUES ('s', 'apk-kz-10', 'KZ-10', 0, '[2024-01-01,2024-05-31]', 1, 'Event', 0)");

        StoredFactException stored = Assert.IsType<StoredFactException>(refused);
        Assert.Equal("summaries", stored.Table);
        Assert.Equal("s", stored.RowId);
        Assert.Contains("not a Quarter period", stored.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Facts_that_do_not_hold_together_fail_to_load_with_every_problem()
    {
        // The same report stored twice under two ids would count its figures twice.
        const string Summary = "INSERT INTO summaries (id, reporter_id, region, place_kind, period, period_kind, reach_kinds, people_reached, people_reached_qualifier, audience) " +
            "VALUES ('{0}', 'apk-kz-10', 'KZ-10', 0, '[2025-01-01,2025-12-31]', 0, 'Event', 100, 0, 0);" +
            "INSERT INTO summary_tallies VALUES ('{0}', 0, 5, 0);";
        Exception refused = await LoadAfter(Body + string.Format(System.Globalization.CultureInfo.InvariantCulture, Summary, "first") + string.Format(System.Globalization.CultureInfo.InvariantCulture, Summary, "second"));

        StoredFactException stored = Assert.IsType<StoredFactException>(refused);
        Assert.Null(stored.Table);
        Assert.IsType<DataSetException>(stored.InnerException);
        Assert.Contains("first", stored.Message, StringComparison.Ordinal);
        Assert.Contains("second", stored.Message, StringComparison.Ordinal);
    }

    private async Task<Exception> LoadAfter(string sql)
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }

        await using AssemblyDbContext context = database.Context();
        return await Assert.ThrowsAnyAsync<Exception>(() => context.LoadDataSetAsync());
    }

    private static string Messages(Exception exception) =>
        exception.InnerException is null ? exception.Message : exception.Message + " | " + Messages(exception.InnerException);
}
