using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Localization;

/// <summary>The grammatical gender Russian number words agree with (одна акция, одно мероприятие).</summary>
[JsonConverter(typeof(EnumNameJsonConverter<GrammaticalGender>))]
public enum GrammaticalGender
{
    /// <summary>Masculine: один.</summary>
    Masculine = 0,

    /// <summary>Feminine: одна.</summary>
    Feminine = 1,

    /// <summary>Neuter: одно.</summary>
    Neuter = 2,
}
