using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Projects;
using Kz.Assembly.Domain.Serialization;
using NodaTime;

namespace Kz.Assembly.Domain.Activities;

/// <summary>An individual activity as a document holds it.</summary>
internal sealed record ActivityDocument([property: JsonRequired] Id<AssemblyActivity> Id, [property: JsonRequired] Id<AssemblyBody> Organiser, [property: JsonRequired] AssemblyActivityKind Kind, [property: JsonRequired] LocalDate Date, [property: JsonRequired] PlaceDocument Place, QualifiedCount? Participants, Id<SocialProject>? Project);

/// <summary>Individual activities as a kind of fact: an organiser's, dated within its days, of a project added too.</summary>
internal static class ActivityKind
{
    /// <summary>Gets the kind.</summary>
    internal static HeldKind<AssemblyActivity, ActivityDocument> Kind { get; } = new(
        "activities",
        list: document => document.Activities,
        json: DataSetJsonContext.Default.ActivityDocument,
        id: a => a.Id.ToString(),
        body: a => a.Organiser,
        write: a => new(a.Id, a.Organiser.Id, a.Kind, a.Date, DataSetDocumentWriter.Place(a.Place), a.Participants, a.Project?.Id),
        read: (a, reader) => AssemblyActivity.Create(
            reader.Body(a.Organiser), a.Kind, a.Date, reader.Place(a.Place), a.Participants, a.Project is { } project ? reader.Referred(project, "project") : null).WithId(a.Id),
        check: Check);

    private static void Check(ImmutableArray<AssemblyActivity> activities, FactChecks checks)
    {
        foreach (AssemblyActivity activity in activities)
        {
            checks.Dated(activity.Organiser, activity.Date, activity.Id.ToString(), $"Activity {activity.Id}");
            if (activity.Project is { } project && !checks.Holds(project.Id))
            {
                checks.Report(DataSetProblemKind.UnknownReference, $"Activity {activity.Id} belongs to project {project.Id}, which was not added.", activity.Id.ToString(), project.Id.ToString());
            }
        }
    }
}
