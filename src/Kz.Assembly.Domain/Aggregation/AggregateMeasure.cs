using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Aggregation;

/// <summary>What a top-N ranking orders by.</summary>
[JsonConverter(typeof(EnumNameJsonConverter<AggregateMeasure>))]
public enum AggregateMeasure
{
    /// <summary>The number of activities.</summary>
    Activities = 0,

    /// <summary>The number of people reached.</summary>
    PeopleReached = 1,
}
