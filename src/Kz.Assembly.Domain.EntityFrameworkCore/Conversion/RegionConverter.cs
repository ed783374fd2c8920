using Kz.Assembly.Domain.Geography;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Conversion;

/// <summary>
/// Stores a <see cref="Region"/> as its code (<c>KZ-61</c>; the regions abolished in 1997 have codes of their own).
/// Reading goes through <see cref="Region.FromCode"/>: an unknown code fails to load.
/// </summary>
public sealed class RegionConverter : ValueConverter<Region, string>
{
    /// <summary>Initializes the converter.</summary>
    public RegionConverter()
        : base(region => region.Code, code => Region.FromCode(code))
    {
    }
}
