using System;
using System.Diagnostics.Contracts;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Annotations;
using System.Diagnostics.CodeAnalysis;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Projects;
using NodaTime;
using NodaTime.Text;

namespace Kz.Assembly.Domain.Activities;

/// <summary>
/// One activity an assembly held: its kind, date, place, optional project and how many took part. Immutable and
/// thread-safe; equal by <see cref="Id"/>.
/// </summary>
/// <remarks>
/// Invariants: the date falls while the organising body existed; a regional or district body's activity takes place
/// in its own region; the project, when given, belongs to the same body.
/// </remarks>
public sealed class AssemblyActivity : IEntity<AssemblyActivity>, IEquatable<AssemblyActivity>
{
    private Id<AssemblyActivity> lazyId;

    private AssemblyActivity(AssemblyBody organiser, AssemblyActivityKind kind, LocalDate date, Place place, SocialProject? project, QualifiedCount? participants, Id<AssemblyActivity>? id = null)
    {
        lazyId = id ?? default;
        Organiser = organiser;
        Kind = kind;
        Date = date;
        Place = place;
        Project = project;
        Participants = participants;
    }

    /// <summary>Gets the body that held the activity.</summary>
    public AssemblyBody Organiser { get; }

    /// <summary>Gets the kind of activity.</summary>
    public AssemblyActivityKind Kind { get; }

    /// <summary>Gets the date it was held.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets where it was held.</summary>
    public Place Place { get; }

    /// <summary>Gets the project it belongs to, or null.</summary>
    public SocialProject? Project { get; }

    /// <summary>Gets how many people took part, or null when the source does not say (unknown is not zero).</summary>
    public QualifiedCount? Participants { get; }

    /// <summary>
    /// Gets the id; derived as <c>{organiser}-{date}-{kind}-{hash of place, project and participants}</c> unless set
    /// with <see cref="WithId"/>. Two activities alike in every part derive one id: give each its own where that is real.
    /// </summary>
    // Derived on first use: an activity read with its own id (from JSON, say) never pays for hashing its content.
    // Deriving twice in a race gives the same id, and the struct holds one reference, so no lock is needed.
    public Id<AssemblyActivity> Id => lazyId.IsDefault ? (lazyId = DeriveId()) : lazyId;

    private Id<AssemblyActivity> DeriveId() => Id<AssemblyActivity>.Derive(
        Organiser.Id.ToString(),
        LocalDatePattern.Iso.Format(Date),
        Kind.ToString(),
        IdSlug.Hash($"{Place.Id}|{Project?.Id.ToString()}|{Participants?.ToString() ?? "?"}"));

    /// <summary>Returns this activity under another id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>A new instance; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the invalid default.</exception>
    [Pure]
    public AssemblyActivity WithId(Id<AssemblyActivity> id) => new(Organiser, Kind, Date, Place, Project, Participants, IdRules.Require(id, nameof(id)));



    /// <summary>Creates an activity.</summary>
    /// <param name="organiser">The body that held it.</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="date">Its date.</param>
    /// <param name="place">Its place.</param>
    /// <param name="participants">How many took part, or null when unknown.</param>
    /// <param name="project">Its project, or null.</param>
    /// <returns>The activity.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The kind is undefined or the date falls outside the body's existence.</exception>
    /// <exception cref="ArgumentException">The place lies outside the body's region, or the project belongs to another body.</exception>
    public static AssemblyActivity Create(AssemblyBody organiser, AssemblyActivityKind kind, [NotBefore(1995, 3, 1)] LocalDate date, Place place, QualifiedCount? participants, SocialProject? project = null)
    {
        if (Validate(organiser, kind, date, place, project) is { } error)
        {
            Preconditions.Throw(error);
        }

        return new AssemblyActivity(organiser, kind, date, place, project, participants);
    }

    /// <summary>Creates an activity, or returns false where <see cref="Create"/> would throw.</summary>
    /// <param name="organiser">The body that held it.</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="date">Its date.</param>
    /// <param name="place">Its place.</param>
    /// <param name="participants">How many took part, or null when unknown.</param>
    /// <param name="project">Its project, or null.</param>
    /// <param name="activity">The activity, or null.</param>
    /// <returns>Whether the arguments were valid.</returns>
    public static bool TryCreate(AssemblyBody? organiser, AssemblyActivityKind kind, LocalDate date, Place? place, QualifiedCount? participants, SocialProject? project, [NotNullWhen(true)] out AssemblyActivity? activity)
    {
        activity = Validate(organiser, kind, date, place, project) is null
            ? new AssemblyActivity(organiser!, kind, date, place!, project, participants)
            : null;
        return activity is not null;
    }

    /// <summary>Returns for example <c>2025-05-10 CharityAction at KZ-61 Turkistan Region: ~300</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => $"{LocalDatePattern.Iso.Format(Date)} {Kind} at {Place.ToString()}: {(Participants is { } people ? people.ToString() : "participants unknown")}";

    /// <inheritdoc/>
    public bool Equals(AssemblyActivity? other) => other is not null && Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AssemblyActivity);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode();

    private static ValidationError? Validate(AssemblyBody? organiser, AssemblyActivityKind kind, LocalDate date, Place? place, SocialProject? project)
    {
        if (organiser is null)
        {
            return ValidationError.Null(nameof(organiser));
        }

        if (place is null)
        {
            return ValidationError.Null(nameof(place));
        }

        if (!Enum.IsDefined(kind))
        {
            return ValidationError.OutOfRange(nameof(kind), kind, $"{(int)kind} is not a defined AssemblyActivityKind.");
        }

        if (organiser.ValidateActiveOn(date, nameof(date), "The activity") is { } invalidDate)
        {
            return invalidDate;
        }

        if (place.Region.ValidateExistedOn(date, nameof(place), $"The activity at {place}") is { } noRegion)
        {
            return noRegion;
        }

        if (organiser.Region is { } region && !region.Equals(place.Region))
        {
            return ValidationError.Invalid(nameof(place), $"{organiser.Id} works in {region.Code}, but the activity's place {place.ToString()} lies in {place.Region.Code}.");
        }

        return project is not null && !project.Body.Equals(organiser)
            ? ValidationError.Invalid(nameof(project), $"Project {project.ToString()} belongs to {project.Body.Id}, not to the organiser {organiser.Id}.")
            : null;
    }
}
