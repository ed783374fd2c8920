using System;

namespace Kz.Assembly.Domain.Annotations;

/// <summary>
/// Marks a value type whose <c>default</c> instance is not a valid value, so <c>default(T)</c>, <c>new T()</c> and
/// fields left at their default are mistakes. The package's analyzers find this attribute by its full name, so a
/// consuming application can put it on its own value types and get the same check.
/// </summary>
[AttributeUsage(AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class NoDefaultAttribute : Attribute
{
}
