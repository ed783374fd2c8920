using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kz.Assembly.Domain.Serialization;

/// <summary>
/// A data set as one JSON document: each fact once, in a list of its kind, referring to others by id. Reading builds
/// every fact through its factory and the whole through <see cref="AssemblyDataSetBuilder.TryBuild"/>, so a document
/// can never produce an invalid data set: a bad field, a dangling id or a duplicate is a <see cref="JsonException"/>
/// whose path names the fact (<c>$.sessions[1]</c>) and whose message names the rule.
/// </summary>
internal sealed class DataSetJsonConverter : JsonConverter<AssemblyDataSet>
{
    /// <inheritdoc/>
    public override AssemblyDataSet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        DataSetDocument document = ReadDocument(ref reader) ?? throw new JsonException("A data set document is an object, not null.");
        return Build(document);
    }

    /// <summary>Reads a whole document's shape from UTF-8 JSON, strictly (see <see cref="ReadDocument(ref Utf8JsonReader)"/>).</summary>
    internal static DataSetDocument ReadDocument(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        return ReadDocument(ref reader) ?? throw new JsonException("A data set document is an object, not null.");
    }

    /// <summary>Builds a document's data set, its problems reported as JSON errors with the path of the fact.</summary>
    internal static AssemblyDataSet Build(DataSetDocument document) => new DataSetDocumentReader(document, RejectedFact, Inconsistent).Build();

    /// <summary>Reads the document's shape; a property that is misspelled, unknown or missing is reported by its path
    /// with the properties allowed there.</summary>
    internal static DataSetDocument? ReadDocument(ref Utf8JsonReader reader)
    {
        // A converter is handed its whole value, so a copy of the reader can read it again to explain a failure.
        Utf8JsonReader again = reader;
        try
        {
            return JsonSerializer.Deserialize(ref reader, DataSetJsonContext.Default.DataSetDocument);
        }
        catch (JsonException failure)
        {
            using JsonDocument written = JsonDocument.ParseValue(ref again);
            throw DocumentShape.FindProblem(written.RootElement, DataSetJsonContext.Default.DataSetDocument, "$") is { } shape
                ? new JsonException(shape.Message, shape.Path, null, null, failure)
                : failure;
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, AssemblyDataSet value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, DataSetDocumentWriter.Write(value), DataSetJsonContext.Default.DataSetDocument);

    private static JsonException RejectedFact(string list, int index, Exception cause) => index < 0
        ? new JsonException(cause.Message, "$." + list, null, null, cause)
        : new JsonException($"{list}[{index}]: {cause.Message}", $"$.{list}[{index}]", null, null, cause);

    private static JsonException Inconsistent(ImmutableArray<DataSetProblem> problems) => new(
        $"The document's facts do not hold together ({problems.Length} problem(s)):\n" + string.Join("\n", problems.Select(p => "- " + p)),
        "$",
        null,
        null);
}
