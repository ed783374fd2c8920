using System;

namespace Kz.Assembly.Domain.Annotations;

/// <summary>
/// Marks a collection parameter of terms (items created with a constant start and end date) of which at most
/// <see cref="Maximum"/> may overlap on any day; the package's analyzers report constant collections with more (ASM0010).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class MaxConcurrentTermsAttribute : Attribute
{
    /// <summary>Declares the maximum.</summary>
    /// <param name="maximum">How many terms may overlap at most.</param>
    public MaxConcurrentTermsAttribute(int maximum) => Maximum = maximum;

    /// <summary>Gets how many terms may overlap at most.</summary>
    public int Maximum { get; }
}
