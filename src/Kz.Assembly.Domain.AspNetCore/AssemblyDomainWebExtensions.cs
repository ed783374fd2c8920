using System;
using Kz.Assembly.Domain.AspNetCore;
using Kz.Assembly.Domain.AspNetCore.Binding;
using Kz.Assembly.Domain.AspNetCore.Health;
using Kz.Assembly.Domain.AspNetCore.Json;
using Kz.Assembly.Domain.AspNetCore.Languages;
using Kz.Assembly.Domain.AspNetCore.OpenApi;
using Kz.Assembly.Domain.AspNetCore.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The one registration a web app on Kz.Assembly.Domain needs, and its middleware.</summary>
public static class AssemblyDomainWebExtensions
{
    /// <summary>
    /// Registers JSON options (the domain's and NodaTime's converters) for minimal APIs and MVC, MVC binding of every
    /// domain value and <c>LocalDate</c> by the JSON rules, problem details for domain exceptions, the request's
    /// language, and the OpenAPI schemas of the domain's values (for every document added with <c>AddOpenApi</c>).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Changes to the defaults, or null.</param>
    /// <returns>The same services, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddAssemblyDomainWeb(this IServiceCollection services, Action<AssemblyDomainWebOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        OptionsBuilder<AssemblyDomainWebOptions> options = services.AddOptions<AssemblyDomainWebOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(json => DomainJson.Configure(json.SerializerOptions));
        services.Configure<JsonOptions>(json => DomainJson.Configure(json.JsonSerializerOptions));
        services.Configure<MvcOptions>(mvc => mvc.ModelBinderProviders.Insert(0, new DomainValueBinderProvider()));
        services.AddProblemDetails();
        services.AddExceptionHandler<DomainExceptionHandler>();
        services.ConfigureAll<OpenApiOptions>(openApi => openApi.AddSchemaTransformer<DomainSchemaTransformer>().AddOperationTransformer<DomainParameterTransformer>());
        return services;
    }

    /// <summary>
    /// Adds the check that the library's database answers and holds every migration (<c>AssemblyDbContext</c>, which
    /// the app registers): healthy, degraded while migrations are pending, unhealthy when it does not answer.
    /// </summary>
    /// <param name="builder">The health checks.</param>
    /// <param name="name">The check's name.</param>
    /// <returns>The same builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IHealthChecksBuilder AddAssemblyDatabase(this IHealthChecksBuilder builder, string name = "database")
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddCheck<AssemblyDatabaseHealthCheck>(name, HealthStatus.Unhealthy, ["database"]);
    }

    /// <summary>
    /// Answers exceptions as problem details (the domain's with its message, others without detail) and chooses each
    /// request's language; call it early, before the endpoints.
    /// </summary>
    /// <param name="app">The application.</param>
    /// <returns>The same application, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="app"/> is null.</exception>
    public static IApplicationBuilder UseAssemblyDomainWeb(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestLanguageMiddleware>();
        return app;
    }
}
