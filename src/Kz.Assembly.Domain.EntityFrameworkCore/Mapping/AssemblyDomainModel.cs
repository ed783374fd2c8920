using System;
using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Microsoft.EntityFrameworkCore;
namespace Kz.Assembly.Domain.EntityFrameworkCore.Mapping;

/// <summary>
/// Maps the store's facts to PostgreSQL tables (snake_case names), each kind's table as its row's file describes it, with the invariants the database can hold: keys and
/// foreign keys for every reference, one session number per body, non-negative counts, a known qualifier exactly when
/// a count is known, terms that end after they start, dissolutions after foundations, enum columns limited to their
/// defined values, and the Senate's five seats. Call it from <see cref="DbContext.OnModelCreating"/>, with
/// <see cref="Conversion.AssemblyDomainConventions.AddAssemblyDomainConventions"/> in
/// <see cref="DbContext.ConfigureConventions"/>.
/// </summary>
public static class AssemblyDomainModel
{
    /// <summary>Maps every table of the store.</summary>
    /// <param name="model">The model builder.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static ModelBuilder MapAssemblyDomain(this ModelBuilder model)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (StoredKind kind in StoredKinds.All)
        {
            kind.Map(model);
        }

        SnakeCase.Apply(model);
        return model;
    }

    /// <summary>A kind's table: its name in the core's catalogue, in snake case (<c>councilMemberships</c> → <c>council_memberships</c>).</summary>
    internal static string Table(FactKind kind) => SnakeCase.Of(kind.Name);
}
