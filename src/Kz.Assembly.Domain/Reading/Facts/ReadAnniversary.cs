using Kz.Assembly.Domain.Bodies;

namespace Kz.Assembly.Domain.Reading;

/// <summary>An anniversary of a body a report marks.</summary>
public sealed class ReadAnniversary : ReadFact
{
    internal ReadAnniversary(Anniversary anniversary, SourcePhrase source)
        : base(source) => Anniversary = anniversary;

    /// <summary>Gets the value read.</summary>
    public Anniversary Anniversary { get; }

    /// <inheritdoc/>
    private protected override Bodies.AssemblyBody Body => Anniversary.Body;

    /// <inheritdoc/>
    private protected override string? FactId => null;

    /// <inheritdoc/>
    private protected override void AddTo(AssemblyDataSetBuilder builder)
    {
        // An anniversary is a fact of its body's history, not an entity of the data set: only its body is added.
    }

    /// <inheritdoc/>
    private protected override string Describe() => $"anniversary {Anniversary.Years} of {Anniversary.Body.Id} in {Anniversary.Year}";
}
