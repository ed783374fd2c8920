using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Metrics;

/// <summary>How exactly a reported count is stated.</summary>
[JsonConverter(typeof(EnumNameJsonConverter<CountQualifier>))]
public enum CountQualifier
{
    /// <summary>Exactly the number (631 іс-шара).</summary>
    Exact = 0,

    /// <summary>About the number (39 мыңға жуық / около / about).</summary>
    About = 1,

    /// <summary>More than the number (2 мыңнан аса / более / more than).</summary>
    MoreThan = 2,

    /// <summary>At least the number (кемінде / не менее / at least).</summary>
    AtLeast = 3,

    /// <summary>Up to the number (дейін / до / up to).</summary>
    UpTo = 4,
}
