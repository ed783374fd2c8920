using System;

namespace Kz.Assembly.Domain.Annotations;

/// <summary>
/// Marks a string parameter that takes a Roman numeral. The package's analyzers report constant arguments that are not
/// canonical numerals of 1..3999 (ASM0002) or that mix Latin letters with Cyrillic look-alikes (ASM0003).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class RomanNumeralAttribute : Attribute
{
    /// <summary>Gets whether the parameter also takes the number in ASCII digits, 1..3999 (<c>SessionNumber.Parse("27")</c>).</summary>
    public bool AllowsDigits { get; init; }
}
