using Kz.Assembly.Domain.Metrics;

namespace Kz.Assembly.Domain.Reading;

/// <summary>A reported summary read from a report: its period, activity counts with their qualifiers, and the people reached.</summary>
public sealed class ReadSummary : ReadFact
{
    internal ReadSummary(ReportedSummary summary, SourcePhrase source)
        : base(source) => Summary = summary;

    /// <summary>Gets the value read.</summary>
    public ReportedSummary Summary { get; }

    /// <inheritdoc/>
    private protected override Bodies.AssemblyBody Body => Summary.Reporter;

    /// <inheritdoc/>
    private protected override string? FactId => Summary.Id.ToString();

    /// <inheritdoc/>
    private protected override void AddTo(AssemblyDataSetBuilder builder)
    {
        builder.Add(Summary);
    }

    /// <inheritdoc/>
    private protected override string Describe() => $"summary {Summary.Period} of {Summary.Reporter.Id}: {string.Join(", ", System.Linq.Enumerable.Select(Summary.Tallies, t => $"{t.Kind} {t.Count}"))}{(Summary.PeopleReached is { } reach ? $", {Summary.Audience} {reach}" : "")}";
}
