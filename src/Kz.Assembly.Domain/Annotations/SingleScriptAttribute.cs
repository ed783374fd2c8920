using System;

namespace Kz.Assembly.Domain.Annotations;

/// <summary>
/// Marks a string parameter whose words must each be written in one script: the package's analyzers report constant
/// arguments where a word mixes Latin and Cyrillic letters, such as «Мың бaла» with a Latin a (ASM0003).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class SingleScriptAttribute : Attribute
{
}
