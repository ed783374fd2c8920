using System;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kz.Assembly.Domain.AspNetCore.Binding;

/// <summary>Gives MVC a <see cref="DomainValueBinder"/> for every value of the domain and <c>LocalDate</c>, with the
/// app's MVC JSON options (which <c>AddAssemblyDomainWeb</c> configures).</summary>
internal sealed class DomainValueBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Type type = context.Metadata.UnderlyingOrModelType;
        if (!DomainValues.IsBound(type))
        {
            return null;
        }

        var options = context.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Mvc.JsonOptions>>().Value.JsonSerializerOptions;
        return new DomainValueBinder(context.Metadata.ModelType, options);
    }
}
