using Kz.Assembly.Domain.Representation;

namespace Kz.Assembly.Domain.Reading;

/// <summary>A deputy group a report names.</summary>
public sealed class ReadDeputyGroup : ReadFact
{
    internal ReadDeputyGroup(DeputyGroup group, SourcePhrase source)
        : base(source) => Group = group;

    /// <summary>Gets the value read.</summary>
    public DeputyGroup Group { get; }

    /// <inheritdoc/>
    private protected override Bodies.AssemblyBody Body => Group.Body;

    /// <inheritdoc/>
    private protected override string? FactId => Group.Id.ToString();

    /// <inheritdoc/>
    private protected override void AddTo(AssemblyDataSetBuilder builder)
    {
        builder.Add(Group);
    }

    /// <inheritdoc/>
    private protected override string Describe() => $"deputy group «{Group.Name.Kazakh}»{(Group.IsInterChamber ? " (inter-chamber)" : "")}";
}
