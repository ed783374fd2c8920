using System.Collections.Generic;
using System.Linq;
using Kz.Assembly.Domain.EntityFrameworkCore.Tables;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Store;

/// <summary>
/// Between a data set's document (each fact once, by id: the same shape JSON uses) and the tables' rows, a list per
/// kind; each row's file holds its own two conversions (<c>From</c> a document fact, <c>ToDocument</c>). Reading rows
/// back goes through the core's document reader, the one path that builds every fact through its factory and the
/// whole through the store's builder.
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
        [.. document.Bodies.Select(BodyRow.From)],
        [.. document.People.Select(PersonRow.From)],
        [.. document.Sessions.Select(SessionRow.From)],
        [.. document.Councils.SelectMany(c => c.Memberships.Select(m => CouncilMembershipRow.From(c.Body, m)))],
        [.. document.Projects.Select(ProjectRow.From)],
        [.. document.Activities.Select(ActivityRow.From)],
        [.. document.Summaries.Select(SummaryRow.From)],
        [.. document.Representation.Select(RepresentationRow.From)],
        [.. document.DeputyGroups.Select(DeputyGroupRow.From)],
        [.. document.FriendshipHouses.Select(FriendshipHouseRow.From)]);

    /// <summary>The document of the rows; a row that breaks a rule of its own is reported with its table and id.</summary>
    internal DataSetDocument ToDocument() => new(
        Each(Bodies, FactKinds.Bodies, b => b.Id.ToString(), b => b.ToDocument()),
        Each(People, FactKinds.People, p => p.Id.ToString(), p => p.ToDocument()),
        Each(Sessions, FactKinds.Sessions, s => s.Id.ToString(), s => s.ToDocument()),
        [.. Memberships.GroupBy(m => m.BodyId).Select(body => new CouncilDocument(
            body.Key, Each([.. body], FactKinds.CouncilMemberships, m => m.Id.ToString(), m => m.ToDocument())))],
        Each(Projects, FactKinds.Projects, p => p.Id.ToString(), p => p.ToDocument()),
        Each(Activities, FactKinds.Activities, a => a.Id.ToString(), a => a.ToDocument()),
        Each(Summaries, FactKinds.Summaries, s => s.Id.ToString(), s => s.ToDocument()),
        Each(Representation, FactKinds.Representation, r => r.Id.ToString(), r => r.ToDocument()),
        Each(DeputyGroups, FactKinds.DeputyGroups, g => g.Id.ToString(), g => g.ToDocument()),
        Each(FriendshipHouses, FactKinds.FriendshipHouses, h => h.Id.ToString(), h => h.ToDocument()));

    private static List<TDocument> Each<TRow, TDocument>(List<TRow> rows, FactKind kind, System.Func<TRow, string> id, System.Func<TRow, TDocument> read)
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
                throw new StoredFactException(Mapping.AssemblyDomainModel.Table(kind), id(row), exception);
            }
        }

        return documents;
    }
}
