using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Kz.Assembly.Domain.Serialization;

/// <summary>One fact of a document: its kind (the document's list), its id, and its content as the document writes it.</summary>
/// <param name="Kind">The list it stands in (<c>activities</c>); a council's memberships are <c>councilMemberships</c>.</param>
/// <param name="Id">Its id: what makes two facts the same fact.</param>
/// <param name="Content">Every field, as JSON: two facts with the same id are the same content when these are equal.</param>
internal sealed record DocumentFact(string Kind, string Id, JsonObject Content);

/// <summary>
/// A document's facts one by one, each with its identity and content described once, for whoever compares two
/// versions of the same facts (an import merging into a database). A council is not a fact of its own: its
/// memberships are, each carrying its body.
/// </summary>
internal static class DocumentFacts
{
    // Values shown to people in a conflict: Cyrillic as itself, not \uXXXX.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static IEnumerable<DocumentFact> Of(DataSetDocument document)
    {
        DataSetJsonContext json = DataSetJsonContext.Default;
        return Facts("bodies", document.Bodies, b => b.Id.ToString(), json.BodyDocument)
            .Concat(Facts("people", document.People, p => p.Id.ToString(), json.PersonDocument))
            .Concat(Facts("sessions", document.Sessions, s => s.Id.ToString(), json.SessionDocument))
            .Concat(document.Councils.SelectMany(council => Facts("councilMemberships", council.Memberships, m => m.Id.ToString(), json.MembershipDocument)
                .Select(fact =>
                {
                    fact.Content["body"] = council.Body.ToString();
                    return fact;
                })))
            .Concat(Facts("projects", document.Projects, p => p.Id.ToString(), json.ProjectDocument))
            .Concat(Facts("activities", document.Activities, a => a.Id.ToString(), json.ActivityDocument))
            .Concat(Facts("summaries", document.Summaries, s => s.Id.ToString(), json.SummaryDocument))
            .Concat(Facts("representation", document.Representation, r => r.Id.ToString(), json.RepresentationDocument))
            .Concat(Facts("deputyGroups", document.DeputyGroups, g => g.Id.ToString(), json.DeputyGroupDocument))
            .Concat(Facts("friendshipHouses", document.FriendshipHouses, h => h.Id.ToString(), json.FriendshipHouseDocument));
    }

    /// <summary>The fields in which two versions of a fact differ, each with its stored and incoming JSON (null when absent).</summary>
    internal static IEnumerable<(string Field, string? Stored, string? Incoming)> Differences(JsonObject stored, JsonObject incoming)
    {
        var fields = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (KeyValuePair<string, JsonNode?> field in stored)
        {
            fields.Add(field.Key);
        }

        foreach (KeyValuePair<string, JsonNode?> field in incoming)
        {
            fields.Add(field.Key);
        }

        foreach (string field in fields)
        {
            string? before = stored[field]?.ToJsonString(Readable);
            string? after = incoming[field]?.ToJsonString(Readable);
            if (before != after)
            {
                yield return (field, before, after);
            }
        }
    }

    /// <summary>One list's facts: each with its id, and its content as the document writes it.</summary>
    private static IEnumerable<DocumentFact> Facts<T>(string kind, IEnumerable<T> facts, System.Func<T, string> id, JsonTypeInfo<T> type) =>
        facts.Select(fact => new DocumentFact(kind, id(fact), JsonSerializer.SerializeToNode(fact, type)!.AsObject()));
}
