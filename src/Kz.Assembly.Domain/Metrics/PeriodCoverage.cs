using Kz.Assembly.Domain.Periods;
using NodaTime;

namespace Kz.Assembly.Domain.Metrics;

/// <summary>
/// What an answer for a period covers: none of it, part of it (through a last covered day), or all of it. Immutable
/// value; <c>default</c> is <see cref="CoverageKind.None"/>.
/// </summary>
/// <param name="Kind">None, partial or complete.</param>
/// <param name="Through">The last day a summary behind the answer covers, or null when no summary does.</param>
public readonly record struct PeriodCoverage(CoverageKind Kind, LocalDate? Through)
{
    /// <summary>Returns <c>complete</c>, <c>partial through 2025-04-24</c>, <c>partial</c> or <c>none</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => Kind switch
    {
        CoverageKind.Complete => "complete",
        CoverageKind.Partial => Through is { } day ? "partial through " + DomainDates.Iso(day) : "partial",
        _ => "none",
    };
}
