using System;
using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Aggregation;

/// <summary>The dimensions besides time that an aggregation can group by; combine them with <c>|</c>.</summary>
[Flags]
[JsonConverter(typeof(EnumNameJsonConverter<Dimensions>))]
public enum Dimensions
{
    /// <summary>No grouping: one total.</summary>
    None = 0,

    /// <summary>By region or city of republican significance.</summary>
    Region = 1,

    /// <summary>By place within the region (district, city, village; the whole region is its own place).</summary>
    District = 2,

    /// <summary>By social project (records without a project form their own group).</summary>
    Project = 4,

    /// <summary>By kind of activity.</summary>
    Kind = 8,
}
