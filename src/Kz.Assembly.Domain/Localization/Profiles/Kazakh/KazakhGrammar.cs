using System;
using Kz.Assembly.Domain.Localization.Profiles;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// Kazakh case endings and the conjunction мен/бен/пен, chosen by the vowel harmony and the final sound of the word
/// they attach to (<c>мың</c> → <c>мыңға</c>, <c>мыңнан</c>; <c>іс-шара мен</c>; <c>тұрақтылық пен</c>).
/// </summary>
/// <remarks>
/// The rules follow the standard tables of Kazakh grammar: the genitive takes -ның after vowels and м, н, ң, -дың
/// after л, р, у, й, ж, з and -тың after voiceless consonants; the dative -ға after vowels and voiced sounds, -қа after
/// voiceless ones; the ablative -нан after м, н, ң; the instrumental has front forms only (-мен, -бен after ж, з,
/// -пен after voiceless consonants). Thread-safe; no allocation beyond the result.
/// </remarks>
public static class KazakhGrammar
{
    private static readonly TurkicPhonology Sounds = KazakhPhonology.Table;

    // The seven cases' tables, in KazakhCase order: a form per harmony class (back, front), by the final sound.
    private static readonly TurkicSuffix[] Endings =
    [
        TurkicSuffix.Create(Sounds, string.Empty),
        TurkicSuffix.Create(Sounds, "дың", "дің").After(FinalSound.Vowel, "ның", "нің").After(FinalSound.Nasal, "ның", "нің").After(FinalSound.Voiceless, "тың", "тің"),
        TurkicSuffix.Create(Sounds, "ға", "ге").After(FinalSound.Voiceless, "қа", "ке"),
        TurkicSuffix.Create(Sounds, "ды", "ді").After(FinalSound.Vowel, "ны", "ні").After(FinalSound.Voiceless, "ты", "ті"),
        TurkicSuffix.Create(Sounds, "да", "де").After(FinalSound.Voiceless, "та", "те"),
        TurkicSuffix.Create(Sounds, "дан", "ден").After(FinalSound.Nasal, "нан", "нен").After(FinalSound.Voiceless, "тан", "тен"),
        TurkicSuffix.Create(Sounds, "мен").After(FinalSound.Voiced, "бен").After(FinalSound.Voiceless, "пен"),
    ];

    // After the third-person possessive: the pronominal н (used for the dative, accusative, locative and ablative).
    private static readonly TurkicSuffix[] AfterPossessive =
    [
        Endings[0], Endings[1], TurkicSuffix.Create(Sounds, "на", "не"), TurkicSuffix.Create(Sounds, "н"),
        TurkicSuffix.Create(Sounds, "нда", "нде"), TurkicSuffix.Create(Sounds, "нан", "нен"), Endings[6],
    ];

    /// <summary>Gets the case ending a word takes, without a hyphen (<c>ға</c> for <c>мың</c> in the dative).</summary>
    /// <param name="word">A Kazakh word in Cyrillic; only its last word and letters matter.</param>
    /// <param name="grammaticalCase">The case.</param>
    /// <returns>The ending; empty for the nominative.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grammaticalCase"/> is undefined.</exception>
    public static string CaseEnding(string word, KazakhCase grammaticalCase)
    {
        Preconditions.CheckNotNull(word, nameof(word));
        return CaseEnding(word.AsSpan(), grammaticalCase);
    }

    /// <summary>Puts a word in a case: <c>мың</c> → <c>мыңға</c>, <c>сәуір</c> → <c>сәуірде</c>.</summary>
    /// <param name="word">A Kazakh word in Cyrillic.</param>
    /// <param name="grammaticalCase">The case.</param>
    /// <returns>The inflected word.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grammaticalCase"/> is undefined.</exception>
    public static string Inflect(string word, KazakhCase grammaticalCase) => word + CaseEnding(word, grammaticalCase);

    /// <summary>Gets the conjunction "and" that agrees with the word before it: мен, бен or пен.</summary>
    /// <param name="precedingWord">The word before the conjunction (<c>іс-шара</c> → мен, <c>тұрақтылық</c> → пен).</param>
    /// <returns>The conjunction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="precedingWord"/> is null.</exception>
    public static string Conjunction(string precedingWord)
    {
        Preconditions.CheckNotNull(precedingWord, nameof(precedingWord));
        return CaseEnding(precedingWord.AsSpan(), KazakhCase.Instrumental);
    }

    internal static string CaseEnding(ReadOnlySpan<char> word, KazakhCase grammaticalCase)
    {
        if (EndsInPossessive(word) && grammaticalCase is KazakhCase.Dative or KazakhCase.Locative or KazakhCase.Ablative or KazakhCase.Accusative)
        {
            // After the third-person possessive a case ending takes the pronominal н: облысы → облысына, облысында,
            // облысынан, облысын (not облысыға, облысыда).
            return AfterPossessive[(int)grammaticalCase].For(word);
        }

        return (uint)grammaticalCase < (uint)Endings.Length
            ? Endings[(int)grammaticalCase].For(word)
            : throw new ArgumentOutOfRangeException(nameof(grammaticalCase), grammaticalCase, $"{(int)grammaticalCase} is not a defined KazakhCase.");
    }

    /// <summary>
    /// Whether a name ends in the third-person possessive of a Kazakh compound (изафет): its last word, after another
    /// word, ends in -ы or -і («Түркістан облысы», «Шымкент қаласы», «Қазақстан халқы Ассамблеясы»). A single word
    /// ending so (Алматы) is a stem, not a possessive.
    /// </summary>
    private static bool EndsInPossessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && word.Contains(' ') && char.ToLowerInvariant(word[^1]) is 'ы' or 'і';

    /// <summary>The endings a case can take, for tests and validation.</summary>
    internal static string[] EndingsOf(KazakhCase grammaticalCase) => grammaticalCase switch
    {
        KazakhCase.Nominative => [string.Empty],
        KazakhCase.Genitive => ["ның", "нің", "дың", "дің", "тың", "тің"],
        KazakhCase.Dative => ["ға", "ге", "қа", "ке", "на", "не"],
        KazakhCase.Accusative => ["ны", "ні", "ды", "ді", "ты", "ті", "н"],
        KazakhCase.Locative => ["да", "де", "та", "те", "нда", "нде"],
        KazakhCase.Ablative => ["нан", "нен", "дан", "ден", "тан", "тен"],
        KazakhCase.Instrumental => ["мен", "бен", "пен"],
        _ => throw new ArgumentOutOfRangeException(nameof(grammaticalCase), grammaticalCase, $"{(int)grammaticalCase} is not a defined KazakhCase."),
    };
}
