using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Geography;

/// <summary>The two kinds of first-level administrative unit of Kazakhstan.</summary>
[JsonConverter(typeof(EnumNameJsonConverter<RegionKind>))]
public enum RegionKind
{
    /// <summary>A region (облыс / область).</summary>
    Region = 0,

    /// <summary>A city of republican significance (республикалық маңызы бар қала): Astana, Almaty, Shymkent.</summary>
    City = 1,
}
