using System;
using System.Net;
using System.Threading.Tasks;
using Kz.Assembly.Domain.AspNetCore.Tests.Support;
using Kz.Assembly.Domain.Periods;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Kz.Assembly.Domain.AspNetCore.Tests.Package;

/// <summary>In Production a domain exception is a 400 problem with the domain's message; any other exception a 500
/// problem that says nothing of its cause.</summary>
public sealed class ProblemTests : IAsyncLifetime
{
    private TestApp app = null!;

    public async Task InitializeAsync() => app = await TestApp.StartAsync(endpoints =>
    {
        endpoints.MapGet("/domain", () => ReportingPeriod.Parse("2025-Q5").ToString());
        endpoints.MapGet("/bug", string () => throw new InvalidOperationException("connection string Password=secret"));
        endpoints.MapGet("/app-argument", string () => throw new ArgumentException("an app's own bug, Password=secret"));
    });

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_domain_exception_is_a_400_with_the_domains_message()
    {
        var (json, _) = await Problem.ReadAsync(await app.Client.GetAsync(new Uri("/domain", UriKind.Relative)), HttpStatusCode.BadRequest);
        Assert.Contains("'2025-Q5' is not a reporting period", json.GetProperty("detail").GetString()!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/bug")]
    [InlineData("/app-argument")]
    public async Task Any_other_exception_is_a_500_that_says_nothing_of_its_cause(string url)
    {
        var (_, text) = await Problem.ReadAsync(await app.Client.GetAsync(new Uri(url, UriKind.Relative)), HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }
}
