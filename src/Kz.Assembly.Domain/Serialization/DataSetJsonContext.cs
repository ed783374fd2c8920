using System.Text.Json.Serialization;

namespace Kz.Assembly.Domain.Serialization;

/// <summary>Source-generated metadata for the data set document: no reflection, so the package stays trimming- and
/// AOT-clean. Property names in camelCase, enums as their names, dates as ISO text.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(IsoDateJsonConverter)])]
[JsonSerializable(typeof(DataSetDocument))]
internal sealed partial class DataSetJsonContext : JsonSerializerContext;
