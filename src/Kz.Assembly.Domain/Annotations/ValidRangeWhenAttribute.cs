using System;

namespace Kz.Assembly.Domain.Annotations;

/// <summary>
/// Declares a narrower inclusive range a numeric parameter accepts when another parameter of the same call has a given
/// value: the Senate has five seats filled on the Assembly Council's recommendation, so
/// <c>RepresentationFact.Create(body, Chamber.Senate, 12)</c> is rejected at run time and reported at compile time.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = true, Inherited = false)]
public sealed class ValidRangeWhenAttribute : Attribute
{
    /// <summary>Declares the range that holds when <paramref name="parameter"/> is <paramref name="value"/>.</summary>
    /// <param name="parameter">The name of the other parameter.</param>
    /// <param name="value">Its value (an enum member or a number) for which the range holds.</param>
    /// <param name="minimum">The smallest accepted value then.</param>
    /// <param name="maximum">The largest accepted value then.</param>
    public ValidRangeWhenAttribute(string parameter, object value, long minimum, long maximum)
    {
        Parameter = parameter;
        Value = value;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets the name of the other parameter.</summary>
    public string Parameter { get; }

    /// <summary>Gets the value of the other parameter for which the range holds.</summary>
    public object Value { get; }

    /// <summary>Gets the smallest accepted value then.</summary>
    public long Minimum { get; }

    /// <summary>Gets the largest accepted value then.</summary>
    public long Maximum { get; }
}
