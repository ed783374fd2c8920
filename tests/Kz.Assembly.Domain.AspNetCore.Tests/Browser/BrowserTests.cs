using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Kz.Assembly.Domain.AspNetCore.Tests.Browser;

/// <summary>
/// The dashboard in a real browser: each page in each language with no serious or critical accessibility violation
/// (axe), the language switch, reading a report and seeing its marks, and pasted markup never run. Screenshots of every
/// page are saved (CI keeps them).
/// </summary>
public sealed class BrowserTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (string page in new[] { "overview:/", "region:/regions/KZ-61", "read:/read" })
        {
            foreach (string language in new[] { "kk", "kk-Latn", "ru", "en" })
            {
                data.Add(page, language);
            }
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task Each_page_in_each_language_has_no_serious_accessibility_violation(string page, string language)
    {
        Skip.If(server.Unavailable is not null, server.Unavailable);
        (string name, string path) = (page[..page.IndexOf(':', StringComparison.Ordinal)], page[(page.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        IPage tab = await server.Browser.NewPageAsync();
        IResponse? response = await tab.GotoAsync(new Uri(server.Address, $"{path}?lang={language}").ToString());
        Assert.Equal(200, response!.Status);
        Assert.Equal(language, await tab.Locator("html").GetAttributeAsync("lang"));
        await tab.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardServer.Screenshots, $"{name}-{language}.png"), FullPage = true });

        AxeResult result = await tab.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
        await tab.CloseAsync();
    }

    [SkippableFact]
    public async Task The_language_switch_rewrites_the_page_and_is_remembered()
    {
        Skip.If(server.Unavailable is not null, server.Unavailable);
        IBrowserContext context = await server.Browser.NewContextAsync();
        IPage tab = await context.NewPageAsync();
        await tab.GotoAsync(new Uri(server.Address, "/?lang=en").ToString());
        Assert.Equal("National overview", await tab.Locator("h1").InnerTextAsync());

        await tab.Locator("nav.languages a[hreflang=ru]").ClickAsync();
        Assert.Equal("ru", await tab.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Общий обзор", await tab.Locator("h1").InnerTextAsync());

        await tab.GotoAsync(new Uri(server.Address, "/read").ToString());
        Assert.Equal("ru", await tab.Locator("html").GetAttributeAsync("lang"));
        await context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_pasted_report_is_read_with_its_facts_marked_and_its_markup_never_run()
    {
        Skip.If(server.Unavailable is not null, server.Unavailable);
        IPage tab = await server.Browser.NewPageAsync();
        bool dialog = false;
        tab.Dialog += (_, d) => { dialog = true; _ = d.DismissAsync(); };
        await tab.GotoAsync(new Uri(server.Address, "/read?lang=en").ToString());
        await tab.Locator("#text").FillAsync(
            "<script>window.pwned = 1; alert(1)</script><img src=x onerror=\"window.pwned = 2; alert(2)\">\n" +
            "Түркістан облысында жыл басынан бері 631 іс-шара мен 49 қайырымдылық акциясы өткізіліп, 39 мыңға жуық адам қамтылды.");
        await tab.Locator("#published").FillAsync("2025-04-24");
        await tab.Locator("form.reader button[type=submit]").First.ClickAsync();
        await tab.WaitForSelectorAsync("mark.fact");

        int marks = await tab.Locator("mark.fact").CountAsync();
        Assert.True(marks >= 1, $"{marks} facts marked");
        Assert.Contains("631", await tab.Locator("mark.fact").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("<script>", await tab.Locator(".marked").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await tab.Locator(".marked img, .marked script").CountAsync());
        Assert.True(await tab.EvaluateAsync<bool>("() => window.pwned === undefined"), "the pasted markup ran");
        Assert.False(dialog);
        await tab.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardServer.Screenshots, "read-result-en.png"), FullPage = true });
    }
}
