using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Representation;

/// <summary>The national bodies in which the Assembly is represented.</summary>
[JsonConverter(typeof(EnumNameJsonConverter<Chamber>))]
public enum Chamber
{
    /// <summary>The Senate, upper chamber of Parliament: five of its deputies are appointed by the President on the Assembly Council's recommendation.</summary>
    Senate = 0,

    /// <summary>The Mazhilis, lower chamber of Parliament.</summary>
    Mazhilis = 1,

    /// <summary>The National Kurultai (Ұлттық құрылтай).</summary>
    NationalKurultai = 2,
}
