using System.Collections.Immutable;

namespace Kz.Assembly.Domain.Metrics;

/// <summary>
/// The answer to "how many people did activities of this kind reach": the reach reported for the kind alone, and
/// apart from it the joint reaches the kind shares with others, which no query gives to one kind. Immutable.
/// </summary>
/// <param name="Alone">People reached by the kind alone, or null when none is reported for it alone.</param>
/// <param name="Shared">Joint reaches whose kinds include this one, each as reported for its whole set.</param>
/// <param name="Coverage">How much of the period the summaries behind the answer cover.</param>
public sealed record KindReach(QualifiedCount? Alone, ImmutableArray<ReachFigure> Shared, PeriodCoverage Coverage)
{
    /// <summary>Returns for example <c>alone unknown; shared Event+CharityAction ~39000 (complete)</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() =>
        $"alone {(Alone is { } alone ? alone.ToString() : "unknown")}; shared {(Shared.IsEmpty ? "none" : string.Join(", ", Shared))} ({Coverage})";
}
