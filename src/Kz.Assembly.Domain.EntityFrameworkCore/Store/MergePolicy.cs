using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Store;

/// <summary>What an import does with a fact whose id is stored already but whose content differs.</summary>
[JsonConverter(typeof(EnumNameJsonConverter<MergePolicy>))]
public enum MergePolicy
{
    /// <summary>Refuse the whole import with every conflict listed (<see cref="ImportConflictException"/>); nothing is written.</summary>
    RefuseConflicts = 0,

    /// <summary>The incoming version replaces the stored one: for corrections. Every replacement is listed in the result.</summary>
    IncomingWins = 1,

    /// <summary>The stored version stays and the incoming one is skipped. Every skipped fact is listed in the result.</summary>
    StoredWins = 2,
}
