using Kz.Assembly.Domain.Representation;

namespace Kz.Assembly.Domain.Reading;

/// <summary>How many members of a body sit in a chamber, as a report states it.</summary>
public sealed class ReadRepresentation : ReadFact
{
    internal ReadRepresentation(RepresentationFact fact, SourcePhrase source)
        : base(source) => Fact = fact;

    /// <summary>Gets the value read.</summary>
    public RepresentationFact Fact { get; }

    /// <inheritdoc/>
    private protected override Bodies.AssemblyBody Body => Fact.Body;

    /// <inheritdoc/>
    private protected override string? FactId => Fact.Id.ToString();

    /// <inheritdoc/>
    private protected override void AddTo(AssemblyDataSetBuilder builder)
    {
        builder.Add(Fact);
    }

    /// <inheritdoc/>
    private protected override string Describe() => $"representation {Fact.Members} in {Fact.Chamber}";
}
