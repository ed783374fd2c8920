using System.Collections.Immutable;
using System.Linq;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Store;

/// <summary>What an import did, fact kind by fact kind.</summary>
/// <param name="Added">The facts that were new, by kind (<c>activities</c> → 31).</param>
/// <param name="Unchanged">The facts already stored with the same content, left alone, by kind.</param>
/// <param name="Replaced">The stored facts the incoming version replaced (<see cref="MergePolicy.IncomingWins"/>), by kind.</param>
/// <param name="Kept">The stored facts kept over a differing incoming version (<see cref="MergePolicy.StoredWins"/>), by kind.</param>
/// <param name="Conflicts">Every field in which a replaced or kept fact differed.</param>
public sealed record ImportResult(
    ImmutableSortedDictionary<string, int> Added,
    ImmutableSortedDictionary<string, int> Unchanged,
    ImmutableSortedDictionary<string, int> Replaced,
    ImmutableSortedDictionary<string, int> Kept,
    ImmutableArray<ImportConflict> Conflicts)
{
    /// <summary>Gets whether the import changed nothing: every fact was stored already, with the same content (or kept).</summary>
    public bool ChangedNothing => Added.Values.Sum() == 0 && Replaced.Values.Sum() == 0;

    /// <summary>Returns a one-line account: <c>added 31 activities; unchanged 1 bodies</c>, or that nothing changed.</summary>
    /// <returns>The account.</returns>
    public override string ToString()
    {
        string Part(string verb, ImmutableSortedDictionary<string, int> counts) =>
            counts.IsEmpty ? string.Empty : $"{verb} " + string.Join(", ", counts.Select(c => $"{c.Value} {c.Key}"));
        string account = string.Join("; ", new[] { Part("added", Added), Part("replaced", Replaced), Part("kept", Kept), Part("unchanged", Unchanged) }.Where(p => p.Length > 0));
        return ChangedNothing ? $"nothing changed ({(account.Length == 0 ? "an empty document" : account)})" : account;
    }
}
