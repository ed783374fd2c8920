using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kz.Assembly.Domain.Serialization;

/// <summary>One fact of a document: its kind (the document's list), its id, and its content as the document writes it.</summary>
/// <param name="Kind">The list it stands in (<c>activities</c>); a council's memberships are <c>councilMemberships</c>.</param>
/// <param name="Id">Its id: what makes two facts the same fact.</param>
/// <param name="Content">Every field, as JSON: two facts with the same id are the same content when these are equal.</param>
internal sealed record DocumentFact(string Kind, string Id, JsonObject Content)
{
    /// <summary>A document record as a fact of a kind: its content is the record's JSON.</summary>
    internal static DocumentFact Of<TDocument>(string kind, string id, TDocument fact, System.Text.Json.Serialization.Metadata.JsonTypeInfo<TDocument> json) =>
        new(kind, id, JsonSerializer.SerializeToNode(fact, json)!.AsObject());
}

/// <summary>
/// A document's facts one by one, each with its identity and content described once, for whoever compares two
/// versions of the same facts (an import merging into a database). A council is not a fact of its own: its
/// memberships are, each carrying its body.
/// </summary>
internal static class DocumentFacts
{
    // Values shown to people in a conflict: Cyrillic as itself, not \uXXXX.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static IEnumerable<DocumentFact> Of(DataSetDocument document) => FactKinds.All.SelectMany(kind => kind.FactsOf(document));

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
}
