using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Facilities;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Projects;
using Kz.Assembly.Domain.Reading;
using Kz.Assembly.Domain.Representation;

namespace Kz.Assembly.Domain.Serialization;

/// <summary>
/// A reading as JSON, so that a web service can return it as is: <c>{"language", "published", "bodies", "people",
/// "facts": [{"type": "summary", "source": {"start", "phrase"}, "summary": {…}}, …], "unplaced": [{"kind", "reason",
/// "source"}]}</c>. Each fact's content has the shape the data set document gives that fact, referring to the bodies
/// and people listed beside it. Reading it back builds every fact through the document reader (factories and
/// builder), so a reading from JSON holds nothing the model refuses; the draft data set is built again from the facts.
/// </summary>
internal sealed class ReadingJsonConverter : JsonConverter<ReportReading>
{
    /// <inheritdoc/>
    public override ReportReading Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ReadingDocument document = JsonSerializer.Deserialize(ref reader, ReadingJsonContext.Default.ReadingDocument)
            ?? throw new JsonException("A reading is an object, not null.");
        var facts = new List<ReadFact>(document.Facts.Count);
        for (int i = 0; i < document.Facts.Count; i++)
        {
            try
            {
                facts.Add(Fact(document, document.Facts[i] ?? throw new JsonException("A fact is an object, not null.")));
            }
            catch (JsonException exception)
            {
                throw new JsonException($"facts[{i}]: {exception.Message}", $"$.facts[{i}]", null, null, exception);
            }
        }

        return new ReportReading(
            document.Language,
            document.Published,
            facts,
            document.Unplaced.Select((m, i) => new Mention(Defined(m.Kind, i), Source(m.Source), m.Reason ?? throw new JsonException($"unplaced[{i}]: a mention needs its reason."))));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ReportReading value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(value, nameof(value));
        var bodies = new Dictionary<string, AssemblyBody>(StringComparer.Ordinal);
        var people = new Dictionary<string, People.Person>(StringComparer.Ordinal);
        void Body(AssemblyBody body) => bodies.TryAdd(body.Id.ToString(), body);
        var facts = new List<FactDocument>(value.Facts.Length);
        foreach (ReadFact fact in value.Facts)
        {
            SourceDocument source = new(fact.Source.Start, fact.Source.Phrase);
            switch (fact)
            {
                case ReadSummary s:
                    Body(s.Summary.Reporter);
                    facts.Add(new SummaryFactDocument(source, FactKinds.Summaries.Write(s.Summary)));
                    break;
                case ReadSession s:
                    Body(s.Session.Body);
                    foreach (Sessions.SessionOfficial official in s.Session.Officials)
                    {
                        people.TryAdd(official.Person.Id.ToString(), official.Person);
                    }

                    facts.Add(new SessionFactDocument(source, DataSetDocumentWriter.Session(s.Session)));
                    break;
                case ReadProject p:
                    Body(p.Project.Body);
                    facts.Add(new ProjectFactDocument(source, FactKinds.Projects.Write(p.Project)));
                    break;
                case ReadRepresentation r:
                    Body(r.Fact.Body);
                    facts.Add(new RepresentationFactDocument(source, FactKinds.Representation.Write(r.Fact)));
                    break;
                case ReadDeputyGroup g:
                    Body(g.Group.Body);
                    facts.Add(new DeputyGroupFactDocument(source, FactKinds.DeputyGroups.Write(g.Group)));
                    break;
                case ReadFriendshipHouse h:
                    Body(h.House.Body);
                    facts.Add(new FriendshipHouseFactDocument(source, FactKinds.FriendshipHouses.Write(h.House)));
                    break;
                case ReadAnniversary a:
                    Body(a.Anniversary.Body);
                    facts.Add(new AnniversaryFactDocument(source, a.Anniversary.Body.Id, a.Anniversary.Year));
                    break;
                default:
                    throw new JsonException($"A fact of type {fact.GetType().Name} has no JSON form.");
            }
        }

        var document = new ReadingDocument(
            value.Language,
            value.Published,
            [.. bodies.Values.OrderBy(b => b.Id).Select(DataSetDocumentWriter.Body)],
            [.. people.Values.OrderBy(p => p.Id).Select(DataSetDocumentWriter.Person)],
            facts,
            [.. value.Unplaced.Select(m => new MentionDocument(m.Kind, m.Reason, new SourceDocument(m.Source.Start, m.Source.Phrase)))]);
        JsonSerializer.Serialize(writer, document, ReadingJsonContext.Default.ReadingDocument);
    }

    /// <summary>One fact through the document reader: a document holding the reading's bodies and people and this fact alone.</summary>
    private static ReadFact Fact(ReadingDocument reading, FactDocument fact)
    {
        DataSetDocument Holding(
            List<SessionDocument>? sessions = null,
            List<ProjectDocument>? projects = null,
            List<SummaryDocument>? summaries = null,
            List<RepresentationDocument>? representation = null,
            List<DeputyGroupDocument>? groups = null,
            List<FriendshipHouseDocument>? houses = null) =>
            new(reading.Bodies, reading.People, sessions ?? [], [], projects ?? [], [], summaries ?? [], representation ?? [], groups ?? [], houses ?? []);

        SourcePhrase source = Source(fact.Source);
        return fact switch
        {
            SummaryFactDocument s => new ReadSummary(DataSetJsonConverter.Build(Holding(summaries: [s.Summary])).Summaries[0], source),
            SessionFactDocument s => new ReadSession(DataSetJsonConverter.Build(Holding(sessions: [s.Session])).Sessions[0], source),
            ProjectFactDocument p => new ReadProject(DataSetJsonConverter.Build(Holding(projects: [p.Project])).Projects[0], source),
            RepresentationFactDocument r => new ReadRepresentation(DataSetJsonConverter.Build(Holding(representation: [r.Representation])).Representation[0], source),
            DeputyGroupFactDocument g => new ReadDeputyGroup(DataSetJsonConverter.Build(Holding(groups: [g.Group])).DeputyGroups[0], source),
            FriendshipHouseFactDocument h => new ReadFriendshipHouse(DataSetJsonConverter.Build(Holding(houses: [h.House])).FriendshipHouses[0], source),
            AnniversaryFactDocument a => Anniversary(reading, a, source),
            _ => throw new JsonException("A fact needs a known \"type\"."),
        };
    }

    private static ReadAnniversary Anniversary(ReadingDocument reading, AnniversaryFactDocument fact, SourcePhrase source)
    {
        AssemblyBody body = DataSetJsonConverter.Build(new(reading.Bodies, [], [], [], [], [], [], [], [], [])).Bodies
            .FirstOrDefault(b => b.Id == fact.Body) ?? throw new JsonException($"The anniversary's body '{fact.Body}' is not among the reading's bodies.");
        try
        {
            return new ReadAnniversary(Bodies.Anniversary.Of(body, fact.Year), source);
        }
        catch (ArgumentException exception)
        {
            throw new JsonException(exception.Message, exception);
        }
    }

    private static SourcePhrase Source(SourceDocument? source) =>
        source is { Start: >= 0, Phrase: not null } ? new SourcePhrase(source.Start, source.Phrase)
            : throw new JsonException("A source is {\"start\": a position from 0, \"phrase\": the text read}.");

    private static MentionKind Defined(MentionKind kind, int index) =>
        Enum.IsDefined(kind) ? kind : throw new JsonException($"unplaced[{index}]: {(int)kind} is not a MentionKind.");
}
