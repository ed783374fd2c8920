using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Localization;

/// <summary>When a count of whole thousands is written with the word for thousand (<c>39 мың</c>) or in digits (<c>39000</c>).</summary>
[JsonConverter(typeof(EnumNameJsonConverter<ThousandsStyle>))]
public enum ThousandsStyle
{
    /// <summary>
    /// Whole thousands from 10 000 up are written with the word (<c>39 мың</c>, <c>39 тысяч</c>, <c>39 thousand</c>);
    /// smaller counts in digits (<c>9000</c>). This is how the source article writes 39 000 and 9 000, and how Kazakh
    /// and Russian news style writes round counts: the word saves reading zeros once there are five digits.
    /// </summary>
    Auto = 0,

    /// <summary>Always digits (<c>2000</c>).</summary>
    Digits = 1,

    /// <summary>Every whole thousand with the word (<c>2 мың</c>), as the article writes «2 мыңнан аса».</summary>
    Words = 2,
}
