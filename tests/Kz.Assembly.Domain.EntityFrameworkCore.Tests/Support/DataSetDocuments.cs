using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tests.Support;

/// <summary>
/// A data set as its JSON document with each list in id order: the document holds every fact and field once, so two
/// data sets with equal documents hold the same facts; sorting drops only the order facts were added in, which a
/// table does not keep.
/// </summary>
internal static class DataSetDocuments
{
    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions { WriteIndented = true }.AddAssemblyDomain();

    public static string Canonical(AssemblyDataSet data)
    {
        JsonObject document = JsonSerializer.SerializeToNode(data, Json)!.AsObject();
        foreach (string list in document.Select(p => p.Key).ToArray())
        {
            JsonNode?[] facts = [.. document[list]!.AsArray().Select(f => f?.DeepClone())];
            string key = list == "councils" ? "body" : "id";
            document[list] = new JsonArray([.. facts.OrderBy(f => (string?)f![key], System.StringComparer.Ordinal)]);
        }

        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
