using Kz.Assembly.Domain.Projects;

namespace Kz.Assembly.Domain.Reading;

/// <summary>A social project a report names.</summary>
public sealed class ReadProject : ReadFact
{
    internal ReadProject(SocialProject project, SourcePhrase source)
        : base(source) => Project = project;

    /// <summary>Gets the value read.</summary>
    public SocialProject Project { get; }

    /// <inheritdoc/>
    private protected override Bodies.AssemblyBody Body => Project.Body;

    /// <inheritdoc/>
    private protected override string? FactId => Project.Id.ToString();

    /// <inheritdoc/>
    private protected override void AddTo(AssemblyDataSetBuilder builder)
    {
        builder.Add(Project);
    }

    /// <inheritdoc/>
    private protected override string Describe() => $"project «{Project.Name.Kazakh}» of {Project.Body.Id}";
}
