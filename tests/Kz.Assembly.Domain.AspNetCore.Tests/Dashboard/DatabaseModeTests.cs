using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Kz.Assembly.Domain.EntityFrameworkCore.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Kz.Assembly.Domain.AspNetCore.Tests.Dashboard;

/// <summary>
/// The dashboard on PostgreSQL as docs/web.md sets it up: migrated by the schema's owner, run as a role that reads and
/// writes rows only. A report saved through the reader's page reaches the overview and the API through the rollups,
/// whose triggers write as the owner while the app's role cannot write them.
/// </summary>
public sealed class DatabaseModeTests : IDisposable
{
    private readonly PostgresCluster cluster = new();

    public void Dispose() => cluster.Dispose();

    [SkippableFact]
    public async Task A_report_saved_by_the_least_privileged_role_reaches_the_overview_and_the_api()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        string admin = cluster.CreateDatabase();
        string database = "dashboard_" + Guid.NewGuid().ToString("N")[..8];
        await ExecuteAsync(admin, $"CREATE ROLE assembly_owner_{database} LOGIN; CREATE ROLE assembly_web_{database} LOGIN; CREATE DATABASE {database} OWNER assembly_owner_{database}");
        string owner = new NpgsqlConnectionStringBuilder(admin) { Database = database, Username = $"assembly_owner_{database}" }.ConnectionString;
        string web = new NpgsqlConnectionStringBuilder(admin) { Database = database, Username = $"assembly_web_{database}" }.ConnectionString;
        await ExecuteAsync(owner, $"ALTER DEFAULT PRIVILEGES FOR ROLE assembly_owner_{database} IN SCHEMA public GRANT SELECT, INSERT, UPDATE ON TABLES TO assembly_web_{database}");

        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Assembly", web);
            builder.UseSetting("ConnectionStrings:AssemblyMigrations", owner);
        });
        HttpClient client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
        await ExecuteAsync(owner, $"REVOKE INSERT, UPDATE ON activity_month_rollups, activity_day_rollups, \"__EFMigrationsHistory\" FROM assembly_web_{database}");

        // The reader's page saves the article's Kazakh text as the web role.
        string form = await client.GetStringAsync(new Uri("/read?lang=en", UriKind.Relative));
        string token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        string article = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "reports", "turkistan-2025-kk.txt"));
        HttpResponseMessage saved = await client.PostAsync(new Uri("/read/save?lang=en", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["text"] = article, ["published"] = "2025-04-24", ["__RequestVerificationToken"] = token,
        }));
        string page = await saved.Content.ReadAsStringAsync();
        Assert.True(saved.StatusCode == HttpStatusCode.OK, page);
        Assert.Contains("role=\"status\"", page, StringComparison.Ordinal);

        string totals = await client.GetStringAsync(new Uri("/api/regions/KZ-61/totals?period=YTD%202025-04-24", UriKind.Relative));
        Assert.Contains("{\"kind\":\"Event\",\"activities\":\"631\",\"coverage\":\"complete\"}", totals, StringComparison.Ordinal);
        string overview = await client.GetStringAsync(new Uri("/?period=YTD%202025-04-24&lang=en", UriKind.Relative));
        Assert.Contains("Turkistan Region", overview, StringComparison.Ordinal);

        var denied = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(web, "INSERT INTO activity_month_rollups VALUES (0, 'KZ-61', 0, 1, 0, 0, 1, 0, 0, 0, 0)"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, denied.SqlState);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (string statement in sql.Split("; ", StringSplitOptions.RemoveEmptyEntries))
        {
            await using var command = new NpgsqlCommand(statement, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
