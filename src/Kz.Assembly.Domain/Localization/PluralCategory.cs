using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Localization;

/// <summary>The CLDR plural categories.</summary>
[JsonConverter(typeof(EnumNameJsonConverter<PluralCategory>))]
public enum PluralCategory
{
    /// <summary>CLDR <c>zero</c>.</summary>
    Zero = 0,

    /// <summary>CLDR <c>one</c>.</summary>
    One = 1,

    /// <summary>CLDR <c>two</c>.</summary>
    Two = 2,

    /// <summary>CLDR <c>few</c>.</summary>
    Few = 3,

    /// <summary>CLDR <c>many</c>.</summary>
    Many = 4,

    /// <summary>CLDR <c>other</c>.</summary>
    Other = 5,
}
