using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Metrics;

/// <summary>Whom a reported number of people counts: the article says "адам" (people) of events and "тұрғын" (residents) of meetings.</summary>
[JsonConverter(typeof(EnumNameJsonConverter<Audience>))]
public enum Audience
{
    /// <summary>People in general (адам / человек).</summary>
    People = 0,

    /// <summary>Residents of the place (тұрғын / житель).</summary>
    Residents = 1,
}
