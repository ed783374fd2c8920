using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.EntityFrameworkCore.Tests.Support;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Samples;
using NodaTime;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tests.Store;

/// <summary>
/// Imports merge by id: a secretariat adds a month of figures to a stored database, re-imports the same document
/// without harm, and learns of every fact whose stored content differs. Once, a second import failed with
/// <c>23505 … pk_bodies</c>, and a document without its bodies was "dangling".
/// </summary>
[Collection(DatabaseTests.Name)]
public sealed class MergeImportTests(PostgresCluster cluster)
{
    private static readonly string[] Lists =
        ["bodies", "people", "sessions", "councils", "projects", "activities", "summaries", "representation", "deputyGroups", "friendshipHouses"];

    [SkippableFact]
    public async Task Importing_the_same_data_set_twice_changes_nothing_and_says_so()
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        AssemblyDataSet data = RandomActivities.DataSet(300, seed: 5);
        await using AssemblyDbContext context = database.Context();

        ImportResult first = await context.ImportDataSetAsync(data);
        ImportResult second = await context.ImportDataSetAsync(data);
        await using AssemblyDbContext other = (await TestDatabase.MigratedAsync(cluster)).Context();
        ImportResult article = await other.ImportDataSetAsync(TurkistanArticle2025.DataSet);
        ImportResult articleAgain = await other.ImportDataSetAsync(TurkistanArticle2025.DataSet);

        Assert.Equal(300, first.Added["activities"]);
        Assert.False(first.ChangedNothing);
        Assert.True(second.ChangedNothing, second.ToString());
        Assert.Equal(300, second.Unchanged["activities"]);
        Assert.StartsWith("nothing changed", second.ToString(), StringComparison.Ordinal);
        Assert.False(article.ChangedNothing);
        Assert.True(articleAgain.ChangedNothing, articleAgain.ToString());
        Assert.Empty(articleAgain.Conflicts);
    }

    [SkippableFact]
    public async Task A_month_of_new_activities_for_stored_bodies_is_added_from_a_document_without_them()
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        AssemblyDataSet data = RandomActivities.DataSet(200, seed: 6);
        await using AssemblyDbContext context = database.Context();
        await context.ImportDataSetAsync(data);

        // Next month's figures: only activities, for bodies and a project that are only stored.
        AssemblyActivity withProject = data.Activities.First(a => a.Project is not null);
        JsonObject document = Empty();
        document["activities"] = new JsonArray(
            Activity("2026-01-activity-1", withProject.Organiser.Id.ToString(), withProject.Place.Region.Code, "2026-01-15", "~500", withProject.Project!.Id.ToString()),
            Activity("2026-01-activity-2", data.Bodies[0].Id.ToString(), data.Bodies[0].Region!.Code, "2026-01-20", null, null));
        byte[] json = Encoding.UTF8.GetBytes(document.ToJsonString());

        ImportResult added = await context.ImportDocumentAsync(json);
        ImportResult again = await context.ImportDocumentAsync(json);

        Assert.Equal(2, added.Added["activities"]);
        Assert.False(added.Added.ContainsKey("bodies")); // looked up to check the document, not imported
        Assert.Empty(added.Unchanged);
        Assert.True(again.ChangedNothing, again.ToString());
        AssemblyDataSet loaded = await context.LoadDataSetAsync();
        Assert.Equal(202, loaded.Activities.Length);
        AssemblyActivity january = loaded.Get(Identity.Id<AssemblyActivity>.Parse("2026-01-activity-1", null));
        Assert.Equal(QualifiedCount.About(500), january.Participants);
        Assert.Equal(withProject.Project.Id, january.Project!.Id);
        Assert.Null(loaded.Get(Identity.Id<AssemblyActivity>.Parse("2026-01-activity-2", null)).Participants);
    }

    [SkippableFact]
    public async Task A_document_naming_a_body_stored_nowhere_is_refused_as_dangling_and_writes_nothing()
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        await using AssemblyDbContext context = database.Context();
        JsonObject document = Empty();
        document["activities"] = new JsonArray(Activity("a-1", "apk-kz-99", "KZ-61", "2025-02-01", "10", null));

        var refused = await Assert.ThrowsAsync<JsonException>(() => context.ImportDocumentAsync(Encoding.UTF8.GetBytes(document.ToJsonString())));

        Assert.Contains("'apk-kz-99'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("dangling", refused.Message, StringComparison.Ordinal);
        Assert.Empty((await context.LoadDataSetAsync()).Activities);
    }

    [SkippableFact]
    public async Task A_misspelled_property_in_an_imported_document_is_refused_with_its_path()
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        await using AssemblyDbContext context = database.Context();
        string json = JsonSerializer.Serialize(TurkistanArticle2025.DataSet).Replace("\"peopleReached\"", "\"peopleReachd\"", StringComparison.Ordinal);

        var refused = await Assert.ThrowsAsync<JsonException>(() => context.ImportDocumentAsync(Encoding.UTF8.GetBytes(json)));

        Assert.Equal("$.summaries[0].peopleReachd", refused.Path);
        Assert.Empty((await context.LoadDataSetAsync()).Bodies);
    }

    [SkippableFact]
    public async Task Conflicting_content_is_refused_with_every_conflict_and_nothing_is_written()
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        AssemblyDataSet data = RandomActivities.DataSet(50, seed: 7);
        await using AssemblyDbContext context = database.Context();
        await context.ImportDataSetAsync(data);
        string before = DataSetDocuments.Canonical(await context.LoadDataSetAsync());
        JsonObject corrected = Corrected(data, out string id, out string stored);

        var refused = await Assert.ThrowsAsync<ImportConflictException>(() => context.ImportDocumentAsync(Encoding.UTF8.GetBytes(corrected.ToJsonString())));

        ImportConflict conflict = Assert.Single(refused.Conflicts);
        Assert.Equal(new ImportConflict("activities", id, "participants", stored, "\"~12345\""), conflict);
        Assert.Contains($"activities/{id}: participants stored {stored}, incoming \"~12345\"", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, DataSetDocuments.Canonical(await context.LoadDataSetAsync())); // the new activity was not written either
    }

    [SkippableFact]
    public async Task Incoming_wins_corrects_the_stored_facts_and_lists_what_it_replaced()
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        AssemblyDataSet data = RandomActivities.DataSet(50, seed: 7);
        await using AssemblyDbContext context = database.Context();
        await context.ImportDataSetAsync(data);
        JsonObject corrected = Corrected(data, out string id, out _);

        ImportResult result = await context.ImportDocumentAsync(Encoding.UTF8.GetBytes(corrected.ToJsonString()), MergePolicy.IncomingWins);

        Assert.Equal(1, result.Replaced["activities"]);
        Assert.Equal(1, result.Added["activities"]);
        AssemblyDataSet loaded = await context.LoadDataSetAsync();
        Assert.Equal(QualifiedCount.About(12345), loaded.Get(Identity.Id<AssemblyActivity>.Parse(id, null)).Participants);
        Assert.Equal(data.Activities.Length + 1, loaded.Activities.Length);
    }

    [SkippableFact]
    public async Task Incoming_wins_replaces_a_session_with_its_officials_and_updates_a_body_others_refer_to()
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        await using AssemblyDbContext context = database.Context();
        await context.ImportDataSetAsync(TurkistanArticle2025.DataSet);

        // The article's session with another theme and one official fewer, and its body renamed.
        JsonObject article = JsonNode.Parse(JsonSerializer.Serialize(TurkistanArticle2025.DataSet))!.AsObject();
        JsonObject session = article["sessions"]![0]!.AsObject();
        session["theme"] = new JsonObject { ["kk"] = "Жаңа тақырып", ["ru"] = "Новая тема", ["en"] = "A new theme" };
        session["officials"] = new JsonArray(session["officials"]![0]!.DeepClone());
        JsonObject body = article["bodies"]!.AsArray().Select(b => b!.AsObject()).First(b => (string?)b["id"] == (string?)session["body"]);
        body["name"]!["en"] = "Turkistan Regional Assembly (renamed)";
        JsonObject corrected = Empty();
        corrected["sessions"] = new JsonArray(session.DeepClone());
        corrected["bodies"] = new JsonArray(body.DeepClone());

        var refused = await Assert.ThrowsAsync<ImportConflictException>(() => context.ImportDocumentAsync(Encoding.UTF8.GetBytes(corrected.ToJsonString())));
        ImportResult result = await context.ImportDocumentAsync(Encoding.UTF8.GetBytes(corrected.ToJsonString()), MergePolicy.IncomingWins);

        Assert.Contains(refused.Conflicts, c => c.Kind == "bodies" && c.Field == "name");
        Assert.Equal(1, result.Replaced["sessions"]);
        Assert.Equal(1, result.Replaced["bodies"]);
        Assert.Contains(result.Conflicts, c => c.Kind == "sessions" && c.Field == "officials");
        Assert.Contains(result.Conflicts, c => c.Kind == "sessions" && c.Field == "theme");
        AssemblyDataSet loaded = await context.LoadDataSetAsync();
        Sessions.Session replaced = loaded.Get(Identity.Id<Sessions.Session>.Parse((string)session["id"]!, null));
        Assert.Equal("A new theme", replaced.Theme!.English);
        Assert.Single(replaced.Officials);
        Assert.Equal(TurkistanArticle2025.DataSet.Sessions.Length, loaded.Sessions.Length);
        Assert.Equal("Turkistan Regional Assembly (renamed)", loaded.Body(Identity.Id<AssemblyBody>.Parse((string)body["id"]!, null)).Name.English);
        Assert.Equal(TurkistanArticle2025.DataSet.Summaries.Length, loaded.Summaries.Length);
    }

    [SkippableFact]
    public async Task A_correction_that_would_leave_a_bodys_stored_facts_inconsistent_is_refused_and_writes_nothing()
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        await using AssemblyDbContext context = database.Context();
        await context.ImportDataSetAsync(TurkistanArticle2025.DataSet);
        string before = DataSetDocuments.Canonical(await context.LoadDataSetAsync());

        // The body "founded" after its stored 2025 summaries: each fact alone is valid, the body as stored is not.
        JsonObject body = JsonNode.Parse(JsonSerializer.Serialize(TurkistanArticle2025.DataSet))!["bodies"]!.AsArray()
            .Select(b => b!.AsObject()).First(b => (string?)b["id"] == TurkistanArticle2025.TurkistanAssembly.Id.ToString()).DeepClone().AsObject();
        body["founded"] = "2025-12-01";
        JsonObject corrected = Empty();
        corrected["bodies"] = new JsonArray(body);

        await Assert.ThrowsAsync<StoredFactException>(() => context.ImportDocumentAsync(Encoding.UTF8.GetBytes(corrected.ToJsonString()), MergePolicy.IncomingWins));

        Assert.Equal(before, DataSetDocuments.Canonical(await context.LoadDataSetAsync()));
    }

    [SkippableFact]
    public async Task Stored_wins_keeps_the_stored_facts_and_adds_the_new_ones()
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        AssemblyDataSet data = RandomActivities.DataSet(50, seed: 7);
        await using AssemblyDbContext context = database.Context();
        await context.ImportDataSetAsync(data);
        JsonObject corrected = Corrected(data, out string id, out _);

        ImportResult result = await context.ImportDocumentAsync(Encoding.UTF8.GetBytes(corrected.ToJsonString()), MergePolicy.StoredWins);

        Assert.Equal(1, result.Kept["activities"]);
        Assert.Equal(1, result.Added["activities"]);
        AssemblyDataSet loaded = await context.LoadDataSetAsync();
        Assert.Equal(data.Get(Identity.Id<AssemblyActivity>.Parse(id, null)).Participants, loaded.Get(Identity.Id<AssemblyActivity>.Parse(id, null)).Participants);
        Assert.Equal(data.Activities.Length + 1, loaded.Activities.Length);
    }

    [SkippableFact]
    public async Task Two_imports_at_once_lose_nothing_and_create_no_duplicate()
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        AssemblyDataSet all = RandomActivities.DataSet(3000, seed: 8);

        // Overlapping halves on two connections: the middle third is in both.
        AssemblyDataSet early = Subset(all, 0, 2000), late = Subset(all, 1000, 3000);
        for (int round = 0; round < 3; round++)
        {
            TestDatabase fresh = round == 0 ? database : await TestDatabase.MigratedAsync(cluster);
            await using AssemblyDbContext one = fresh.Context();
            await using AssemblyDbContext two = fresh.Context();
            ImportResult[] results = await Task.WhenAll(Task.Run(() => one.ImportDataSetAsync(early)), Task.Run(() => two.ImportDataSetAsync(late)));

            Assert.Equal(3000, results.Sum(r => r.Added["activities"]));
            Assert.Equal(1000, results.Sum(r => (r.Unchanged.TryGetValue("activities", out int n) ? n : 0)));
            await using AssemblyDbContext reader = fresh.Context();
            Assert.Equal(DataSetDocuments.Canonical(all), DataSetDocuments.Canonical(await reader.LoadDataSetAsync()));
        }
    }

    private static AssemblyDataSet Subset(AssemblyDataSet data, int from, int to)
    {
        var builder = new AssemblyDataSetBuilder();
        foreach (AssemblyBody body in data.Bodies)
        {
            builder.Add(body);
        }

        foreach (Projects.SocialProject project in data.Projects)
        {
            builder.Add(project);
        }

        foreach (AssemblyActivity activity in data.Activities.OrderBy(a => a.Id).Skip(from).Take(to - from))
        {
            builder.Add(activity);
        }

        return builder.Build();
    }

    /// <summary>A document of one stored activity with another attendance (~12345) and one new activity.</summary>
    private static JsonObject Corrected(AssemblyDataSet data, out string id, out string stored)
    {
        JsonObject document = Empty();
        JsonObject known = JsonNode.Parse(JsonSerializer.Serialize(data))!["activities"]!.AsArray()
            .Select(a => a!.AsObject()).First(a => a["participants"] is not null && (string?)a["project"] is null).DeepClone().AsObject();
        id = (string)known["id"]!;
        stored = known["participants"]!.ToJsonString();
        known["participants"] = "~12345";
        document["activities"] = new JsonArray(known, Activity("correction-new", (string)known["organiser"]!, (string)known["place"]!["region"]!, "2025-12-31", "7", null));
        return document;
    }

    private static JsonObject Empty() => new(Lists.Select(l => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(l, new JsonArray())));

    private static JsonObject Activity(string id, string organiser, string region, string date, string? participants, string? project)
    {
        var activity = new JsonObject
        {
            ["id"] = id, ["organiser"] = organiser, ["kind"] = nameof(AssemblyActivityKind.Event), ["date"] = date,
            ["place"] = new JsonObject { ["region"] = region, ["kind"] = "Region" },
        };
        if (participants is not null)
        {
            activity["participants"] = participants;
        }

        if (project is not null)
        {
            activity["project"] = project;
        }

        return activity;
    }
}
