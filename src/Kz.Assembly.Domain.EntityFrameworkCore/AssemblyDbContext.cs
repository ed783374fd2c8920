using Kz.Assembly.Domain.EntityFrameworkCore.Conversion;
using Kz.Assembly.Domain.EntityFrameworkCore.Mapping;
using Kz.Assembly.Domain.EntityFrameworkCore.Tables;
using Microsoft.EntityFrameworkCore;

namespace Kz.Assembly.Domain.EntityFrameworkCore;

/// <summary>
/// A ready context with the library's tables and the migrations that create them
/// (<c>await context.Database.MigrateAsync()</c>). Configure it with
/// <c>options.UseNpgsql(connectionString, npgsql =&gt; npgsql.UseNodaTime())</c>. An application with a context of its
/// own calls <see cref="AssemblyDomainConventions.AddAssemblyDomainConventions"/> and
/// <see cref="AssemblyDomainModel.MapAssemblyDomain"/> from it instead, and adds its own migrations.
/// </summary>
/// <param name="options">The options (Npgsql with its NodaTime plugin).</param>
public class AssemblyDbContext(DbContextOptions<AssemblyDbContext> options) : DbContext(options)
{
    /// <summary>Gets the bodies.</summary>
    public DbSet<BodyRow> Bodies => Set<BodyRow>();

    /// <summary>Gets the people.</summary>
    public DbSet<PersonRow> People => Set<PersonRow>();

    /// <summary>Gets the sessions (with their officials).</summary>
    public DbSet<SessionRow> Sessions => Set<SessionRow>();

    /// <summary>Gets the council memberships.</summary>
    public DbSet<CouncilMembershipRow> CouncilMemberships => Set<CouncilMembershipRow>();

    /// <summary>Gets the social projects.</summary>
    public DbSet<ProjectRow> Projects => Set<ProjectRow>();

    /// <summary>Gets the activities.</summary>
    public DbSet<ActivityRow> Activities => Set<ActivityRow>();

    /// <summary>Gets the reported summaries (with their tallies).</summary>
    public DbSet<SummaryRow> Summaries => Set<SummaryRow>();

    /// <summary>Gets the representation facts.</summary>
    public DbSet<RepresentationRow> Representation => Set<RepresentationRow>();

    /// <summary>Gets the deputy groups.</summary>
    public DbSet<DeputyGroupRow> DeputyGroups => Set<DeputyGroupRow>();

    /// <summary>Gets the Friendship Houses.</summary>
    public DbSet<FriendshipHouseRow> FriendshipHouses => Set<FriendshipHouseRow>();

    /// <inheritdoc/>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.AddAssemblyDomainConventions();

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.MapAssemblyDomain();
}
