using System.Collections.Generic;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Kz.Assembly.Domain.AspNetCore.Tests.Support;

/// <summary>The dashboard on its embedded data, in Production (so no developer page hides what users would see), with
/// a small synthetic data set so a test run stays quick.</summary>
public sealed class DashboardFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Dashboard:SyntheticActivities"] = "20000",
        }));
    }
}
