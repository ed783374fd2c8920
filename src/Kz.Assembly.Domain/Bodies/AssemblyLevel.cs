using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Bodies;

/// <summary>The level an assembly body works at.</summary>
[JsonConverter(typeof(EnumNameJsonConverter<AssemblyLevel>))]
public enum AssemblyLevel
{
    /// <summary>The national Assembly of People of Kazakhstan (or a national successor body).</summary>
    National = 0,

    /// <summary>The assembly of a region or city of republican significance.</summary>
    Regional = 1,

    /// <summary>The assembly of a district or city within a region.</summary>
    District = 2,
}
