using Kz.Assembly.Domain.Dashboard;
using Kz.Assembly.Domain.Dashboard.Data;
using Kz.Assembly.Domain.Dashboard.Web;
using Kz.Assembly.Domain.EntityFrameworkCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllersWithViews(mvc => mvc.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));
builder.Services.AddAssemblyDomainWeb();
builder.Services.AddOpenApi();
builder.Services.Configure<DashboardOptions>(builder.Configuration.GetSection("Dashboard"));
builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(form => form.ValueLengthLimit = (builder.Configuration.GetValue<int?>("Dashboard:ReportSizeLimit") ?? (1 << 20)) + 4096);

// The embedded default needs no server; a connection string named Assembly puts the same pages on PostgreSQL.
string? connection = builder.Configuration.GetConnectionString("Assembly");
if (string.IsNullOrWhiteSpace(connection))
{
    builder.Services.AddSingleton<IDashboardData, EmbeddedDashboardData>();
}
else
{
    builder.Services.AddDbContext<AssemblyDbContext>(options => options.UseNpgsql(connection, npgsql => npgsql.UseNodaTime()));
    builder.Services.AddScoped<IDashboardData, DatabaseDashboardData>();
    builder.Services.AddHealthChecks().AddAssemblyDatabase();
}

WebApplication app = builder.Build();
app.UseAssemblyDomainWeb();
app.UseMiddleware<SecurityHeaders>();
app.UseMiddleware<ReportSizeLimit>();
app.UseStaticFiles();
app.MapControllers();
app.MapOpenApi();
if (!string.IsNullOrWhiteSpace(connection))
{
    app.MapHealthChecks("/health");

    // Migrations need the schema owner; the app itself may run as a role that only reads and writes rows
    // (docs/web.md): give that owner's connection as AssemblyMigrations, or let the app's own connection migrate.
    string migrations = builder.Configuration.GetConnectionString("AssemblyMigrations") is { Length: > 0 } owner ? owner : connection;
    await using var migrator = new AssemblyDbContext(new DbContextOptionsBuilder<AssemblyDbContext>().UseNpgsql(migrations, npgsql => npgsql.UseNodaTime()).Options);
    await migrator.Database.MigrateAsync();
}

await app.RunAsync();

/// <summary>The dashboard: the reference web app on the library (its tests start it through this type).</summary>
public partial class Program;
