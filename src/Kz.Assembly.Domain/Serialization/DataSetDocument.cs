using System.Collections.Generic;
using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Council;
using Kz.Assembly.Domain.Facilities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Projects;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Sessions;
using NodaTime;

namespace Kz.Assembly.Domain.Serialization;

// The shape of a data set as JSON: each fact once, in its own list, referring to others by id. Plain records that
// only carry text; DataSetJsonConverter builds the facts through their factories and the builder, so nothing here
// is ever a domain value that skipped a check. The properties marked [JsonRequired] are the schema's "required" ones
// (docs/schema/assembly-data-set.schema.json; a test holds the two together), and the context refuses any other
// property, so a misspelled one is an error, never a value silently left unknown. The records of the kinds a body
// holds live beside their entities with the rest of their kind (ProjectKind.cs, ActivityKind.cs …).

/// <summary>The whole document.</summary>
internal sealed record DataSetDocument(
    [property: JsonRequired] List<BodyDocument> Bodies,
    [property: JsonRequired] List<PersonDocument> People,
    [property: JsonRequired] List<SessionDocument> Sessions,
    [property: JsonRequired] List<CouncilDocument> Councils,
    [property: JsonRequired] List<ProjectDocument> Projects,
    [property: JsonRequired] List<ActivityDocument> Activities,
    [property: JsonRequired] List<SummaryDocument> Summaries,
    [property: JsonRequired] List<RepresentationDocument> Representation,
    [property: JsonRequired] List<DeputyGroupDocument> DeputyGroups,
    [property: JsonRequired] List<FriendshipHouseDocument> FriendshipHouses)
{
    /// <summary>A document with every list empty, to be filled kind by kind.</summary>
    internal static DataSetDocument Empty() => new([], [], [], [], [], [], [], [], [], []);
}

/// <summary>Text in the three languages.</summary>
internal sealed record TextDocument([property: JsonRequired] string Kk, [property: JsonRequired] string Ru, [property: JsonRequired] string En);

/// <summary>A place: a whole region, or a named place within one.</summary>
internal sealed record PlaceDocument([property: JsonRequired] Region Region, [property: JsonRequired] PlaceKind Kind, TextDocument? Name);

internal sealed record BodyDocument([property: JsonRequired] Id<AssemblyBody> Id, [property: JsonRequired] AssemblyLevel Level, Region? Region, [property: JsonRequired] TextDocument Name, [property: JsonRequired] LocalDate Founded, LocalDate? Dissolved, Id<AssemblyBody>? Successor);

internal sealed record PersonDocument([property: JsonRequired] Id<Person> Id, [property: JsonRequired] TextDocument Name);

internal sealed record OfficialDocument([property: JsonRequired] Id<Person> Person, [property: JsonRequired] SessionRole Role, TextDocument? Office);

internal sealed record SessionDocument([property: JsonRequired] Id<Session> Id, [property: JsonRequired] Id<AssemblyBody> Body, [property: JsonRequired] SessionNumber Number, LocalDate? Date, TextDocument? Theme, [property: JsonRequired] List<OfficialDocument> Officials, [property: JsonRequired] List<ParticipantGroup> ParticipantGroups);

internal sealed record MembershipDocument([property: JsonRequired] Id<CouncilMembership> Id, [property: JsonRequired] Id<Person> Person, [property: JsonRequired] MemberCategory Category, [property: JsonRequired] LocalDate Start, LocalDate? End, TextDocument? OnBehalfOf);

internal sealed record CouncilDocument([property: JsonRequired] Id<AssemblyBody> Body, [property: JsonRequired] List<MembershipDocument> Memberships);
