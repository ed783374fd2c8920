using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Facilities;

/// <summary>Where a Friendship House stands.</summary>
[JsonConverter(typeof(EnumNameJsonConverter<FriendshipHouseStatus>))]
public enum FriendshipHouseStatus
{
    /// <summary>Proposed but not yet open.</summary>
    Proposed = 0,

    /// <summary>Open.</summary>
    Opened = 1,
}
