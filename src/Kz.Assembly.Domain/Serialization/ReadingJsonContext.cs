using System.Text.Json.Serialization;

namespace Kz.Assembly.Domain.Serialization;

/// <summary>Source-generated metadata for a reading's JSON, with the data set document's options: camelCase, enums by
/// name, ISO dates, no property but the reading's own.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(IsoDateJsonConverter)])]
[JsonSerializable(typeof(ReadingDocument))]
internal sealed partial class ReadingJsonContext : JsonSerializerContext;
