using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Sessions;

/// <summary>The part a person plays at a session.</summary>
[JsonConverter(typeof(EnumNameJsonConverter<SessionRole>))]
public enum SessionRole
{
    /// <summary>Chairs the session (the President chairs the national APK).</summary>
    Chair = 0,

    /// <summary>Moderates the session (модераторлық етті).</summary>
    Moderator = 1,

    /// <summary>Addresses the session.</summary>
    Speaker = 2,
}
