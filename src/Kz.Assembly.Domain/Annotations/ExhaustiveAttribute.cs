using System;

namespace Kz.Assembly.Domain.Annotations;

/// <summary>
/// Marks an enum whose switches must handle every member or have a default (ASM0008). Every enum of the
/// <c>Kz.Assembly.Domain</c> namespaces is treated so; put this on an application's own enums for the same check.
/// </summary>
[AttributeUsage(AttributeTargets.Enum, AllowMultiple = false, Inherited = false)]
public sealed class ExhaustiveAttribute : Attribute
{
}
