using System;

namespace Kz.Assembly.Domain.Annotations;

/// <summary>
/// Marks a type whose text depends on the culture it is formatted for (kk, ru, en). The package's analyzers report
/// formatting it without a culture, in <c>$"{value}"</c> or <c>value.ToString()</c> (ASM0009).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class LocalizedAttribute : Attribute
{
}
