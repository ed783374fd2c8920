using System.Collections.Generic;
using System.Linq;
using Kz.Assembly.Domain.EntityFrameworkCore.Tables;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Store;

/// <summary>
/// Between a data set's document (each fact once, by id: the same shape JSON uses) and the tables' rows. Reading
/// rows back goes through the core's document reader, the one path that builds every fact through its factory and
/// the whole through the store's builder.
/// </summary>
internal sealed record TableRows(
    List<BodyRow> Bodies,
    List<PersonRow> People,
    List<SessionRow> Sessions,
    List<CouncilMembershipRow> Memberships,
    List<ProjectRow> Projects,
    List<ActivityRow> Activities,
    List<SummaryRow> Summaries,
    List<RepresentationRow> Representation,
    List<DeputyGroupRow> DeputyGroups,
    List<FriendshipHouseRow> FriendshipHouses)
{
    internal static TableRows From(DataSetDocument document) => new(
        [.. document.Bodies.Select(b => new BodyRow
        {
            Id = b.Id, Level = b.Level, Region = b.Region, NameKk = b.Name.Kk, NameRu = b.Name.Ru, NameEn = b.Name.En,
            Founded = b.Founded, Dissolved = b.Dissolved, SuccessorId = b.Successor,
        })],
        [.. document.People.Select(p => new PersonRow { Id = p.Id, NameKk = p.Name.Kk, NameRu = p.Name.Ru, NameEn = p.Name.En })],
        [.. document.Sessions.Select(s => new SessionRow
        {
            Id = s.Id, BodyId = s.Body, Number = s.Number, Date = s.Date,
            ThemeKk = s.Theme?.Kk, ThemeRu = s.Theme?.Ru, ThemeEn = s.Theme?.En,
            ParticipantGroups = [.. s.ParticipantGroups],
            Officials = [.. s.Officials.Select((o, i) => new SessionOfficialRow
            {
                SessionId = s.Id, Position = i, PersonId = o.Person, Role = o.Role,
                OfficeKk = o.Office?.Kk, OfficeRu = o.Office?.Ru, OfficeEn = o.Office?.En,
            })],
        })],
        [.. document.Councils.SelectMany(c => c.Memberships.Select(m => new CouncilMembershipRow
        {
            Id = m.Id, BodyId = c.Body, PersonId = m.Person, Category = m.Category, Term = Periods.Term.Create(m.Start, m.End),
            OnBehalfOfKk = m.OnBehalfOf?.Kk, OnBehalfOfRu = m.OnBehalfOf?.Ru, OnBehalfOfEn = m.OnBehalfOf?.En,
        }))],
        [.. document.Projects.Select(p => new ProjectRow
        {
            Id = p.Id, BodyId = p.Body, NameKk = p.Name.Kk, NameRu = p.Name.Ru, NameEn = p.Name.En, Start = p.Start,
        })],
        [.. document.Activities.Select(a => new ActivityRow
        {
            Id = a.Id, OrganiserId = a.Organiser, Kind = a.Kind, Date = a.Date,
            Region = a.Place.Region, PlaceKind = a.Place.Kind,
            PlaceNameKk = a.Place.Name?.Kk, PlaceNameRu = a.Place.Name?.Ru, PlaceNameEn = a.Place.Name?.En,
            Participants = a.Participants?.Value, ParticipantsQualifier = a.Participants?.Qualifier, ProjectId = a.Project,
        })],
        [.. document.Summaries.Select(s => new SummaryRow
        {
            Id = s.Id, ReporterId = s.Reporter, Region = s.Place.Region, PlaceKind = s.Place.Kind,
            PlaceNameKk = s.Place.Name?.Kk, PlaceNameRu = s.Place.Name?.Ru, PlaceNameEn = s.Place.Name?.En,
            Period = s.Period.Interval, PeriodKind = s.Period.Kind,
            ReachKinds = Kz.Assembly.Domain.Activities.ActivityKindSet.Of([.. s.Tallies.Select(t => t.Kind)]),
            PeopleReached = s.PeopleReached?.Value, PeopleReachedQualifier = s.PeopleReached?.Qualifier, Audience = s.Audience,
            Tallies = [.. s.Tallies.Select(t => new TallyRow { SummaryId = s.Id, Kind = t.Kind, Count = t.Count.Value, CountQualifier = t.Count.Qualifier })],
        })],
        [.. document.Representation.Select(r => new RepresentationRow { Id = r.Id, BodyId = r.Body, Chamber = r.Chamber, Members = r.Members, AsOf = r.AsOf })],
        [.. document.DeputyGroups.Select(g => new DeputyGroupRow
        {
            Id = g.Id, BodyId = g.Body, NameKk = g.Name.Kk, NameRu = g.Name.Ru, NameEn = g.Name.En, InterChamber = g.InterChamber, Formed = g.Formed,
        })],
        [.. document.FriendshipHouses.Select(h => new FriendshipHouseRow
        {
            Id = h.Id, BodyId = h.Body, Region = h.Place.Region, PlaceKind = h.Place.Kind,
            PlaceNameKk = h.Place.Name?.Kk, PlaceNameRu = h.Place.Name?.Ru, PlaceNameEn = h.Place.Name?.En,
            ProposedOn = h.ProposedOn, OpenedOn = h.OpenedOn,
        })]);

    /// <summary>The document of the rows; a row that breaks a rule of its own is reported with its table and id.</summary>
    internal DataSetDocument ToDocument() => new(
        Each(Bodies, Mapping.AssemblyDomainModel.Table(FactKinds.Bodies), b => b.Id.ToString(), b => new BodyDocument(b.Id, b.Level, b.Region, Text(b.NameKk, b.NameRu, b.NameEn), b.Founded, b.Dissolved, b.SuccessorId)),
        Each(People, Mapping.AssemblyDomainModel.Table(FactKinds.People), p => p.Id.ToString(), p => new PersonDocument(p.Id, Text(p.NameKk, p.NameRu, p.NameEn))),
        Each(Sessions, Mapping.AssemblyDomainModel.Table(FactKinds.Sessions), s => s.Id.ToString(), s => new SessionDocument(
            s.Id, s.BodyId, s.Number, s.Date, OptionalText(s.ThemeKk, s.ThemeRu, s.ThemeEn),
            [.. s.Officials.OrderBy(o => o.Position).Select(o => new OfficialDocument(o.PersonId, o.Role, OptionalText(o.OfficeKk, o.OfficeRu, o.OfficeEn)))],
            [.. s.ParticipantGroups])),
        [.. Memberships.GroupBy(m => m.BodyId).Select(body => new CouncilDocument(
            body.Key,
            Each([.. body], Mapping.AssemblyDomainModel.Table(FactKinds.CouncilMemberships), m => m.Id.ToString(), m => new MembershipDocument(
                m.Id, m.PersonId, m.Category, m.Term.Start, m.Term.End, OptionalText(m.OnBehalfOfKk, m.OnBehalfOfRu, m.OnBehalfOfEn)))))],
        Each(Projects, Mapping.AssemblyDomainModel.Table(FactKinds.Projects), p => p.Id.ToString(), p => new ProjectDocument(p.Id, p.BodyId, Text(p.NameKk, p.NameRu, p.NameEn), p.Start)),
        Each(Activities, Mapping.AssemblyDomainModel.Table(FactKinds.Activities), a => a.Id.ToString(), a => new ActivityDocument(
            a.Id, a.OrganiserId, a.Kind, a.Date, Place(a.Region, a.PlaceKind, a.PlaceNameKk, a.PlaceNameRu, a.PlaceNameEn),
            Count(a.Participants, a.ParticipantsQualifier), a.ProjectId)),
        Each(Summaries, Mapping.AssemblyDomainModel.Table(FactKinds.Summaries), s => s.Id.ToString(), s => new SummaryDocument(
            s.Id, s.ReporterId, Place(s.Region, s.PlaceKind, s.PlaceNameKk, s.PlaceNameRu, s.PlaceNameEn), StoredPeriod.Read(s.PeriodKind, s.Period),
            [.. s.Tallies.OrderBy(t => t.Kind).Select(t => new TallyDocument(t.Kind, QualifiedCount.Create(t.Count, t.CountQualifier)))],
            Count(s.PeopleReached, s.PeopleReachedQualifier), s.Audience)),
        Each(Representation, Mapping.AssemblyDomainModel.Table(FactKinds.Representation), r => r.Id.ToString(), r => new RepresentationDocument(r.Id, r.BodyId, r.Chamber, r.Members, r.AsOf)),
        Each(DeputyGroups, Mapping.AssemblyDomainModel.Table(FactKinds.DeputyGroups), g => g.Id.ToString(), g => new DeputyGroupDocument(g.Id, g.BodyId, Text(g.NameKk, g.NameRu, g.NameEn), g.InterChamber, g.Formed)),
        Each(FriendshipHouses, Mapping.AssemblyDomainModel.Table(FactKinds.FriendshipHouses), h => h.Id.ToString(), h => new FriendshipHouseDocument(
            h.Id, h.BodyId, Place(h.Region, h.PlaceKind, h.PlaceNameKk, h.PlaceNameRu, h.PlaceNameEn), h.ProposedOn, h.OpenedOn)));

    private static TextDocument Text(string kk, string ru, string en) => new(kk, ru, en);

    private static TextDocument? OptionalText(string? kk, string? ru, string? en) =>
        kk is null && ru is null && en is null ? null : new(kk!, ru!, en!);

    private static PlaceDocument Place(Geography.Region region, Geography.PlaceKind kind, string? kk, string? ru, string? en) =>
        new(region, kind, OptionalText(kk, ru, en));

    private static QualifiedCount? Count(long? value, CountQualifier? qualifier) => value switch
    {
        null when qualifier is null => null,
        { } known when qualifier is { } q => QualifiedCount.Create(known, q),
        _ => throw new System.ArgumentException($"A count of {value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"} with qualifier {qualifier?.ToString() ?? "null"}: both or neither must be stored."),
    };

    private static List<TDocument> Each<TRow, TDocument>(List<TRow> rows, string table, System.Func<TRow, string> id, System.Func<TRow, TDocument> read)
    {
        var documents = new List<TDocument>(rows.Count);
        foreach (TRow row in rows)
        {
            try
            {
                documents.Add(read(row));
            }
            catch (System.Exception exception) when (exception is System.ArgumentException or System.FormatException)
            {
                throw new StoredFactException(table, id(row), exception);
            }
        }

        return documents;
    }
}
