using System;

namespace Kz.Assembly.Domain.Annotations;

/// <summary>
/// Declares the inclusive range a numeric parameter of a domain factory accepts. The factory enforces it at run
/// time; the package's analyzers report constant arguments outside it at compile time.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class ValidRangeAttribute : Attribute
{
    /// <summary>Declares the range <paramref name="minimum"/>..<paramref name="maximum"/>, both inclusive.</summary>
    /// <param name="minimum">The smallest accepted value.</param>
    /// <param name="maximum">The largest accepted value.</param>
    public ValidRangeAttribute(long minimum, long maximum)
    {
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets the smallest accepted value.</summary>
    public long Minimum { get; }

    /// <summary>Gets the largest accepted value.</summary>
    public long Maximum { get; }
}
