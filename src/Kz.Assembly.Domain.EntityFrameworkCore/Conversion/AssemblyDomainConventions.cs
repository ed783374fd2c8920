using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Text;
using Microsoft.EntityFrameworkCore;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Conversion;

/// <summary>
/// Registers a converter for every value type and id of the domain, once for the whole model, in
/// <see cref="DbContext.ConfigureConventions"/>. Every converter reads through the type's validating factory, so a row
/// can never be loaded as an invalid value.
/// </summary>
public static class AssemblyDomainConventions
{
    /// <summary>
    /// Registers the converters for <see cref="SessionNumber"/>, <see cref="Region"/>, <see cref="QualifiedCount"/>,
    /// <see cref="ReportingPeriod"/>, <see cref="ActivityKindSet"/>, <see cref="Term"/>, <see cref="LocalizedText"/>
    /// (<c>jsonb</c>) and the id of every entity of
    /// the library. For an id of an application's own entity, add <see cref="AddIdConversion{TEntity}"/>.
    /// </summary>
    /// <param name="configuration">The context's convention configuration.</param>
    /// <returns>The same configuration, for chaining.</returns>
    public static ModelConfigurationBuilder AddAssemblyDomainConventions(this ModelConfigurationBuilder configuration)
    {
        System.ArgumentNullException.ThrowIfNull(configuration);
        configuration.Properties<SessionNumber>().HaveConversion<SessionNumberConverter>();
        configuration.Properties<Region>().HaveConversion<RegionConverter>().HaveMaxLength(8);
        configuration.Properties<QualifiedCount>().HaveConversion<QualifiedCountConverter>();
        configuration.Properties<ReportingPeriod>().HaveConversion<ReportingPeriodConverter>();
        configuration.Properties<ActivityKindSet>().HaveConversion<ActivityKindSetConverter>();
        configuration.Properties<Term>().HaveConversion<TermConverter>();
        configuration.Properties<LocalizedText>().HaveConversion<LocalizedTextConverter>().HaveColumnType("jsonb");

        // EF Core registers a converter per closed type only (no open generic Id<>): one per entity of the core's
        // catalogue of fact kinds, so a new kind's ids convert without a line here.
        foreach (System.Type entity in FactKinds.IdentifiedEntities)
        {
            AddIdConversionOf.MakeGenericMethod(entity).Invoke(null, [configuration]);
        }

        return configuration;
    }

    /// <summary>Registers the text converter for <see cref="Id{TEntity}"/> of one entity type.</summary>
    /// <typeparam name="TEntity">The entity the ids name.</typeparam>
    /// <param name="configuration">The context's convention configuration.</param>
    /// <returns>The same configuration, for chaining.</returns>
    public static ModelConfigurationBuilder AddIdConversion<TEntity>(this ModelConfigurationBuilder configuration)
        where TEntity : class
    {
        System.ArgumentNullException.ThrowIfNull(configuration);
        configuration.Properties<Id<TEntity>>().HaveConversion<IdConverter<TEntity>>().HaveMaxLength(IdMaxLength);
        return configuration;
    }

    private static readonly System.Reflection.MethodInfo AddIdConversionOf =
        typeof(AssemblyDomainConventions).GetMethod(nameof(AddIdConversion))!;

    /// <summary>The longest id the slug rule allows (kept in step with the core's rule by a test).</summary>
    internal const int IdMaxLength = 100;
}
