using Kz.Assembly.Domain.Periods;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Conversion;

/// <summary>
/// Stores a <see cref="ReportingPeriod"/> as its invariant text (<c>2025</c>, <c>2025-Q2</c>, <c>YTD 2025-06-30</c>)
/// for a column of an application's own entity. The library's own tables store a period as a <c>daterange</c> and its
/// kind, so the database can test containment and overlap.
/// </summary>
public sealed class ReportingPeriodConverter : ValueConverter<ReportingPeriod, string>
{
    /// <summary>Initializes the converter.</summary>
    public ReportingPeriodConverter()
        : base(period => period.ToString(), text => ReportingPeriod.Parse(text))
    {
    }
}
