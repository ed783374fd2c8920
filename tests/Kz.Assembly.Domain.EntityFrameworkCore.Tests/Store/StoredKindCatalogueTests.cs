using System;
using System.Linq;
using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.EntityFrameworkCore.Tables;
using Microsoft.EntityFrameworkCore;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tests.Store;

/// <summary>
/// The merge iterates the stored kinds, which pair the core's catalogue with the tables: every table of a fact is one
/// kind, named as the model names it, and only the child tables (a session's officials, a summary's tallies) are not.
/// </summary>
public class StoredKindCatalogueTests
{
    [Fact]
    public void Every_fact_table_of_the_model_is_a_stored_kind_and_only_the_child_tables_are_not()
    {
        // Building the model needs no server.
        using var context = new AssemblyDbContext(new DbContextOptionsBuilder<AssemblyDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=none", npgsql => npgsql.UseNodaTime()).Options);
        var tables = context.Model.GetEntityTypes()
            .Where(e => e.ClrType.Namespace == typeof(BodyRow).Namespace)
            .Select(e => e.GetTableName()!)
            .Except(["session_officials", "summary_tallies"])
            .Order(StringComparer.Ordinal);

        Assert.Equal(tables, StoredKinds.All.Select(k => k.Table).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Only_activities_are_written_by_copy_and_bodies_people_and_projects_are_replaced_in_place()
    {
        Assert.Equal(["activities"], StoredKinds.All.Where(k => k.WrittenByCopy).Select(k => k.Table));
        Assert.Equal(["bodies", "people", "projects"], StoredKinds.All.Where(k => !k.ReplacesByDelete).Select(k => k.Table));
    }
}
