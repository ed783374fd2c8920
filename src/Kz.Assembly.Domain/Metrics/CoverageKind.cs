using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Metrics;

/// <summary>How much of a queried period the reported summaries behind an answer cover.</summary>
[JsonConverter(typeof(EnumNameJsonConverter<CoverageKind>))]
public enum CoverageKind
{
    /// <summary>Nothing is reported for the period: the answer's value is null (unknown, not zero).</summary>
    None = 0,

    /// <summary>Summaries cover some of the period's days (a year asked, a year-to-date reported), or only individual
    /// activities are known: the value is what is reported so far.</summary>
    Partial = 1,

    /// <summary>Summaries cover every day of the period.</summary>
    Complete = 2,
}
