using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Migrations;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a server: the connection is never opened.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<AssemblyDbContext>
{
    public AssemblyDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<AssemblyDbContext>()
            .UseNpgsql("Host=localhost;Database=design_time", npgsql => npgsql.UseNodaTime())
            .Options);
}
