namespace Kz.Assembly.Domain.Reading;

/// <summary>A fact a report states, read into the model, with the phrase it was read from.</summary>
/// <remarks>The subclasses carry the domain value: <see cref="ReadSummary"/>, <see cref="ReadProject"/>,
/// <see cref="ReadSession"/>, <see cref="ReadAnniversary"/>, <see cref="ReadRepresentation"/>,
/// <see cref="ReadDeputyGroup"/> and <see cref="ReadFriendshipHouse"/>.</remarks>
public abstract class ReadFact
{
    private protected ReadFact(SourcePhrase source) => Source = source;

    /// <summary>Gets where the fact was read: the span of the phrase that states it.</summary>
    public SourcePhrase Source { get; }

    /// <summary>Gets the fact's value and its source on one line.</summary>
    /// <returns>The fact as text.</returns>
    public override string ToString() => $"{Describe()} ← {Source}";

    /// <summary>Describes the fact's value.</summary>
    /// <returns>The value as text.</returns>
    private protected abstract string Describe();
}
