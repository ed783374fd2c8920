using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Geography;

/// <summary>What kind of named place a <see cref="Place"/> is.</summary>
[JsonConverter(typeof(EnumNameJsonConverter<PlaceKind>))]
public enum PlaceKind
{
    /// <summary>A whole region or city of republican significance.</summary>
    Region = 0,

    /// <summary>A district (аудан / район) within a region.</summary>
    District = 1,

    /// <summary>A city or town within a region (қала / город).</summary>
    City = 2,

    /// <summary>A village or rural district (ауыл / село).</summary>
    Village = 3,
}
