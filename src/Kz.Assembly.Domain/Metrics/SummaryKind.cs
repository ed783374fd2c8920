using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Metrics;

/// <summary>A reported summary as a document holds it.</summary>
internal sealed record SummaryDocument([property: JsonRequired] Id<ReportedSummary> Id, [property: JsonRequired] Id<AssemblyBody> Reporter, [property: JsonRequired] PlaceDocument Place, [property: JsonRequired] ReportingPeriod Period, [property: JsonRequired] List<TallyDocument> Tallies, QualifiedCount? PeopleReached, [property: JsonRequired] Audience Audience);

/// <summary>One count of a summary.</summary>
internal sealed record TallyDocument([property: JsonRequired] AssemblyActivityKind Kind, [property: JsonRequired] QualifiedCount Count);

/// <summary>Reported summaries as a kind of fact: a reporter's, for a period starting within its days, and never the
/// same facts twice under two ids (they would be counted twice).</summary>
internal static class SummaryKind
{
    /// <summary>Gets the kind.</summary>
    internal static HeldKind<ReportedSummary, SummaryDocument> Kind { get; } = new(
        "summaries",
        list: document => document.Summaries,
        json: DataSetJsonContext.Default.SummaryDocument,
        id: s => s.Id.ToString(),
        body: s => s.Reporter,
        write: s => new(s.Id, s.Reporter.Id, DataSetDocumentWriter.Place(s.Place), s.Period, [.. s.Tallies.Select(t => new TallyDocument(t.Kind, t.Count))], s.PeopleReached, s.Audience),
        read: (s, reader) => ReportedSummary.Create(
            reader.Body(s.Reporter), reader.Place(s.Place), DataSetDocumentReader.Required(s.Period, "period"),
            [.. DataSetDocumentReader.List(s.Tallies, "tallies").Select(t => new ActivityTally(t.Kind, t.Count))], s.PeopleReached, s.Audience).WithId(s.Id),
        check: Check);

    private static void Check(ImmutableArray<ReportedSummary> summaries, FactChecks checks)
    {
        for (int i = 0; i < summaries.Length; i++)
        {
            ReportedSummary summary = summaries[i];
            checks.Dated(summary.Reporter, summary.Period.Start, summary.Id.ToString(), $"The period of summary {summary.Id}");
            for (int j = 0; j < i; j++)
            {
                if (summary.HasSameContent(summaries[j]))
                {
                    checks.Report(DataSetProblemKind.DuplicateContent, $"Summaries {summaries[j].Id} and {summary.Id} state the same facts ({summary}): added twice, they would be counted twice.", summaries[j].Id.ToString(), summary.Id.ToString());
                }
            }
        }
    }
}
