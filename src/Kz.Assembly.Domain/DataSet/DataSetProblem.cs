using System;
using System.Collections.Immutable;

namespace Kz.Assembly.Domain;

/// <summary>
/// One problem <see cref="AssemblyDataSetBuilder.TryBuild"/> found: which rule, the ids of the facts involved (both
/// of a duplicate), and a message that names them. Immutable.
/// </summary>
/// <param name="Kind">The rule broken.</param>
/// <param name="FactIds">The ids of the facts involved, the first-added first.</param>
/// <param name="Message">What is wrong, naming the facts.</param>
public sealed record DataSetProblem(DataSetProblemKind Kind, ImmutableArray<string> FactIds, string Message)
{
    /// <summary>Returns the message.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => $"{Kind}: {Message}";
}
