namespace Kz.Assembly.Domain.Facilities;

/// <summary>Where a Friendship House stands.</summary>
public enum FriendshipHouseStatus
{
    /// <summary>Proposed but not yet open.</summary>
    Proposed = 0,

    /// <summary>Open.</summary>
    Opened = 1,
}
