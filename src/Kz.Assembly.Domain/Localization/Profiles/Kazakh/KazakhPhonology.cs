using System;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// The two facts about a Kazakh word that choose its endings: the harmony of its last vowel (back or front) and the
/// class of its final sound. Letters are matched in lower case; the word must be in Cyrillic.
/// </summary>
internal static class KazakhPhonology
{
    internal enum FinalSound
    {
        /// <summary>A vowel: а ә е о ө ұ ү ы і э я ю.</summary>
        Vowel,

        /// <summary>A sonorant that patterns with л and р: у, й, и, л, р.</summary>
        Sonorant,

        /// <summary>A nasal: м, н, ң.</summary>
        Nasal,

        /// <summary>A voiced consonant: ж, з.</summary>
        Voiced,

        /// <summary>A voiceless consonant (and б, в, г, ғ, д, which devoice at the end of a word).</summary>
        Voiceless,
    }

    /// <summary>Whether the last unambiguous vowel is a back vowel (а о ұ ы я); front (ә е ө ү і э) otherwise.</summary>
    internal static bool IsBack(ReadOnlySpan<char> word)
    {
        for (int i = word.Length - 1; i >= 0; i--)
        {
            switch (char.ToLowerInvariant(word[i]))
            {
                case 'а' or 'о' or 'ұ' or 'ы' or 'я':
                    return true;
                case 'ә' or 'е' or 'ө' or 'ү' or 'і' or 'э' or 'ё':
                    return false;
            }
        }

        // Only и, у, ю or no vowel at all (an abbreviation): Kazakh reads such words back (ту → туға).
        return true;
    }

    internal static FinalSound Final(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return FinalSound.Vowel;
        }

        return char.ToLowerInvariant(word[^1]) switch
        {
            'а' or 'ә' or 'е' or 'о' or 'ө' or 'ұ' or 'ү' or 'ы' or 'і' or 'э' or 'я' or 'ю' or 'ё' => FinalSound.Vowel,
            'у' or 'й' or 'и' or 'л' or 'р' => FinalSound.Sonorant,
            'м' or 'н' or 'ң' => FinalSound.Nasal,
            'ж' or 'з' => FinalSound.Voiced,
            _ => FinalSound.Voiceless,
        };
    }
}
