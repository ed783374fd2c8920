using Kz.Assembly.Domain.Periods;

namespace Kz.Assembly.Domain.Serialization;

/// <summary>A reporting period as its invariant text (<c>"2025"</c>, <c>"2025-Q2"</c>, <c>"YTD 2025-04-24"</c>).</summary>
internal sealed class ReportingPeriodJsonConverter : TextJsonConverter<ReportingPeriod>
{
    /// <inheritdoc/>
    protected override string Text(ReportingPeriod value) => value.ToString();

    /// <inheritdoc/>
    protected override ReportingPeriod FromText(string text) => ReportingPeriod.Parse(text);
}
