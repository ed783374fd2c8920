using Kz.Assembly.Domain.Metrics;

namespace Kz.Assembly.Domain.Serialization;

/// <summary>A qualified count as its invariant text (<c>"~39000"</c>, <c>">2000"</c>, <c>"631"</c>); an exact count may be a JSON number.</summary>
internal sealed class QualifiedCountJsonConverter : TextJsonConverter<QualifiedCount>
{
    /// <inheritdoc/>
    protected override bool AcceptsNumbers => true;

    /// <inheritdoc/>
    protected override string Text(QualifiedCount value) => value.ToString();

    /// <inheritdoc/>
    protected override QualifiedCount FromText(string text) => QualifiedCount.Parse(text);

    /// <inheritdoc/>
    protected override QualifiedCount FromNumber(long number) => QualifiedCount.Exactly(number);
}
