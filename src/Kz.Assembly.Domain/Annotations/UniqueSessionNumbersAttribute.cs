using System;

namespace Kz.Assembly.Domain.Annotations;

/// <summary>Marks a collection parameter of sessions of one body: constant session numbers may not repeat (ASM0010).</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class UniqueSessionNumbersAttribute : Attribute
{
}
