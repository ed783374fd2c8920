namespace Kz.Assembly.Domain.Aggregation;

/// <summary>What a top-N ranking orders by.</summary>
public enum AggregateMeasure
{
    /// <summary>The number of activities.</summary>
    Activities = 0,

    /// <summary>The number of people reached.</summary>
    PeopleReached = 1,
}
