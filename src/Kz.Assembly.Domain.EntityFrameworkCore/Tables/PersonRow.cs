using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.Serialization;
using System.Linq;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.People;

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
}
