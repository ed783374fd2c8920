using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Kz.Assembly.Domain.AspNetCore.Tests.Support;

namespace Kz.Assembly.Domain.AspNetCore.Tests.Dashboard;

/// <summary>The JSON API as a client meets it: right answers, and for every bad input a problem naming the value and
/// the rule it broke, in Production.</summary>
public sealed class ApiTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Totals_of_the_articles_region_for_its_year_to_date_hold_its_631_events()
    {
        HttpResponseMessage response = await client.GetAsync("/api/regions/KZ-61/totals?period=YTD%202025-04-24");
        string text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement json = JsonDocument.Parse(text).RootElement;
        Assert.Equal("KZ-61", json.GetProperty("region").GetString());
        Assert.Equal("YTD 2025-04-24", json.GetProperty("period").GetString());
        Assert.Contains("{\"kind\":\"Event\",", text, System.StringComparison.Ordinal);
        Assert.Equal("complete", json.GetProperty("peopleCoverage").GetString());
    }

    [Theory]
    [InlineData("/api/regions/KZ-61/totals?period=2025-Q5", "period", "'2025-Q5' is not a reporting period")]
    [InlineData("/api/regions/KZ-99/totals?period=2025-Q1", "region", "'KZ-99' is not the ISO 3166-2:KZ code")]
    [InlineData("/api/regions/Turkistan/totals?period=2025-Q1", "region", "'Turkistan'")]
    [InlineData("/api/regions/KZ-61/totals", "period", "The period is required")]
    public async Task A_bad_value_is_a_problem_naming_the_parameter_the_value_and_the_rule(string url, string parameter, string reason)
    {
        var (json, text) = await Problem.ReadAsync(await client.GetAsync(url), HttpStatusCode.BadRequest);
        string message = json.GetProperty("errors").GetProperty(parameter)[0].GetString()!;
        Assert.Contains(reason, message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_day_that_does_not_exist_is_refused_by_the_date_rule()
    {
        var (json, _) = await Problem.ReadAsync(await client.PostAsync("/api/read?published=2025-02-30", new StringContent("631 іс-шара")), HttpStatusCode.BadRequest);
        Assert.Contains("2025-02-30", json.GetProperty("errors").GetProperty("published")[0].GetString()!, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_language_is_a_problem_naming_it_and_the_languages_there_are()
    {
        var (json, _) = await Problem.ReadAsync(await client.GetAsync("/api/regions/KZ-61/totals?period=2025&lang=kz"), HttpStatusCode.BadRequest);
        string detail = json.GetProperty("detail").GetString()!;
        Assert.Contains("'kz'", detail, System.StringComparison.Ordinal);
        Assert.Contains("kk, kk-Latn", detail, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_is_read_as_json_with_its_facts_and_spans()
    {
        HttpResponseMessage response = await client.PostAsync(
            "/api/read?published=2025-04-24",
            new StringContent("Түркістан облысында жыл басынан бері 631 іс-шара өткізілді.", Encoding.UTF8, "text/plain"));
        string text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement json = JsonDocument.Parse(text).RootElement;
        Assert.Equal("kk", json.GetProperty("language").GetString());
        Assert.Contains("631", text, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public async Task An_empty_report_is_a_problem(string body)
    {
        var (json, _) = await Problem.ReadAsync(await client.PostAsync("/api/read?published=2025-04-24", new StringContent(body)), HttpStatusCode.BadRequest);
        Assert.Contains("empty", json.GetProperty("errors").GetProperty("text")[0].GetString()!, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_over_the_limit_is_a_413_problem()
    {
        var (json, _) = await Problem.ReadAsync(
            await client.PostAsync("/api/read?published=2025-04-24", new StringContent(new string('а', 5 * 1024 * 1024 / 2))),
            HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("1048576 bytes", json.GetProperty("detail").GetString()!, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_values_as_strings_with_patterns_and_no_nodatime_internals()
    {
        string document = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("YTD 2025-04-24", document, System.StringComparison.Ordinal);
        Assert.Contains("\"pattern\": \"^KZ-[A-Z0-9]{2,3}$\"", document, System.StringComparison.Ordinal);
        Assert.Contains("\"format\": \"date\"", document, System.StringComparison.Ordinal);
        Assert.DoesNotContain("CalendarSystem", document, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\"Era\"", document, System.StringComparison.Ordinal);
        Assert.Contains("\"CharityAction\"", document, System.StringComparison.Ordinal);
    }
}
