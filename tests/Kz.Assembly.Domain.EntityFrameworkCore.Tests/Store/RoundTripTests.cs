using System.Text.Json;
using System.Threading.Tasks;
using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.EntityFrameworkCore.Tests.Support;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tests.Store;

[Collection(DatabaseTests.Name)]
public sealed class RoundTripTests(PostgresCluster cluster)
{
    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions { WriteIndented = true }.AddAssemblyDomain();

    [SkippableFact]
    public async Task The_articles_data_set_comes_back_from_the_database_unchanged()
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        AssemblyDataSet article = TurkistanArticle2025.DataSet;
        await using (AssemblyDbContext writer = database.Context())
        {
            writer.AddDataSet(article);
            await writer.SaveChangesAsync();
        }

        await using AssemblyDbContext reader = database.Context();
        AssemblyDataSet loaded = await reader.LoadDataSetAsync();

        Assert.Equal(DataSetDocuments.Canonical(article), DataSetDocuments.Canonical(loaded));
        Assert.Equal(article.Activities.Length, loaded.Activities.Length);
        Assert.Equal(article.Summaries.Length, loaded.Summaries.Length);
    }

    [SkippableFact]
    public async Task Json_to_database_to_json_is_the_same_document()
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        string document = JsonSerializer.Serialize(TurkistanArticle2025.DataSet, Json);
        await using (AssemblyDbContext writer = database.Context())
        {
            writer.AddDataSet(JsonSerializer.Deserialize<AssemblyDataSet>(document, Json)!);
            await writer.SaveChangesAsync();
        }

        await using AssemblyDbContext reader = database.Context();
        AssemblyDataSet fromJson = JsonSerializer.Deserialize<AssemblyDataSet>(document, Json)!;
        Assert.Equal(DataSetDocuments.Canonical(fromJson), DataSetDocuments.Canonical(await reader.LoadDataSetAsync()));
    }

    [SkippableFact]
    public async Task The_bulk_import_stores_the_same_facts_as_SaveChanges()
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        AssemblyDataSet article = TurkistanArticle2025.DataSet;
        await using (AssemblyDbContext writer = database.Context())
        {
            await writer.ImportDataSetAsync(article);
        }

        await using AssemblyDbContext reader = database.Context();
        Assert.Equal(DataSetDocuments.Canonical(article), DataSetDocuments.Canonical(await reader.LoadDataSetAsync()));
    }

    [SkippableFact]
    public async Task A_failed_import_writes_nothing()
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        await using (AssemblyDbContext first = database.Context())
        {
            await first.ImportDataSetAsync(TurkistanArticle2025.DataSet);
        }

        // A new activity, and a second session XXVII under another id: the table's unique number per body refuses it,
        // and the transaction leaves the tables as they were (the activity is not stored either).
        string document = """
            {"bodies":[],"people":[],"councils":[],"projects":[],"summaries":[],"representation":[],"deputyGroups":[],"friendshipHouses":[],
             "sessions":[{"id":"another-xxvii","body":"apk-kz-61","number":"XXVII","officials":[],"participantGroups":[]}],
             "activities":[{"id":"new-activity","organiser":"apk-kz-61","kind":"Event","date":"2025-05-01","place":{"region":"KZ-61","kind":"Region"}}]}
            """;
        await using (AssemblyDbContext second = database.Context())
        {
            await Assert.ThrowsAnyAsync<Microsoft.EntityFrameworkCore.DbUpdateException>(() => second.ImportDocumentAsync(System.Text.Encoding.UTF8.GetBytes(document)));
        }

        await using AssemblyDbContext reader = database.Context();
        Assert.Equal(DataSetDocuments.Canonical(TurkistanArticle2025.DataSet), DataSetDocuments.Canonical(await reader.LoadDataSetAsync()));
    }

    [SkippableFact]
    public async Task An_empty_database_loads_as_an_empty_data_set()
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        await using AssemblyDbContext context = database.Context();
        AssemblyDataSet loaded = await context.LoadDataSetAsync();
        Assert.Empty(loaded.Bodies);
        Assert.Empty(loaded.Activities);
    }
}
