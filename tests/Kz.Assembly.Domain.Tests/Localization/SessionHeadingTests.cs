using System.IO;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Tests.Support;
using Article = Kz.Assembly.Domain.Samples.TurkistanArticle2025;

namespace Kz.Assembly.Domain.Tests.Localization;

/// <summary>A session with its body as a heading, the body declined by the library: the sample once built the Russian
/// genitive with <c>Replace("Ассамблея", "Ассамблеи")</c>.</summary>
public class SessionHeadingTests
{
    [Theory]
    [InlineData("kk", "Түркістан облыстық Қазақстан халқы Ассамблеясының XXVII сессиясы")]
    [InlineData("ru", "XXVII сессия Ассамблеи народа Казахстана Туркестанской области")]
    [InlineData("en", "27th session of the Turkistan Regional Assembly of People of Kazakhstan")]
    public void The_body_is_declined_by_the_library(string culture, string expected) =>
        Assert.Equal(expected, SessionText.Heading(Article.RegionalSession, culture));

    [Fact]
    public void The_sample_declines_nothing_by_hand()
    {
        string report = File.ReadAllText(Path.Combine(SnippetCompiler.RepositoryRoot(), "samples", "Kz.Assembly.Domain.Sample", "TurkistanReport.cs"));
        Assert.DoesNotContain(".Replace(", report, System.StringComparison.Ordinal);
    }
}
