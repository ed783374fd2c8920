using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Aggregation;

/// <summary>How an aggregation groups time.</summary>
[JsonConverter(typeof(EnumNameJsonConverter<PeriodBucket>))]
public enum PeriodBucket
{
    /// <summary>No grouping by time.</summary>
    None = 0,

    /// <summary>By day.</summary>
    Day = 1,

    /// <summary>By calendar month.</summary>
    Month = 2,

    /// <summary>By calendar quarter.</summary>
    Quarter = 3,

    /// <summary>By calendar year.</summary>
    Year = 4,

    /// <summary>By year, counting in each year only the days up to the query's as-of day and month (year-on-year comparison).</summary>
    YearToDate = 5,
}
