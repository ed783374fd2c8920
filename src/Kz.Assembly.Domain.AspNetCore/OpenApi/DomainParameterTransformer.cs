using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Kz.Assembly.Domain.AspNetCore.OpenApi;

/// <summary>
/// Describes route and query parameters of the domain's values as <see cref="DomainSchemaTransformer"/> describes
/// them in bodies: the generator takes a parameter MVC binds from text for a bare string, so its pattern, example and
/// description are added from the parameter's own type.
/// </summary>
internal sealed class DomainParameterTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (IOpenApiParameter parameter in operation.Parameters ?? [])
        {
            var description = context.Description.ParameterDescriptions.FirstOrDefault(p => p.Name == parameter.Name);
            if (description?.ModelMetadata?.UnderlyingOrModelType is { } type && parameter.Schema is OpenApiSchema schema)
            {
                DomainSchemaTransformer.Describe(schema, type);
            }
        }

        return Task.CompletedTask;
    }
}
