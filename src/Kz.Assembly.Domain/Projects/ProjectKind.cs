using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Serialization;
using NodaTime;

namespace Kz.Assembly.Domain.Projects;

/// <summary>A social project as a document holds it.</summary>
internal sealed record ProjectDocument([property: JsonRequired] Id<SocialProject> Id, [property: JsonRequired] Id<AssemblyBody> Body, [property: JsonRequired] TextDocument Name, LocalDate? Start);

/// <summary>Social projects as a kind of fact: a body's, started within its days; activities refer to them.</summary>
internal static class ProjectKind
{
    /// <summary>Gets the kind.</summary>
    internal static HeldKind<SocialProject, ProjectDocument> Kind { get; } = new(
        "projects",
        list: document => document.Projects,
        json: DataSetJsonContext.Default.ProjectDocument,
        id: p => p.Id.ToString(),
        body: p => p.Body,
        write: p => new(p.Id, p.Body.Id, DataSetDocumentWriter.Text(p.Name), p.Start),
        read: (p, reader) => SocialProject.Create(reader.Body(p.Body), DataSetDocumentReader.Text(p.Name, "name"), p.Start).WithId(p.Id),
        check: Check,
        referredTo: true);

    private static void Check(ImmutableArray<SocialProject> projects, FactChecks checks)
    {
        foreach (SocialProject project in projects)
        {
            checks.Dated(project.Body, project.Start, project.Id.ToString(), $"The start of project {project.Id}");
        }
    }
}
