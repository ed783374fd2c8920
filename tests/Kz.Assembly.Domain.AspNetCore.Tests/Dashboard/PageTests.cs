using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Kz.Assembly.Domain.AspNetCore.Tests.Support;

namespace Kz.Assembly.Domain.AspNetCore.Tests.Dashboard;

/// <summary>The pages as a visitor meets them: each in each language, the language remembered, bad values shown on the
/// page with a 400, user input never run as markup, every writing form protected.</summary>
public sealed class PageTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    public static TheoryData<string, string> PagesInLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (string page in new[] { "/", "/regions/KZ-61", "/regions/KZ-10", "/read", "/?period=2022" })
        {
            foreach (string language in new[] { "kk", "kk-Latn", "ru", "en" })
            {
                data.Add(page, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesInLanguages))]
    public async Task Every_page_answers_in_every_language_and_says_which(string page, string language)
    {
        HttpClient client = factory.CreateClient();
        HttpResponseMessage response = await client.GetAsync($"{page}{(page.Contains('?', System.StringComparison.Ordinal) ? '&' : '?')}lang={language}");
        string html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(language, response.Content.Headers.ContentLanguage.Single());
        Assert.Contains($"<html lang=\"{language}\">", html, System.StringComparison.Ordinal);

        // Kazakh in the Latin script has no Cyrillic letter in its chrome; the other languages' chrome is their own.
        string title = Regex.Match(html, "<title>(.*?)</title>").Groups[1].Value;
        string decoded = WebUtility.HtmlDecode(title);
        Assert.Equal(language is "kk-Latn" or "en", decoded.All(c => c < 0x400 || c > 0x4FF));
    }

    [Fact]
    public async Task The_overview_shows_the_regions_of_the_period_as_they_were()
    {
        HttpClient client = factory.CreateClient();
        string in1996 = await client.GetStringAsync("/?period=1996&lang=en");
        string in2025 = await client.GetStringAsync("/?period=2025&lang=en");
        Assert.Contains("Taldykorgan", in1996, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Ulytau", in1996, System.StringComparison.Ordinal);
        Assert.Contains("Ulytau", in2025, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Taldykorgan", in2025, System.StringComparison.Ordinal);
        Assert.Contains("<svg class=\"chart\" role=\"img\"", in2025, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chosen_language_is_remembered_by_a_cookie()
    {
        HttpClient client = factory.CreateClient();
        await client.GetAsync("/?lang=ru");
        HttpResponseMessage next = await client.GetAsync("/read");
        Assert.Equal("ru", next.Content.Headers.ContentLanguage.Single());
    }

    [Fact]
    public async Task Accept_Language_chooses_when_nothing_else_does()
    {
        HttpClient client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Accept-Language", "de-DE, ru-RU;q=0.8, en;q=0.5");
        HttpResponseMessage response = await client.SendAsync(request);
        Assert.Equal("ru", response.Content.Headers.ContentLanguage.Single());
    }

    [Theory]
    [InlineData("/?period=2025-Q5&lang=en", "&#x27;2025-Q5&#x27; is not a reporting period")]
    [InlineData("/regions/KZ-99?lang=en", "&#x27;KZ-99&#x27; is not the ISO 3166-2:KZ code")]
    public async Task A_bad_value_in_a_page_is_shown_on_it_with_a_400(string url, string shown)
    {
        HttpResponseMessage response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(shown, await response.Content.ReadAsStringAsync(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pasted_report_is_shown_encoded_with_its_facts_marked()
    {
        HttpClient client = factory.CreateClient();
        string form = await client.GetStringAsync("/read?lang=en");
        string token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        const string Report = "<script>alert(1)</script><img src=x onerror=alert(2)> Жыл басынан бері Түркістан облысында 631 іс-шара өткізілді.";

        HttpResponseMessage response = await client.PostAsync("/read?lang=en", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["text"] = Report, ["published"] = "2025-04-24", ["__RequestVerificationToken"] = token,
        }));
        string html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>", html, System.StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, System.StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, System.StringComparison.Ordinal);
        Assert.Contains("<mark class=\"fact\"", html, System.StringComparison.Ordinal);
        string policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'none'", policy, System.StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_post_without_its_antiforgery_token_is_refused()
    {
        HttpResponseMessage response = await factory.CreateClient().PostAsync("/read", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["text"] = "631 іс-шара", ["published"] = "2025-04-24",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
