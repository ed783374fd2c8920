using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Kz.Assembly.Domain.Bodies;
using NodaTime;

namespace Kz.Assembly.Domain.Reading;

/// <summary>What <see cref="ReportReader.Read"/> read from one report. Serialises to JSON and back
/// (<c>JsonSerializer.Serialize(reading)</c>): facts with a <c>"type"</c>, their typed content and their span, and
/// the mentions with their reasons, so that a web service can return a reading as is.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ReadingJsonConverter))]
public sealed class ReportReading
{
    internal ReportReading(string language, LocalDate published, IEnumerable<ReadFact> facts, IEnumerable<Mention> unplaced)
    {
        Language = language;
        Published = published;
        Facts = [.. facts];
        Unplaced = [.. unplaced];
        Draft = BuildDraft(Facts, out ImmutableArray<DataSetProblem> problems);
        DraftProblems = problems;
    }

    /// <summary>Gets the language the report was read in (<c>kk</c>, <c>kk-Latn</c>, <c>ru</c> or <c>en</c>), or the
    /// language detected or given that the reader does not read (<c>ky</c>, <c>uz</c>, <c>de</c> …; no facts then),
    /// or <c>und</c> for a text with no letters.</summary>
    public string Language { get; }

    /// <summary>Gets the publication date relative dates were resolved against.</summary>
    public LocalDate Published { get; }

    /// <summary>Gets the facts, in the order the report states them, each with its source.</summary>
    public ImmutableArray<ReadFact> Facts { get; }

    /// <summary>Gets what the reader saw but could not place: numbers, names, sessions, refused figures.</summary>
    public ImmutableArray<Mention> Unplaced { get; }

    /// <summary>Gets the facts as a data set built through <see cref="AssemblyDataSetBuilder"/>, so every invariant
    /// of the model holds; facts the builder refuses together (see <see cref="DraftProblems"/>) are left out of it.</summary>
    public AssemblyDataSet Draft { get; }

    /// <summary>Gets what the builder refused when the facts were put together (for example two sessions whose
    /// numbers and dates disagree); empty when every fact is in <see cref="Draft"/>.</summary>
    public ImmutableArray<DataSetProblem> DraftProblems { get; }

    /// <summary>Gets the facts of one type.</summary>
    /// <typeparam name="T">The fact type, such as <see cref="ReadSummary"/>.</typeparam>
    /// <returns>The facts of that type, in order.</returns>
    public IEnumerable<T> FactsOf<T>()
        where T : ReadFact => Facts.OfType<T>();

    private static AssemblyDataSet BuildDraft(ImmutableArray<ReadFact> facts, out ImmutableArray<DataSetProblem> problems)
    {
        List<ReadFact> kept = [.. facts];
        problems = [];
        for (int attempt = 0; attempt < 4; attempt++)
        {
            if (Builder(kept).TryBuild(out AssemblyDataSet? dataSet, out ImmutableArray<DataSetProblem> found))
            {
                return dataSet;
            }

            problems = problems.AddRange(found);
            HashSet<string> refused = [.. found.SelectMany(p => p.FactIds)];
            kept.RemoveAll(f => refused.Contains(f.IdInDraft));
        }

        return new AssemblyDataSetBuilder().Build();
    }

    private static AssemblyDataSetBuilder Builder(List<ReadFact> facts)
    {
        var builder = new AssemblyDataSetBuilder();
        var bodies = new Dictionary<string, AssemblyBody>();
        foreach (ReadFact fact in facts)
        {
            fact.AddTo(builder, bodies);
        }

        foreach (AssemblyBody body in bodies.Values)
        {
            builder.Add(body);
        }

        return builder;
    }
}
