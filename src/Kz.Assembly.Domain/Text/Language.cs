using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Text;

/// <summary>The languages the library writes text in.</summary>
[JsonConverter(typeof(EnumNameJsonConverter<Language>))]
public enum Language
{
    /// <summary>English (<c>en</c>): the culture-invariant text of every value.</summary>
    English = 0,

    /// <summary>Kazakh (<c>kk</c>), in Cyrillic script.</summary>
    Kazakh = 1,

    /// <summary>Russian (<c>ru</c>).</summary>
    Russian = 2,
}
