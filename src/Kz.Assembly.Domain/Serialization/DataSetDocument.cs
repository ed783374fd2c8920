using System.Collections.Generic;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Council;
using Kz.Assembly.Domain.Facilities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Projects;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Sessions;
using NodaTime;

namespace Kz.Assembly.Domain.Serialization;

// The shape of a data set as JSON: each fact once, in its own list, referring to others by id. Plain records that
// only carry text; DataSetJsonConverter builds the facts through their factories and the builder, so nothing here
// is ever a domain value that skipped a check.

/// <summary>The whole document.</summary>
internal sealed record DataSetDocument(
    List<BodyDocument> Bodies,
    List<PersonDocument> People,
    List<SessionDocument> Sessions,
    List<CouncilDocument> Councils,
    List<ProjectDocument> Projects,
    List<ActivityDocument> Activities,
    List<SummaryDocument> Summaries,
    List<RepresentationDocument> Representation,
    List<DeputyGroupDocument> DeputyGroups,
    List<FriendshipHouseDocument> FriendshipHouses);

/// <summary>Text in the three languages.</summary>
internal sealed record TextDocument(string Kk, string Ru, string En);

/// <summary>A place: a whole region, or a named place within one.</summary>
internal sealed record PlaceDocument(Region Region, PlaceKind Kind, TextDocument? Name);

internal sealed record BodyDocument(Id<AssemblyBody> Id, AssemblyLevel Level, Region? Region, TextDocument Name, LocalDate Founded, LocalDate? Dissolved, Id<AssemblyBody>? Successor);

internal sealed record PersonDocument(Id<Person> Id, TextDocument Name);

internal sealed record OfficialDocument(Id<Person> Person, SessionRole Role, TextDocument? Office);

internal sealed record SessionDocument(Id<Session> Id, Id<AssemblyBody> Body, SessionNumber Number, LocalDate? Date, TextDocument? Theme, List<OfficialDocument> Officials, List<ParticipantGroup> ParticipantGroups);

internal sealed record MembershipDocument(Id<CouncilMembership> Id, Id<Person> Person, MemberCategory Category, LocalDate Start, LocalDate? End, TextDocument? OnBehalfOf);

internal sealed record CouncilDocument(Id<AssemblyBody> Body, List<MembershipDocument> Memberships);

internal sealed record ProjectDocument(Id<SocialProject> Id, Id<AssemblyBody> Body, TextDocument Name, LocalDate? Start);

internal sealed record ActivityDocument(Id<AssemblyActivity> Id, Id<AssemblyBody> Organiser, AssemblyActivityKind Kind, LocalDate Date, PlaceDocument Place, QualifiedCount? Participants, Id<SocialProject>? Project);

internal sealed record TallyDocument(AssemblyActivityKind Kind, QualifiedCount Count);

internal sealed record SummaryDocument(Id<ReportedSummary> Id, Id<AssemblyBody> Reporter, PlaceDocument Place, ReportingPeriod Period, List<TallyDocument> Tallies, QualifiedCount? PeopleReached, Audience Audience);

internal sealed record RepresentationDocument(Id<RepresentationFact> Id, Id<AssemblyBody> Body, Chamber Chamber, int Members, LocalDate? AsOf);

internal sealed record DeputyGroupDocument(Id<DeputyGroup> Id, Id<AssemblyBody> Body, TextDocument Name, bool InterChamber, LocalDate? Formed);

internal sealed record FriendshipHouseDocument(Id<FriendshipHouse> Id, Id<AssemblyBody> Body, PlaceDocument Place, LocalDate? ProposedOn, LocalDate? OpenedOn);
