using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Annotations;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Metrics;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tables;

/// <summary>A row of <c>summary_tallies</c>: one <see cref="ActivityTally"/> of a summary; one per kind.</summary>
public sealed class TallyRow
{
    /// <summary>Gets or sets the summary (with <see cref="Kind"/>, the primary key).</summary>
    public Id<ReportedSummary> SummaryId { get; set; }

    /// <summary>Gets or sets the kind counted.</summary>
    public AssemblyActivityKind Kind { get; set; }

    /// <summary>Gets or sets the count (non-negative).</summary>
    [QualifiedValue]
    public long Count { get; set; }

    /// <summary>Gets or sets how exactly <see cref="Count"/> is stated.</summary>
    public CountQualifier CountQualifier { get; set; }
}
