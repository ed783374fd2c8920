using Kz.Assembly.Domain.Geography;

namespace Kz.Assembly.Domain.Serialization;

/// <summary>A region as its code (<c>"KZ-61"</c>; for a region abolished in 1997, the library's <c>"KZ-TAL"</c>).
/// Names are not read: they are ambiguous across history (Akmola), codes are not.</summary>
internal sealed class RegionJsonConverter : TextJsonConverter<Region>
{
    /// <inheritdoc/>
    protected override string Text(Region value) => value.Code;

    /// <inheritdoc/>
    protected override Region FromText(string text) => Region.FromCode(text);
}
