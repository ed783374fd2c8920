using System.Collections.Immutable;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Council;
using Kz.Assembly.Domain.Facilities;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Projects;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Sessions;

namespace Kz.Assembly.Domain;

/// <summary>The checked facts the builder hands to a new data set.</summary>
internal sealed record AssemblyDataSetContents(
    ImmutableArray<AssemblyBody> Bodies,
    ImmutableArray<Person> People,
    ImmutableArray<Session> Sessions,
    ImmutableDictionary<Id<AssemblyBody>, SessionHistory> Histories,
    ImmutableDictionary<Id<AssemblyBody>, AssemblyCouncil> Councils,
    ImmutableArray<SocialProject> Projects,
    ImmutableArray<AssemblyActivity> Activities,
    ImmutableArray<ReportedSummary> Summaries,
    ImmutableArray<RepresentationFact> Representation,
    ImmutableArray<DeputyGroup> DeputyGroups,
    ImmutableArray<FriendshipHouse> FriendshipHouses);
