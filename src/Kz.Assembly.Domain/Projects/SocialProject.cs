using System;
using System.Diagnostics.Contracts;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Annotations;
using System.Diagnostics.CodeAnalysis;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Text;
using NodaTime;
using NodaTime.Text;

namespace Kz.Assembly.Domain.Projects;

/// <summary>
/// A named social project an assembly runs, such as «Мың бала». Immutable; equal by <see cref="Id"/>, derived
/// from the body and the English name.
/// </summary>
/// <remarks>Invariant: a known start date falls while the body existed.</remarks>
[Localized]
public sealed class SocialProject : IEntity<SocialProject>, IEquatable<SocialProject>, IFormattable
{
    private SocialProject(AssemblyBody body, LocalizedText name, LocalDate? start, Id<SocialProject>? id = null)
    {
        Id = id ?? Id<SocialProject>.Derive(body.Id.ToString(), "project", name.English);
        Body = body;
        Name = name;
        Start = start;
    }

    /// <summary>Gets the body that runs the project.</summary>
    public AssemblyBody Body { get; }

    /// <summary>Gets the project's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the start date, or null when the source does not give it.</summary>
    public LocalDate? Start { get; }

    /// <summary>Creates a project.</summary>
    /// <param name="body">The body that runs it.</param>
    /// <param name="name">Its name.</param>
    /// <param name="start">Its start date, or null.</param>
    /// <returns>The project.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> falls outside the body's existence.</exception>
    /// <exception cref="ArgumentException">The start is not in the ISO calendar.</exception>
    public static SocialProject Create(AssemblyBody body, LocalizedText name, [NotBefore(1995, 3, 1)] LocalDate? start = null)
    {
        if (Validate(body, name, start) is { } error)
        {
            Preconditions.Throw(error);
        }

        return new SocialProject(body, name, start);
    }

    /// <summary>Creates a project, or returns false where <see cref="Create"/> would throw.</summary>
    /// <param name="body">The body.</param>
    /// <param name="name">The name.</param>
    /// <param name="start">The start date, or null.</param>
    /// <param name="project">The project, or null.</param>
    /// <returns>Whether the arguments were valid.</returns>
    public static bool TryCreate(AssemblyBody? body, LocalizedText? name, LocalDate? start, [NotNullWhen(true)] out SocialProject? project)
    {
        project = Validate(body, name, start) is null ? new SocialProject(body!, name!, start) : null;
        return project is not null;
    }

    /// <summary>Gets the id; derived as <c>{body}-project-{English name}</c> (<c>apk-kz-61-project-myn-bala</c>) unless set with <see cref="WithId"/>.</summary>
    public Id<SocialProject> Id { get; }

    /// <summary>Returns this project under another id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>A new instance; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the invalid default.</exception>
    [Pure]
    public SocialProject WithId(Id<SocialProject> id) => new(Body, Name, Start, IdRules.Require(id, nameof(id)));

    /// <summary>Returns the English name with the body's id, for example <c>Myn Bala (apk-kz-61)</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => $"{Name.English} ({Body.Id})";

    /// <summary>Returns the project's name in the language of <paramref name="formatProvider"/>.</summary>
    /// <param name="format">Null or "G".</param>
    /// <param name="formatProvider">A culture or <see cref="Localization.DomainFormatProvider"/> choosing the language; the
    /// invariant culture gives <see cref="ToString()"/>; null means the current culture.</param>
    /// <returns>The name.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not null, empty or "G".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Localization.FormattingContract.Named(this, Name, format, formatProvider);

    /// <inheritdoc/>
    public bool Equals(SocialProject? other) => other is not null && Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SocialProject);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode();

    private static ValidationError? Validate(AssemblyBody? body, LocalizedText? name, LocalDate? start)
    {
        if (body is null)
        {
            return ValidationError.Null(nameof(body));
        }

        if (name is null)
        {
            return ValidationError.Null(nameof(name));
        }

        return start is { } day ? body.ValidateActiveOn(day, nameof(start), $"The start of project «{name.Kazakh}»") : null;
    }
}
