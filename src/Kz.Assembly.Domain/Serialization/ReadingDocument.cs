using System.Collections.Generic;
using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Facilities;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Projects;
using Kz.Assembly.Domain.Reading;
using Kz.Assembly.Domain.Representation;
using NodaTime;

namespace Kz.Assembly.Domain.Serialization;

// The shape of a reading as JSON: the bodies and people its facts refer to, each fact with a type discriminator, its
// typed content (the data set document's own shape for that fact) and its span, and each mention with its reason.
// Plain records; ReadingJsonConverter builds the facts back through the document reader, so nothing read from JSON
// skipped a check.

/// <summary>The whole reading.</summary>
internal sealed record ReadingDocument(
    [property: JsonRequired] string Language,
    [property: JsonRequired] LocalDate Published,
    [property: JsonRequired] List<BodyDocument> Bodies,
    [property: JsonRequired] List<PersonDocument> People,
    [property: JsonRequired] List<FactDocument> Facts,
    [property: JsonRequired] List<MentionDocument> Unplaced);

/// <summary>Where a fact or mention was read: its first character and the exact phrase.</summary>
internal sealed record SourceDocument([property: JsonRequired] int Start, [property: JsonRequired] string Phrase);

internal sealed record MentionDocument([property: JsonRequired] MentionKind Kind, [property: JsonRequired] string Reason, [property: JsonRequired] SourceDocument Source);

/// <summary>A fact, told apart by <c>"type"</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(SummaryFactDocument), "summary")]
[JsonDerivedType(typeof(SessionFactDocument), "session")]
[JsonDerivedType(typeof(ProjectFactDocument), "project")]
[JsonDerivedType(typeof(RepresentationFactDocument), "representation")]
[JsonDerivedType(typeof(DeputyGroupFactDocument), "deputyGroup")]
[JsonDerivedType(typeof(FriendshipHouseFactDocument), "friendshipHouse")]
[JsonDerivedType(typeof(AnniversaryFactDocument), "anniversary")]
internal abstract record FactDocument([property: JsonRequired] SourceDocument Source);

internal sealed record SummaryFactDocument(SourceDocument Source, [property: JsonRequired] SummaryDocument Summary) : FactDocument(Source);

internal sealed record SessionFactDocument(SourceDocument Source, [property: JsonRequired] SessionDocument Session) : FactDocument(Source);

internal sealed record ProjectFactDocument(SourceDocument Source, [property: JsonRequired] ProjectDocument Project) : FactDocument(Source);

internal sealed record RepresentationFactDocument(SourceDocument Source, [property: JsonRequired] RepresentationDocument Representation) : FactDocument(Source);

internal sealed record DeputyGroupFactDocument(SourceDocument Source, [property: JsonRequired] DeputyGroupDocument Group) : FactDocument(Source);

internal sealed record FriendshipHouseFactDocument(SourceDocument Source, [property: JsonRequired] FriendshipHouseDocument House) : FactDocument(Source);

internal sealed record AnniversaryFactDocument(SourceDocument Source, [property: JsonRequired] Id<AssemblyBody> Body, [property: JsonRequired] int Year) : FactDocument(Source);
