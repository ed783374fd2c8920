using System.Collections.Immutable;
using System.Linq;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Council;
using Kz.Assembly.Domain.EntityFrameworkCore.Tables;
using Kz.Assembly.Domain.Facilities;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Projects;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Sessions;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Store;

/// <summary>The core's fact kinds (<see cref="FactKinds"/>) with their rows, in the same order: what others refer to first.</summary>
internal static class StoredKinds
{
    /// <summary>Gets every kind; a test checks that it covers the core's catalogue, kind for kind.</summary>
    internal static ImmutableArray<StoredKind> All { get; } =
    [
        new StoredKind<BodyRow, AssemblyBody>(FactKinds.Bodies, r => r.Bodies, b => b.Id, b => b.Id, whereIdIn: null),
        new StoredKind<PersonRow, Person>(FactKinds.People, r => r.People, p => p.Id, _ => null, whereIdIn: null),
        new StoredKind<SessionRow, Session>(FactKinds.Sessions, r => r.Sessions, s => s.Id, s => s.BodyId, (rows, ids) => rows.Where(s => ids.Contains(s.Id))),
        new StoredKind<CouncilMembershipRow, CouncilMembership>(FactKinds.CouncilMemberships, r => r.Memberships, m => m.Id, m => m.BodyId, (rows, ids) => rows.Where(m => ids.Contains(m.Id))),
        new StoredKind<ProjectRow, SocialProject>(FactKinds.Projects, r => r.Projects, p => p.Id, p => p.BodyId, whereIdIn: null),
        new StoredKind<ActivityRow, AssemblyActivity>(FactKinds.Activities, r => r.Activities, a => a.Id, a => a.OrganiserId, (rows, ids) => rows.Where(a => ids.Contains(a.Id)), writtenByCopy: true),
        new StoredKind<SummaryRow, ReportedSummary>(FactKinds.Summaries, r => r.Summaries, s => s.Id, s => s.ReporterId, (rows, ids) => rows.Where(s => ids.Contains(s.Id))),
        new StoredKind<RepresentationRow, RepresentationFact>(FactKinds.Representation, r => r.Representation, r => r.Id, r => r.BodyId, (rows, ids) => rows.Where(r => ids.Contains(r.Id))),
        new StoredKind<DeputyGroupRow, DeputyGroup>(FactKinds.DeputyGroups, r => r.DeputyGroups, g => g.Id, g => g.BodyId, (rows, ids) => rows.Where(g => ids.Contains(g.Id))),
        new StoredKind<FriendshipHouseRow, FriendshipHouse>(FactKinds.FriendshipHouses, r => r.FriendshipHouses, h => h.Id, h => h.BodyId, (rows, ids) => rows.Where(h => ids.Contains(h.Id))),
    ];
}
