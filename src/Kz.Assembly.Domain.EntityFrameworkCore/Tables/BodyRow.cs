using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.Serialization;
using System.Linq;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Identity;
using NodaTime;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tables;

/// <summary>A row of <c>bodies</c>: one <see cref="AssemblyBody"/>.</summary>
public sealed class BodyRow
{
    /// <summary>Gets or sets the body's id (primary key).</summary>
    public Id<AssemblyBody> Id { get; set; }

    /// <summary>Gets or sets the level.</summary>
    public AssemblyLevel Level { get; set; }

    /// <summary>Gets or sets the region of a regional body; null for the national Assembly.</summary>
    public Region? Region { get; set; }

    /// <summary>Gets or sets the name in Kazakh.</summary>
    public string NameKk { get; set; } = string.Empty;

    /// <summary>Gets or sets the name in Russian.</summary>
    public string NameRu { get; set; } = string.Empty;

    /// <summary>Gets or sets the name in English.</summary>
    public string NameEn { get; set; } = string.Empty;

    /// <summary>Gets or sets the day it was founded.</summary>
    public LocalDate Founded { get; set; }

    /// <summary>Gets or sets the day it was dissolved, if it was (after <see cref="Founded"/>).</summary>
    public LocalDate? Dissolved { get; set; }

    /// <summary>Gets or sets the body that succeeded it, if any.</summary>
    public Id<AssemblyBody>? SuccessorId { get; set; }

    /// <summary>The row of a body as the document holds it.</summary>
    internal static BodyRow From(BodyDocument b) => new()
    {
        Id = b.Id, Level = b.Level, Region = b.Region, NameKk = b.Name.Kk, NameRu = b.Name.Ru, NameEn = b.Name.En,
        Founded = b.Founded, Dissolved = b.Dissolved, SuccessorId = b.Successor,
    };

    /// <summary>The body as the document holds it.</summary>
    internal BodyDocument ToDocument() => new(Id, Level, Region, StoredValues.Text(NameKk, NameRu, NameEn), Founded, Dissolved, SuccessorId);
}
