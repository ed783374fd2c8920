using Kz.Assembly.Domain.Tests.Support;

namespace Kz.Assembly.Domain.Tests.PublicApi;

/// <summary>The README's code example is the first thing a user copies: it must compile against the library.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void The_README_example_compiles()
    {
        string example = Assert.Single(SnippetCompiler.CSharpBlocks("README.md"));
        Assert.Contains("TurkistanArticle2025", example, System.StringComparison.Ordinal);
        Assert.Empty(SnippetCompiler.Errors(example));
    }
}
