using System.Collections.Generic;
using NodaTime;

namespace Kz.Assembly.Domain.Geography;

/// <summary>What <c>region-history.tsv</c> says of one region: when it was established or abolished, its former names,
/// and where an abolished region's territory went.</summary>
internal sealed record RegionHistory(LocalDate? Established, LocalDate? Abolished, IReadOnlyList<FormerRegionName> FormerNames, IReadOnlyList<string> MergedInto)
{
    internal static RegionHistory Unchanged { get; } = new(null, null, [], []);
}
