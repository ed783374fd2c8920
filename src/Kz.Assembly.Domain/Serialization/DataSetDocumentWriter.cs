using System.Linq;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Serialization;

/// <summary>From a data set to its document: each fact once, referring to others by id.</summary>
internal static class DataSetDocumentWriter
{
    /// <summary>A text as the document holds it.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    internal static TextDocument? Text(LocalizedText? text) => text is null ? null : new(text.Kazakh, text.Russian, text.English);

    /// <summary>A place as the document holds it.</summary>
    internal static PlaceDocument Place(Place place) =>
        new(place.Region, place.Kind, place.Kind == PlaceKind.Region ? null : Text(place.Name));

    internal static DataSetDocument Write(AssemblyDataSet data)
    {
        DataSetDocument document = DataSetDocument.Empty();
        document.Bodies.AddRange(data.Bodies.Select(Body));
        document.People.AddRange(data.People.Select(Person));
        document.Sessions.AddRange(data.Sessions.Select(Session));
        document.Councils.AddRange(data.Councils.Select(c => new CouncilDocument(c.Body.Id, [.. c.Memberships.Select(m => new MembershipDocument(m.Id, m.Person.Id, m.Category, m.Term.Start, m.Term.End, Text(m.OnBehalfOf)))])));
        foreach (HeldKind kind in FactKinds.Held)
        {
            kind.Write(data, document);
        }

        return document;
    }

    // One fact each: the data set's document and a reading's JSON write facts the same way.
    internal static BodyDocument Body(Bodies.AssemblyBody b) => new(b.Id, b.Level, b.Region, Text(b.Name), b.Founded, b.Dissolved, b.Successor?.Id);

    internal static PersonDocument Person(People.Person p) => new(p.Id, Text(p.Name));

    internal static SessionDocument Session(Sessions.Session s) => new(
        s.Id, s.Body.Id, s.Number, s.Date, Text(s.Theme),
        [.. s.Officials.Select(o => new OfficialDocument(o.Person.Id, o.Role, Text(o.Office)))],
        [.. s.ParticipantGroups]);
}
