using System;
using System.Net;
using System.Threading.Tasks;
using Kz.Assembly.Domain.AspNetCore.Binding;
using Kz.Assembly.Domain.AspNetCore.Tests.Support;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Periods;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace Kz.Assembly.Domain.AspNetCore.Tests.Package;

/// <summary>A minimal API takes domain values and <c>LocalDate</c> from route and query through
/// <see cref="DomainParameter{T}"/>, by the JSON rules, and says why a value was refused.</summary>
public sealed class MinimalApiTests : IAsyncLifetime
{
    private TestApp app = null!;

    public async Task InitializeAsync() => app = await TestApp.StartAsync(endpoints =>
    {
        endpoints.MapGet("/minimal/{region}/totals", (DomainParameter<Region> region, DomainParameter<ReportingPeriod> period) =>
            Results.Ok(new { region = region.Value, period = period.Value }));
        endpoints.MapGet("/minimal/read", (DomainParameter<LocalDate>? published) =>
            Results.Ok(new { published = published?.Value }));
    });

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Values_bind_and_are_written_back_as_json_writes_them()
    {
        Assert.Equal("{\"region\":\"KZ-61\",\"period\":\"2025-Q1\"}", await app.Client.GetStringAsync(new Uri("/minimal/KZ-61/totals?period=2025-Q1", UriKind.Relative)));
        Assert.Equal("{\"published\":\"2025-04-24\"}", await app.Client.GetStringAsync(new Uri("/minimal/read?published=2025-04-24", UriKind.Relative)));
        Assert.Equal("{\"published\":null}", await app.Client.GetStringAsync(new Uri("/minimal/read", UriKind.Relative)));
    }

    [Theory]
    [InlineData("/minimal/KZ-61/totals?period=2025-Q5", "period: '2025-Q5' is not a reporting period")]
    [InlineData("/minimal/Turkistan/totals?period=2025", "region: 'Turkistan'")]
    [InlineData("/minimal/read?published=2025-02-30", "published: ")]
    public async Task A_refused_value_is_a_problem_naming_the_parameter_the_value_and_the_rule(string url, string detail)
    {
        var (json, _) = await Problem.ReadAsync(await app.Client.GetAsync(new Uri(url, UriKind.Relative)), HttpStatusCode.BadRequest);
        Assert.StartsWith(detail, json.GetProperty("detail").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_value_is_a_400() =>
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Client.GetAsync(new Uri("/minimal/KZ-61/totals", UriKind.Relative))).StatusCode);
}
