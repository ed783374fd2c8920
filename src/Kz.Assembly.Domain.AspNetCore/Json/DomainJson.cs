using System.Text.Json;
using Kz.Assembly.Domain.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Kz.Assembly.Domain.AspNetCore.Json;

/// <summary>The JSON options of a web app: the domain's converters and NodaTime's, configured once for minimal APIs,
/// MVC and the binders alike (the domain's enums carry their own converter: names only, never numbers).</summary>
internal static class DomainJson
{
    internal static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.AddAssemblyDomain();
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        return options;
    }
}
