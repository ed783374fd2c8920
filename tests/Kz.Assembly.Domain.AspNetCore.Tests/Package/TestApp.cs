using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Kz.Assembly.Domain.AspNetCore.Tests.Package;

/// <summary>A minimal app on the package alone (controllers and endpoints a test adds), in Production, on a test server.</summary>
internal sealed class TestApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private TestApp(WebApplication app) => this.app = app;

    public HttpClient Client => app.GetTestClient();

    public static async Task<TestApp> StartAsync(Action<IEndpointRouteBuilder> endpoints)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Services.AddControllers().AddApplicationPart(typeof(TestApp).Assembly);
        builder.Services.AddAssemblyDomainWeb();
        WebApplication app = builder.Build();
        app.UseAssemblyDomainWeb();
        app.MapControllers();
        endpoints(app);
        await app.StartAsync();
        return new TestApp(app);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
