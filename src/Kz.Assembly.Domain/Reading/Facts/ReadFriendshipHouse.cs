using Kz.Assembly.Domain.Facilities;

namespace Kz.Assembly.Domain.Reading;

/// <summary>A Friendship House a report proposes or opens.</summary>
public sealed class ReadFriendshipHouse : ReadFact
{
    internal ReadFriendshipHouse(FriendshipHouse house, SourcePhrase source)
        : base(source) => House = house;

    /// <summary>Gets the value read.</summary>
    public FriendshipHouse House { get; }

    /// <inheritdoc/>
    private protected override Bodies.AssemblyBody Body => House.Body;

    /// <inheritdoc/>
    private protected override string? FactId => House.Id.ToString();

    /// <inheritdoc/>
    private protected override void AddTo(AssemblyDataSetBuilder builder)
    {
        builder.Add(House);
    }

    /// <inheritdoc/>
    private protected override string Describe() => $"friendship house in {House.Place.Region.Code}, {(House.OpenedOn is { } opened ? $"opened {opened:uuuu-MM-dd}" : $"proposed {House.ProposedOn:uuuu-MM-dd}")}";
}
