using System.Text.Json.Serialization;

namespace Kz.Assembly.Domain.Serialization;

/// <summary>Source-generated metadata for the data set document: no reflection, so the package stays trimming- and
/// AOT-clean. Property names in camelCase, enums as their names (each enum's own converter), dates as ISO text, and
/// no property but the document's own: a misspelled one is refused, never skipped.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(IsoDateJsonConverter)])]
[JsonSerializable(typeof(DataSetDocument))]
internal sealed partial class DataSetJsonContext : JsonSerializerContext;
