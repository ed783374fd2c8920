namespace Kz.Assembly.Domain.Metrics;

/// <summary>
/// A figure for a period with what it covers: 631 events, complete for the year to date; the same 631, partial
/// through 2025-04-24, for the calendar year. Immutable value.
/// </summary>
/// <param name="Value">The figure, or null when nothing is reported (unknown is not zero).</param>
/// <param name="Coverage">How much of the period the figure covers.</param>
public readonly record struct PeriodFigure(QualifiedCount? Value, PeriodCoverage Coverage)
{
    /// <summary>Returns for example <c>631 (complete)</c> or <c>unknown (none)</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => $"{(Value is { } value ? value.ToString() : "unknown")} ({Coverage})";
}
