using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Annotations;
using Kz.Assembly.Domain.EntityFrameworkCore.Mapping;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Metrics;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>Maps <c>summary_tallies</c>: one count per kind of a summary.</summary>
    internal static void Map(EntityTypeBuilder<TallyRow> b)
    {
        b.ToTable("summary_tallies", t =>
        {
            t.HasCheckConstraint("ck_summary_tallies_kind", TableConstraints.Enum<AssemblyActivityKind>("kind"));
            t.HasCheckConstraint("ck_summary_tallies_count", $"count >= 0 AND {TableConstraints.Enum<CountQualifier>("count_qualifier")}");
        });
        b.HasKey(t => new { t.SummaryId, t.Kind });
    }
}
