using System;

namespace Kz.Assembly.Domain.Annotations;

/// <summary>
/// Marks a member that holds only the number of a qualified count (<c>QualifiedCount.Value</c>, a table's raw count
/// column): adding it up alone drops the qualifier («about 39 thousand» plus «more than 2 thousand» becomes an exact
/// 41 000) and, with <c>?? 0</c>, turns unknown attendance into zero. The package's analyzers report arithmetic and
/// LINQ sums over such members (ASM0011); <c>QualifiedCount.Sum</c> and <c>Add</c> keep both.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class QualifiedValueAttribute : Attribute
{
}
