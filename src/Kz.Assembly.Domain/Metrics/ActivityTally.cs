using System;
using Kz.Assembly.Domain.Activities;

namespace Kz.Assembly.Domain.Metrics;

/// <summary>A count of activities of one kind, as a report states it ("631 іс-шара"). Immutable value.</summary>
/// <param name="Kind">The kind of activity.</param>
/// <param name="Count">How many were held.</param>
public readonly record struct ActivityTally(AssemblyActivityKind Kind, QualifiedCount Count)
{
    /// <summary>Returns for example <c>Event 631</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => $"{Kind} {Count}";
}
