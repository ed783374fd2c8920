namespace Kz.Assembly.Domain.EntityFrameworkCore.Aggregation;

/// <summary>What the database computes for one group: its key, its row count, the sum of the known figures, how many
/// figures were unknown, and which qualifiers occurred (1 or 0 each).</summary>
/// <typeparam name="TKey">The group's key.</typeparam>
internal sealed class GroupTotals<TKey>
{
    public required TKey Key { get; init; }

    public long Records { get; init; }

    public long? KnownSum { get; init; }

    public int Unknown { get; init; }

    public int AnyAbout { get; init; }

    public int AnyMoreThan { get; init; }

    public int AnyAtLeast { get; init; }

    public int AnyUpTo { get; init; }
}
