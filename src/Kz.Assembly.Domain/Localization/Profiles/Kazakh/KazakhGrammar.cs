using System;
using static Kz.Assembly.Domain.Localization.KazakhPhonology;

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
        bool back = IsBack(word);
        FinalSound final = Final(word);
        if (EndsInPossessive(word) && grammaticalCase is KazakhCase.Dative or KazakhCase.Locative or KazakhCase.Ablative or KazakhCase.Accusative)
        {
            // After the third-person possessive a case ending takes the pronominal н: облысы → облысына, облысында,
            // облысынан, облысын (not облысыға, облысыда).
            return grammaticalCase switch
            {
                KazakhCase.Dative => back ? "на" : "не",
                KazakhCase.Locative => back ? "нда" : "нде",
                KazakhCase.Ablative => back ? "нан" : "нен",
                _ => "н",
            };
        }

        return grammaticalCase switch
        {
            KazakhCase.Nominative => string.Empty,
            KazakhCase.Genitive => final switch
            {
                FinalSound.Vowel or FinalSound.Nasal => back ? "ның" : "нің",
                FinalSound.Voiceless => back ? "тың" : "тің",
                _ => back ? "дың" : "дің",
            },
            KazakhCase.Dative => final == FinalSound.Voiceless ? (back ? "қа" : "ке") : (back ? "ға" : "ге"),
            KazakhCase.Accusative => final switch
            {
                FinalSound.Vowel => back ? "ны" : "ні",
                FinalSound.Voiceless => back ? "ты" : "ті",
                _ => back ? "ды" : "ді",
            },
            KazakhCase.Locative => final == FinalSound.Voiceless ? (back ? "та" : "те") : (back ? "да" : "де"),
            KazakhCase.Ablative => final switch
            {
                FinalSound.Nasal => back ? "нан" : "нен",
                FinalSound.Voiceless => back ? "тан" : "тен",
                _ => back ? "дан" : "ден",
            },
            KazakhCase.Instrumental => final switch
            {
                FinalSound.Voiced => "бен",
                FinalSound.Voiceless => "пен",
                _ => "мен",
            },
            _ => throw new ArgumentOutOfRangeException(nameof(grammaticalCase), grammaticalCase, $"{(int)grammaticalCase} is not a defined KazakhCase."),
        };
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
