using System.Collections.Immutable;
using Kz.Assembly.Domain.EntityFrameworkCore.Tables;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Store;

/// <summary>
/// The registration of the core's fact kinds (<see cref="FactKinds"/>) with their rows, in the same order: what
/// others refer to first. Each kind is described in its row's file; the mapping, the loads and the merge iterate this
/// list.
/// </summary>
internal static class StoredKinds
{
    /// <summary>Gets every kind; a test checks that it covers the core's catalogue, kind for kind.</summary>
    internal static ImmutableArray<StoredKind> All { get; } =
    [
        BodyRow.Stored,
        PersonRow.Stored,
        SessionRow.Stored,
        CouncilMembershipRow.Stored,
        ProjectRow.Stored,
        ActivityRow.Stored,
        SummaryRow.Stored,
        RepresentationRow.Stored,
        DeputyGroupRow.Stored,
        FriendshipHouseRow.Stored,
    ];
}
