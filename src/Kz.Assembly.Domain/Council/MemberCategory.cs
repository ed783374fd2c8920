using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Council;

/// <summary>On what footing a person sits on the Assembly Council (the article lists these).</summary>
[JsonConverter(typeof(EnumNameJsonConverter<MemberCategory>))]
public enum MemberCategory
{
    /// <summary>A representative of an ethnocultural association (этномәдени бірлестік өкілі).</summary>
    EthnoculturalAssociationRepresentative = 0,

    /// <summary>A public figure (қоғам қайраткері).</summary>
    PublicFigure = 1,

    /// <summary>A deputy of Parliament (Парламент депутаты).</summary>
    ParliamentDeputy = 2,

    /// <summary>A minister (министр).</summary>
    Minister = 3,

    /// <summary>An akim (әкім).</summary>
    Akim = 4,
}
