using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.Serialization;
using System.Linq;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Projects;
using NodaTime;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tables;

/// <summary>A row of <c>projects</c>: one <see cref="SocialProject"/>.</summary>
public sealed class ProjectRow
{
    /// <summary>Gets or sets the project's id (primary key).</summary>
    public Id<SocialProject> Id { get; set; }

    /// <summary>Gets or sets the body that runs it.</summary>
    public Id<AssemblyBody> BodyId { get; set; }

    /// <summary>Gets or sets the name in Kazakh.</summary>
    public string NameKk { get; set; } = string.Empty;

    /// <summary>Gets or sets the name in Russian.</summary>
    public string NameRu { get; set; } = string.Empty;

    /// <summary>Gets or sets the name in English.</summary>
    public string NameEn { get; set; } = string.Empty;

    /// <summary>Gets or sets the day it started, if known.</summary>
    public LocalDate? Start { get; set; }

    /// <summary>The row of a project as the document holds it.</summary>
    internal static ProjectRow From(ProjectDocument p) => new() { Id = p.Id, BodyId = p.Body, NameKk = p.Name.Kk, NameRu = p.Name.Ru, NameEn = p.Name.En, Start = p.Start };

    /// <summary>The project as the document holds it.</summary>
    internal ProjectDocument ToDocument() => new(Id, BodyId, StoredValues.Text(NameKk, NameRu, NameEn), Start);
}
