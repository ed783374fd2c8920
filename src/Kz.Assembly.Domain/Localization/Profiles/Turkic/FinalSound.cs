using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Localization.Profiles;

/// <summary>The class of a word's last sound, which chooses the consonant a Turkic suffix starts with (Kazakh мың-ға, іс-ке).</summary>
[JsonConverter(typeof(EnumNameJsonConverter<FinalSound>))]
public enum FinalSound
{
    /// <summary>A vowel.</summary>
    Vowel,

    /// <summary>A sonorant that patterns with л and р (Kazakh у, й, и, л, р).</summary>
    Sonorant,

    /// <summary>A nasal: м, н, ң.</summary>
    Nasal,

    /// <summary>A voiced consonant (Kazakh ж, з).</summary>
    Voiced,

    /// <summary>A voiceless consonant, and any letter a language lists in no other class.</summary>
    Voiceless,
}
