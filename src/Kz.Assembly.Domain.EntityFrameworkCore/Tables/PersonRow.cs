using System.Linq;
using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tables;

/// <summary>A row of <c>people</c>: one <see cref="Person"/>.</summary>
public sealed class PersonRow
{
    /// <summary>Gets or sets the person's id (primary key).</summary>
    public Id<Person> Id { get; set; }

    /// <summary>Gets or sets the name in Kazakh.</summary>
    public string NameKk { get; set; } = string.Empty;

    /// <summary>Gets or sets the name in Russian.</summary>
    public string NameRu { get; set; } = string.Empty;

    /// <summary>Gets or sets the name in English.</summary>
    public string NameEn { get; set; } = string.Empty;

    /// <summary>The row of a person as the document holds it.</summary>
    internal static PersonRow From(PersonDocument p) => new() { Id = p.Id, NameKk = p.Name.Kk, NameRu = p.Name.Ru, NameEn = p.Name.En };

    /// <summary>The person as the document holds it.</summary>
    internal PersonDocument ToDocument() => new(Id, StoredValues.Text(NameKk, NameRu, NameEn));

    /// <summary>The kind as the database stores it: no body holds a person; read as what sessions and memberships
    /// refer to, and updated in place when a merge replaces it.</summary>
    internal static StoredKind<PersonRow, Person> Stored { get; } = new(
        FactKinds.People,
        map: _ => { },
        mapChildren: null,
        fromDocument: document => document.People.Select(From),
        addToDocument: (row, document) => document.People.Add(row.ToDocument()),
        id: p => p.Id,
        body: _ => null,
        ofBody: null,
        inDays: null,
        replacesByDelete: false);
}
