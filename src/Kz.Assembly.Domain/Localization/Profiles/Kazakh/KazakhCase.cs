using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Localization;

/// <summary>The seven cases (септік) of Kazakh nouns.</summary>
[JsonConverter(typeof(EnumNameJsonConverter<KazakhCase>))]
public enum KazakhCase
{
    /// <summary>Атау септік: no ending (<c>9000</c>).</summary>
    Nominative = 0,

    /// <summary>Ілік септік: -ның/-нің, -дың/-дің, -тың/-тің (<c>2025-тің</c>).</summary>
    Genitive = 1,

    /// <summary>Барыс септік: -ға/-ге, -қа/-ке (<c>9000-ға</c>, <c>2025-ке</c>).</summary>
    Dative = 2,

    /// <summary>Табыс септік: -ны/-ні, -ды/-ді, -ты/-ті (<c>9000-ды</c>).</summary>
    Accusative = 3,

    /// <summary>Жатыс септік: -да/-де, -та/-те (<c>24 сәуірде</c>).</summary>
    Locative = 4,

    /// <summary>Шығыс септік: -нан/-нен, -дан/-ден, -тан/-тен (<c>2000-нан</c>, <c>34-тен</c>).</summary>
    Ablative = 5,

    /// <summary>Көмектес септік: -мен, -бен, -пен (<c>100-бен</c>).</summary>
    Instrumental = 6,
}
