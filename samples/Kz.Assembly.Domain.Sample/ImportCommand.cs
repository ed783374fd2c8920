using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Kz.Assembly.Domain.EntityFrameworkCore;
using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Microsoft.EntityFrameworkCore;

namespace Kz.Assembly.Domain.Sample;

/// <summary><c>import &lt;file&gt; --connection "Host=…" [--policy refuse|incoming-wins|stored-wins]</c>: merges a data
/// set document into PostgreSQL (migrating the schema first) and says what it added, left alone, replaced or kept.
/// Importing the same file twice changes nothing the second time; a fact stored with other content is listed and
/// nothing is written, unless a policy says which version wins.</summary>
internal static class ImportCommand
{
    public const string Usage = "usage: import <file.json> --connection \"Host=…;Database=…;Username=…\" [--policy refuse|incoming-wins|stored-wins]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        string? file = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : null;
        string? connection = ReadCommand.Option(args, "--connection");
        MergePolicy? policy = (ReadCommand.Option(args, "--policy") ?? "refuse") switch
        {
            "refuse" => MergePolicy.RefuseConflicts,
            "incoming-wins" => MergePolicy.IncomingWins,
            "stored-wins" => MergePolicy.StoredWins,
            _ => null,
        };
        if (file is null || connection is null || policy is null)
        {
            await errors.WriteLineAsync(Usage);
            return 2;
        }

        if (!File.Exists(file))
        {
            await errors.WriteLineAsync($"No file '{file}'. {Usage}");
            return 2;
        }

        await using var context = new AssemblyDbContext(new DbContextOptionsBuilder<AssemblyDbContext>()
            .UseNpgsql(connection, npgsql => npgsql.UseNodaTime())
            .Options);
        await context.Database.MigrateAsync();
        try
        {
            ImportResult result = await context.ImportDocumentAsync(await File.ReadAllBytesAsync(file), policy.Value);
            await output.WriteLineAsync($"{file}: {result}");
            foreach (ImportConflict conflict in result.Conflicts)
            {
                await output.WriteLineAsync($"  {(policy == MergePolicy.IncomingWins ? "replaced" : "kept")} {conflict}");
            }

            return 0;
        }
        catch (ImportConflictException conflicts)
        {
            await errors.WriteLineAsync(conflicts.Message);
            return 1;
        }
        catch (JsonException refused)
        {
            await errors.WriteLineAsync($"{file}: {refused.Message}");
            return 1;
        }
    }
}
