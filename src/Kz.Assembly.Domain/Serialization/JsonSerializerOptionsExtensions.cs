using System.Text.Json;

namespace Kz.Assembly.Domain.Serialization;

/// <summary>
/// The one registration call for the library's JSON converters, named like NodaTime's <c>ConfigureForNodaTime</c>.
/// </summary>
/// <remarks>
/// Every value type already carries its converter (<c>[JsonConverter]</c> on the type, as Vogen does), so a team that
/// forgets this call still never reads an invalid value: <c>JsonSerializer.Deserialize&lt;SessionNumber&gt;("0")</c>
/// throws with default options. The call adds the same converters to the options explicitly, which a
/// source-generated <c>JsonSerializerContext</c> built from these options then uses too.
/// </remarks>
public static class JsonSerializerOptionsExtensions
{
    /// <summary>Adds the converters of the library's value types and ids.</summary>
    /// <param name="options">The options to configure.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="System.InvalidOperationException">The options are already in use (System.Text.Json freezes them).</exception>
    public static JsonSerializerOptions AddAssemblyDomain(this JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options, nameof(options));
        options.Converters.Add(new SessionNumberJsonConverter());
        options.Converters.Add(new QualifiedCountJsonConverter());
        options.Converters.Add(new ReportingPeriodJsonConverter());
        options.Converters.Add(new RegionJsonConverter());
        options.Converters.Add(new ActivityKindSetJsonConverter());
        options.Converters.Add(new IdJsonConverterFactory());
        options.Converters.Add(new LocalizedTextJsonConverter());
        return options;
    }
}
