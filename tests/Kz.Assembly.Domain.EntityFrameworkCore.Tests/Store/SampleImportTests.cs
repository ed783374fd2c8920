using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Kz.Assembly.Domain.EntityFrameworkCore.Tests.Support;
using Kz.Assembly.Domain.Sample;
using Kz.Assembly.Domain.Samples;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tests.Store;

/// <summary>The console sample's <c>import</c> command, as a secretariat runs it: twice on the same file, then on a
/// file that contradicts what is stored.</summary>
[Collection(DatabaseTests.Name)]
public sealed class SampleImportTests(PostgresCluster cluster)
{
    [SkippableFact]
    public async Task The_sample_imports_a_document_twice_and_reports_a_conflict_by_its_field()
    {
        TestDatabase database = TestDatabase.Empty(cluster);
        string file = Path.Combine(Path.GetTempPath(), $"article-{Guid.NewGuid():N}.json");
        try
        {
            string document = JsonSerializer.Serialize(TurkistanArticle2025.DataSet);
            await File.WriteAllTextAsync(file, document);

            (int first, string firstOut, _) = await Run("import", file, "--connection", database.ConnectionString);
            (int second, string secondOut, _) = await Run("import", file, "--connection", database.ConnectionString);
            await File.WriteAllTextAsync(file, document.Replace("\"peopleReached\":\"~39000\"", "\"peopleReached\":\"~40000\"", StringComparison.Ordinal));
            (int third, _, string thirdErrors) = await Run("import", file, "--connection", database.ConnectionString);
            (int fourth, string fourthOut, _) = await Run("import", file, "--connection", database.ConnectionString, "--policy", "incoming-wins");

            Assert.Equal(0, first);
            Assert.Contains("added", firstOut, StringComparison.Ordinal);
            Assert.Equal(0, second);
            Assert.Contains("nothing changed", secondOut, StringComparison.Ordinal);
            Assert.Equal(1, third);
            Assert.Contains("peopleReached stored \"~39000\", incoming \"~40000\"", thirdErrors, StringComparison.Ordinal);
            Assert.Equal(0, fourth);
            Assert.Contains("replaced 1 summaries", fourthOut, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<(int Code, string Output, string Errors)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        int code = await ImportCommand.RunAsync(args, output, errors);
        return (code, output.ToString(), errors.ToString());
    }
}
