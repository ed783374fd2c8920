using Kz.Assembly.Domain.Activities;

namespace Kz.Assembly.Domain.Metrics;

/// <summary>
/// People reached by the activities of a set of kinds together: one kind for a reach reported per kind, several for a
/// joint reach («631 events and 49 charity actions … about 39 000 people»: <c>Event+CharityAction ~39000</c>).
/// Immutable value.
/// </summary>
/// <param name="Kinds">The kinds the reach belongs to, as a whole.</param>
/// <param name="People">The people reached.</param>
public readonly record struct ReachFigure(ActivityKindSet Kinds, QualifiedCount People)
{
    /// <summary>Returns for example <c>Event+CharityAction ~39000</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => $"{Kinds} {People}";
}
