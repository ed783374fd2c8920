using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Kz.Assembly.Domain.Tests.Support;

namespace Kz.Assembly.Domain.Tests.PublicApi;

/// <summary>The README shipped in the package is for package users: its example compiles, and every link resolves
/// on a package page (absolute, into the repository the build props name).</summary>
public class PackageReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(SnippetCompiler.RepositoryRoot(), "src", "Kz.Assembly.Domain", "PACKAGE.md"));

    [Fact]
    public void The_first_example_compiles() =>
        Assert.Empty(SnippetCompiler.Errors(SnippetCompiler.CSharpBlocks("src/Kz.Assembly.Domain/PACKAGE.md").Single()));

    [Fact]
    public void Every_link_is_absolute_and_into_the_repository()
    {
        string props = File.ReadAllText(Path.Combine(SnippetCompiler.RepositoryRoot(), "Directory.Build.props"));
        string repository = Regex.Match(props, "<RepositoryUrl>([^<]+)</RepositoryUrl>").Groups[1].Value;
        var links = Regex.Matches(Readme, @"\]\(([^)]+)\)").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith(repository + "/blob/main/docs/", link, StringComparison.Ordinal));
        Assert.All(links, link => Assert.True(File.Exists(Path.Combine(SnippetCompiler.RepositoryRoot(), link[(repository + "/blob/main/").Length..])), link));
    }
}
