using System.Linq;
using Kz.Assembly.Domain.Reading;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Sessions;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Reading;

/// <summary>The article the library is built from, read with its publication date, gives the sample data set's every
/// figure, fact by fact; so does the team's Russian rendering of it.</summary>
public class ArticleReadingTests
{
    private static readonly LocalDate Published = new(2025, 4, 24);

    [Theory]
    [InlineData("article-kk")]
    [InlineData("article-ru")]
    public void Reading_the_article_gives_the_sample_data_sets_figures(string name)
    {
        AssemblyDataSet read = ReportReader.Read(ReportCorpus.Text(name), Published).Draft;
        AssemblyDataSet sample = TurkistanArticle2025.DataSet;

        Assert.Equal(Summaries(sample), Summaries(read));
        Assert.Equal(sample.Representation.Select(r => (r.Body.Id, r.Chamber, r.Members)), read.Representation.Select(r => (r.Body.Id, r.Chamber, r.Members)));
        Assert.Equal(sample.Projects.Select(p => (p.Body.Id, p.Name.Kazakh)), read.Projects.Select(p => (p.Body.Id, p.Name.Kazakh)));
        Assert.Equal(Sessions(sample), Sessions(read));
        Assert.Equal(
            sample.FriendshipHouses.Select(h => (h.Body.Id, h.Place.Region, h.ProposedOn, h.OpenedOn)),
            read.FriendshipHouses.Select(h => (h.Body.Id, h.Place.Region, h.ProposedOn, h.OpenedOn)));
        Assert.Equal(sample.DeputyGroups.Select(g => (g.Body.Id, g.IsInterChamber)), read.DeputyGroups.Select(g => (g.Body.Id, g.IsInterChamber)));
    }

    [Fact]
    public void The_Kazakh_article_also_gives_the_sessions_people_and_participants_and_the_groups_name()
    {
        AssemblyDataSet read = ReportReader.Read(ReportCorpus.Text("article-kk"), Published).Draft;
        AssemblyDataSet sample = TurkistanArticle2025.DataSet;
        foreach (Session expected in sample.Sessions)
        {
            Session actual = read.Sessions.Single(s => s.Body.Id == expected.Body.Id && s.Number == expected.Number);
            Assert.Equal(expected.Theme?.Kazakh, actual.Theme?.Kazakh);
            Assert.Equal(
                expected.Officials.Select(o => (o.Person.Name.Kazakh, o.Role, o.Office?.Kazakh)).Order(),
                actual.Officials.Select(o => (o.Person.Name.Kazakh, o.Role, o.Office?.Kazakh)).Order());
            Assert.Equal(expected.ParticipantGroups.Order(), actual.ParticipantGroups.Order());
        }

        Assert.Equal(sample.DeputyGroups.Single().Name.Kazakh, read.DeputyGroups.Single().Name.Kazakh);
    }

    [Theory]
    [InlineData("article-kk")]
    [InlineData("article-ru")]
    public void Every_fact_and_mention_points_at_the_phrase_it_was_read_from(string name)
    {
        string text = ReportCorpus.Text(name);
        ReportReading reading = ReportReader.Read(text, Published);
        Assert.All(reading.Facts, f => Assert.Equal(text.Substring(f.Source.Start, f.Source.Length), f.Source.Phrase));
        Assert.All(reading.Unplaced, m => Assert.Equal(text.Substring(m.Source.Start, m.Source.Length), m.Source.Phrase));
        Assert.Contains(reading.FactsOf<ReadSummary>(), s => s.Source.Phrase.Contains("631", System.StringComparison.Ordinal));
        Assert.Contains(reading.FactsOf<ReadRepresentation>(), r => r.Source.Phrase.Contains("12", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_view_counter_above_the_article_is_kept_as_an_unplaced_number_not_dropped()
    {
        ReportReading reading = ReportReader.Read(ReportCorpus.Text("article-kk"), Published);
        Assert.Contains(reading.Unplaced, m => m.Kind == MentionKind.Number && m.Source.Phrase == "441");
        Assert.Equal("kk", reading.Language);
    }

    private static string[] Summaries(AssemblyDataSet data) =>
    [
        .. data.Summaries.Select(s => $"{s.Reporter.Id} {s.Place.Region.Code} {s.Period} {string.Join(",", s.Tallies.Select(t => $"{t.Kind}={t.Count}"))} {s.PeopleReached} {s.Audience}").Order(),
    ];

    private static string[] Sessions(AssemblyDataSet data) =>
        [.. data.Sessions.Select(s => $"{s.Body.Id} {s.Number.Value} {s.Date}").Order()];
}
