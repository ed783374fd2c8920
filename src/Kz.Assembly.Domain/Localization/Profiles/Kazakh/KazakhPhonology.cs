using System;
using Kz.Assembly.Domain.Localization.Profiles;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// Kazakh's sound tables on the Turkic base (<see cref="TurkicPhonology"/>): two-way harmony, back (а о ұ ы я) and front
/// (ә е ө ү і э ё), with и, у, ю taking no part and a word with no other vowel read as back (ту → туға); the final
/// sounds that choose a suffix's consonant, б, в, г, ғ, д devoicing at the end of a word.
/// </summary>
internal static class KazakhPhonology
{
    internal static TurkicPhonology Table { get; } = new(["аоұыя", "әеөүіэё"], unmarkedClass: 0, vowels: "аәеоөұүыіэяюё", sonorants: "уйилр", nasals: "мнң", voiced: "жз");

    /// <summary>Whether the last unambiguous vowel is a back vowel; front otherwise.</summary>
    internal static bool IsBack(ReadOnlySpan<char> word) => Table.Harmony(word) == 0;

    internal static FinalSound Final(ReadOnlySpan<char> word) => Table.Final(word);
}
