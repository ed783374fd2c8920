using System.Linq;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Projects;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>The kind as the database stores it: undated, read with its body or as what activities refer to, and
    /// updated in place when a merge replaces it (activities refer to it).</summary>
    internal static StoredKind<ProjectRow, SocialProject> Stored { get; } = new(
        FactKinds.Projects,
        map: b => b.HasOne<BodyRow>().WithMany().HasForeignKey(p => p.BodyId).OnDelete(DeleteBehavior.Restrict),
        mapChildren: null,
        fromDocument: document => document.Projects.Select(From),
        addToDocument: (row, document) => document.Projects.Add(row.ToDocument()),
        id: p => p.Id,
        body: p => p.BodyId,
        ofBody: body => p => p.BodyId == body,
        inDays: null,
        replacesByDelete: false);
}
