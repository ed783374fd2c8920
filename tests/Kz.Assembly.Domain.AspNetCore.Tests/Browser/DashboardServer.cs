using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kz.Assembly.Domain.AspNetCore.Tests.Browser;

/// <summary>
/// The dashboard on a real port (Kestrel on 127.0.0.1) and Debian's chromium driven by Playwright, headless. Where
/// chromium is not installed the browser tests skip with a message, except under CI, where <c>.ci/run</c> installs it.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "xunit disposes a fixture through IAsyncLifetime.DisposeAsync.")]
public sealed class DashboardServer : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly WebApplicationFactory<Program> factory = new ServedDashboard();
    private IPlaywright? playwright;

    /// <summary>Gets why the browser tests cannot run here, or null.</summary>
    public string? Unavailable { get; private set; }

    /// <summary>Gets the dashboard's address.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Gets the browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Gets where screenshots go: <c>KZ_SCREENSHOTS</c> (CI sets it), else beside the tests.</summary>
    public static string Screenshots { get; } =
        Environment.GetEnvironmentVariable("KZ_SCREENSHOTS") is { Length: > 0 } folder ? folder : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            Unavailable = $"{Chromium} is not installed (apt-get install chromium; .ci/run installs it).";
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                throw new InvalidOperationException(Unavailable);
            }

            return;
        }

        factory.UseKestrel(0);
        factory.StartServer();
        string address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await factory.DisposeAsync();
    }

    private sealed class ServedDashboard : WebApplicationFactory<Program>
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
}
