using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Reading;

/// <summary>What a mention the reader could not place is.</summary>
[JsonConverter(typeof(EnumNameJsonConverter<MentionKind>))]
public enum MentionKind
{
    /// <summary>A number or count that belongs to no fact the reader knows.</summary>
    Number = 0,

    /// <summary>A date or period that dates no fact.</summary>
    Date = 1,

    /// <summary>A quoted name or a person's name that names no fact.</summary>
    Name = 2,

    /// <summary>A session spoken of without a number the reader could read.</summary>
    Session = 3,

    /// <summary>A figure the reader recognised but the model refuses (a sixth Senate seat, a count too large).</summary>
    Refused = 4,

    /// <summary>A figure the reader recognised but will not state as a fact, because whose it is, whether it happened
    /// or what it counts is not certain (another country's body, a district assembly, the whole country, a plan,
    /// families rather than people).</summary>
    Uncertain = 5,

    /// <summary>A text in a language the reader does not read (Kyrgyz, Uzbek, German …), or with no letters at all.</summary>
    Language = 6,
}
