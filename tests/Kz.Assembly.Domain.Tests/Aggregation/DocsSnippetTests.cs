using Kz.Assembly.Domain.Tests.Support;

namespace Kz.Assembly.Domain.Tests.Aggregation;

/// <summary>docs/aggregation.md shows users how to load records and ask the three common questions: that code must compile.</summary>
public class DocsSnippetTests
{
    private const string SampleLedgerHelper = """
        using Kz.Assembly.Domain.Aggregation;
        using Kz.Assembly.Domain.Samples;

        internal static class SampleLedger
        {
            public static ParticipationLedger Build()
            {
                var builder = new ParticipationLedgerBuilder();
                foreach (var summary in TurkistanArticle2025.DataSet.Summaries)
                {
                    builder.Append(summary);
                }

                return builder.ToLedger();
            }
        }
        """;

    [Fact]
    public void Every_snippet_of_the_aggregation_guide_compiles()
    {
        var blocks = SnippetCompiler.CSharpBlocks("docs/aggregation.md");
        Assert.Equal(2, blocks.Count);
        Assert.Empty(SnippetCompiler.Errors(blocks[0]));
        Assert.Empty(SnippetCompiler.Errors(blocks[1], SampleLedgerHelper));
    }
}
