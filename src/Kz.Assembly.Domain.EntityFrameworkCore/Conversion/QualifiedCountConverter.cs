using Kz.Assembly.Domain.Metrics;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Conversion;

/// <summary>
/// Stores a <see cref="QualifiedCount"/> as its invariant text (<c>~39000</c>, <c>&gt;2000</c>, <c>631</c>) for a
/// column of an application's own entity. The library's own tables keep the number and the qualifier in two columns
/// instead, so the database can sum them.
/// </summary>
public sealed class QualifiedCountConverter : ValueConverter<QualifiedCount, string>
{
    /// <summary>Initializes the converter.</summary>
    public QualifiedCountConverter()
        : base(count => count.ToString(), text => QualifiedCount.Parse(text))
    {
    }
}
