using System;
using System.Collections.Generic;
using System.Linq;
using Kz.Assembly.Domain.Reading;
using Xunit.Abstractions;

namespace Kz.Assembly.Domain.Tests.Reading;

/// <summary>Every report of the team's corpus reads to exactly the facts written beside it, and over all of them the
/// figures' precision and recall are printed (the closing note quotes them) and held to the issue's bar.</summary>
public class ReportCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Reports => new(ReportCorpus.Names);

    [Fact]
    public void The_corpus_has_the_article_in_two_languages_and_at_least_fifteen_more_reports() =>
        Assert.True(ReportCorpus.Names.Length >= 17, $"{ReportCorpus.Names.Length} reports");

    [Theory]
    [MemberData(nameof(Reports))]
    public void Each_report_reads_to_the_facts_written_beside_it(string name)
    {
        (var published, List<string> expected) = ReportCorpus.Expected(name);
        ReportReading reading = ReportReader.Read(ReportCorpus.Text(name), published);
        List<string> read = [.. reading.Facts.Select(ReportCorpus.Describe)];
        Assert.True(expected.SequenceEqual(read), $"{name}\nexpected:\n  {string.Join("\n  ", expected)}\nread:\n  {string.Join("\n  ", reading.Facts)}\nunplaced:\n  {string.Join("\n  ", reading.Unplaced)}");
        Assert.Empty(reading.DraftProblems);
    }

    [Fact]
    public void Over_the_corpus_figures_are_read_with_precision_of_95_and_recall_of_90_percent()
    {
        int expectedCount = 0, readCount = 0, matched = 0;
        foreach (string name in ReportCorpus.Names)
        {
            (var published, List<string> expected) = ReportCorpus.Expected(name);
            List<string> wanted = [.. expected.SelectMany(ReportCorpus.Figures)];
            List<string> read = [.. ReportReader.Read(ReportCorpus.Text(name), published).Facts.Select(ReportCorpus.Describe).SelectMany(ReportCorpus.Figures)];
            expectedCount += wanted.Count;
            readCount += read.Count;
            foreach (string figure in read)
            {
                if (wanted.Remove(figure))
                {
                    matched++;
                }
            }
        }

        double precision = readCount == 0 ? 1 : (double)matched / readCount;
        double recall = expectedCount == 0 ? 1 : (double)matched / expectedCount;
        output.WriteLine($"figures: {expectedCount} expected, {readCount} read, {matched} right; precision {precision:P1}, recall {recall:P1}");
        Assert.True(precision >= 0.95 && recall >= 0.90, $"precision {precision:P1}, recall {recall:P1}");
    }
}
