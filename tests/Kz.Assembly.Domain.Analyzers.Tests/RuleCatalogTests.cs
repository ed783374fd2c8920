using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Kz.Assembly.Domain.Analyzers;

namespace Kz.Assembly.Domain.Analyzers.Tests;

/// <summary>The catalogue: ten rules, each with a page, a release-tracking line, a help link, and a fixer where promised.</summary>
public class RuleCatalogTests
{
    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Assembly.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory!.FullName;
    }

    private static readonly string[] Ids = [.. AllAnalyzers.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal)];

    [Fact]
    public void There_are_eleven_rules_one_per_analyzer() =>
        Assert.Equal(Enumerable.Range(1, 11).Select(n => $"ASM{n:D4}"), Ids);

    [Fact]
    public void Every_descriptor_links_to_its_docs_page_which_exists()
    {
        foreach (var descriptor in AllAnalyzers.Analyzers.SelectMany(a => a.SupportedDiagnostics))
        {
            Assert.Equal(RuleIdentifiers.HelpLink(descriptor.Id), descriptor.HelpLinkUri);
            string page = Path.Combine(Root(), "docs", "rules", descriptor.Id + ".md");
            Assert.True(File.Exists(page), page);
            string text = File.ReadAllText(page);
            Assert.StartsWith($"# {descriptor.Id} - ", text, StringComparison.Ordinal);
            Assert.Contains("dotnet_diagnostic." + descriptor.Id + ".severity", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_help_link_lives_under_the_repository_URL_the_build_props_set_for_the_package()
    {
        string props = File.ReadAllText(Path.Combine(Root(), "Directory.Build.props"));
        string repository = System.Text.RegularExpressions.Regex.Match(props, "<RepositoryUrl>([^<]+)</RepositoryUrl>").Groups[1].Value;
        Assert.StartsWith("https://", repository, StringComparison.Ordinal);
        Assert.Contains("<PackageProjectUrl>$(RepositoryUrl)</PackageProjectUrl>", props, StringComparison.Ordinal);
        foreach (var descriptor in AllAnalyzers.Analyzers.SelectMany(a => a.SupportedDiagnostics))
        {
            Assert.Equal($"{repository}/blob/main/docs/rules/{descriptor.Id}.md", descriptor.HelpLinkUri);
        }
    }

    [Fact]
    public void Every_rule_is_in_the_release_tracking_with_its_severity()
    {
        // Shipped (a release's section) or not yet: either file, but in one of them with the severity it has.
        string tracked = string.Concat(
            File.ReadAllText(Path.Combine(Root(), "analyzers", "Kz.Assembly.Domain.Analyzers", "AnalyzerReleases.Shipped.md")),
            File.ReadAllText(Path.Combine(Root(), "analyzers", "Kz.Assembly.Domain.Analyzers", "AnalyzerReleases.Unshipped.md")));
        foreach (var descriptor in AllAnalyzers.Analyzers.SelectMany(a => a.SupportedDiagnostics))
        {
            Assert.Contains($"{descriptor.Id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", tracked, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_analyzer_derives_from_DomainAnalyzer_so_it_runs_concurrently_and_skips_generated_code() =>
        Assert.All(AllAnalyzers.Analyzers, analyzer => Assert.IsAssignableFrom<DomainAnalyzer>(analyzer));

    [Fact]
    public void The_promised_rules_have_fixers() =>
        Assert.Equal(
            ["ASM0003", "ASM0004", "ASM0006", "ASM0007", "ASM0008", "ASM0009", "ASM0011"],
            AllAnalyzers.Fixers.SelectMany(f => f.FixableDiagnosticIds).OrderBy(id => id, StringComparer.Ordinal));

    [Fact]
    public void The_analyzer_assemblies_reference_no_Roslyn_newer_than_4_8()
    {
        foreach (System.Reflection.Assembly assembly in new[] { typeof(RuleIdentifiers).Assembly, typeof(Kz.Assembly.Domain.CodeFixes.Rules.MixedScriptFixer).Assembly })
        {
            var roslyn = assembly.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(roslyn);
            Assert.All(roslyn, reference => Assert.True(reference.Version <= new Version(4, 8, 0, 0), $"{assembly.GetName().Name} references {reference}"));
        }
    }
}
