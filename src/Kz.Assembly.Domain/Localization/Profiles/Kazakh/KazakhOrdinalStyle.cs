using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Localization;

/// <summary>How an ordinal number is written in digits in Kazakh.</summary>
[JsonConverter(typeof(EnumNameJsonConverter<KazakhOrdinalStyle>))]
public enum KazakhOrdinalStyle
{
    /// <summary>The official spelling rule: the hyphen replaces the suffix and the noun follows it (<c>34-сессия</c>).</summary>
    Official = 0,

    /// <summary>The colloquial form with a short suffix agreeing with the spoken word (<c>34-ші</c>, <c>30-шы</c>, <c>50-ші</c>).</summary>
    Colloquial = 1,
}
