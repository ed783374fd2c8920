using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Council;
using Kz.Assembly.Domain.Facilities;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Projects;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Serialization;
using Kz.Assembly.Domain.Sessions;

namespace Kz.Assembly.Domain;

/// <summary>
/// The catalogue of the kinds of fact a data set holds, in the order a document lists them and a merge writes them
/// (what others refer to first). Bodies, people, sessions and council memberships are the structure the rest hangs
/// on and are read and checked by their own code; every other kind (a body holds it) is a <see cref="HeldKind"/> described in its own
/// file beside its entity (<c>Representation/DeputyGroupKind.cs</c>) and registered here: docs/domain-model.md lists
/// the steps of adding one.
/// </summary>
internal static class FactKinds
{
    private static readonly DataSetJsonContext Json = DataSetJsonContext.Default;

    internal static readonly FactKind Bodies = Listed<AssemblyBody, BodyDocument>("bodies", d => d.Bodies, b => b.Id.ToString(), Json.BodyDocument);

    internal static readonly FactKind People = Listed<Person, PersonDocument>("people", d => d.People, p => p.Id.ToString(), Json.PersonDocument);

    internal static readonly FactKind Sessions = Listed<Session, SessionDocument>("sessions", d => d.Sessions, s => s.Id.ToString(), Json.SessionDocument);

    /// <summary>A council is no fact of its own: its memberships are, each carrying its council's body.</summary>
    internal static readonly FactKind CouncilMemberships = new("councilMemberships", typeof(CouncilMembership), document =>
        document.Councils.SelectMany(council => council.Memberships.Select(membership =>
        {
            DocumentFact fact = DocumentFact.Of("councilMemberships", membership.Id.ToString(), membership, Json.MembershipDocument);
            fact.Content["body"] = council.Body.ToString();
            return fact;
        })));

    internal static readonly HeldKind<SocialProject, ProjectDocument> Projects = ProjectKind.Kind;

    internal static readonly HeldKind<AssemblyActivity, ActivityDocument> Activities = ActivityKind.Kind;

    internal static readonly HeldKind<ReportedSummary, SummaryDocument> Summaries = SummaryKind.Kind;

    internal static readonly HeldKind<RepresentationFact, RepresentationDocument> Representation = RepresentationKind.Kind;

    internal static readonly HeldKind<DeputyGroup, DeputyGroupDocument> DeputyGroups = DeputyGroupKind.Kind;

    internal static readonly HeldKind<FriendshipHouse, FriendshipHouseDocument> FriendshipHouses = FriendshipHouseKind.Kind;

    /// <summary>Gets the kinds a body holds, in document order: the builder, the data set and the document reader and
    /// writer handle them through the catalogue alone.</summary>
    internal static ImmutableArray<HeldKind> Held { get; } = [Projects, Activities, Summaries, Representation, DeputyGroups, FriendshipHouses];

    /// <summary>Gets every kind, in document order: the structure first, then the kinds a body holds.</summary>
    internal static ImmutableArray<FactKind> All { get; } = [Bodies, People, Sessions, CouncilMemberships, .. Held];

    /// <summary>Gets every entity type an id can name: the kinds' entities and places (which facts share by id).</summary>
    internal static ImmutableArray<Type> IdentifiedEntities { get; } = [.. All.Select(kind => kind.Entity), typeof(Geography.Place)];

    private static FactKind Listed<TEntity, TDocument>(string name, Func<DataSetDocument, IEnumerable<TDocument>> list, Func<TDocument, string> id, JsonTypeInfo<TDocument> json) =>
        new(name, typeof(TEntity), document => list(document).Select(fact => DocumentFact.Of(name, id(fact), fact, json)));
}
