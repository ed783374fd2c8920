using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kz.Assembly.Domain.AspNetCore.Binding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Kz.Assembly.Domain.AspNetCore.OpenApi;

/// <summary>
/// Describes the domain's values in OpenAPI as what they are on the wire: a string with its pattern, an example and a
/// description (never NodaTime's internals such as a calendar's eras), and the domain's enums by their names.
/// </summary>
internal sealed class DomainSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        Describe(schema, Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type);
        return Task.CompletedTask;
    }

    /// <summary>Makes a schema say what the domain's value of <paramref name="type"/> is on the wire; leaves others.</summary>
    internal static void Describe(OpenApiSchema schema, Type type)
    {
        if (DomainValues.Describe(type) is { } described)
        {
            schema.Type = JsonSchemaType.String;
            schema.Format = described.Format;
            schema.Pattern = described.Pattern;
            schema.Examples = [JsonValue.Create(described.Example)!];
            schema.Description = described.Description;
            schema.Properties?.Clear();
            schema.Required?.Clear();
            schema.AdditionalProperties = null;
        }
        else if (DomainValues.IsDomainEnum(type))
        {
            schema.Type = JsonSchemaType.String;
            schema.Format = null;
            schema.Enum = [.. Enum.GetNames(type).Select(name => (JsonNode)JsonValue.Create(name))];
            schema.Description ??= $"A {type.Name}, by name.";
        }
    }
}
