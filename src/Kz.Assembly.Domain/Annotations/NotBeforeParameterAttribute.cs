using System;

namespace Kz.Assembly.Domain.Annotations;

/// <summary>
/// Marks the end of a period: it may not precede the parameter named here (the start). The package's analyzers report
/// constant periods whose end precedes their start (ASM0005).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class NotBeforeParameterAttribute : Attribute
{
    /// <summary>Names the start parameter.</summary>
    /// <param name="startParameter">The name of the parameter holding the period's start.</param>
    public NotBeforeParameterAttribute(string startParameter) => StartParameter = startParameter;

    /// <summary>Gets the name of the parameter holding the period's start.</summary>
    public string StartParameter { get; }
}
