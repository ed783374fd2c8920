using System;
using System.Collections.Generic;
using System.Linq;

namespace Kz.Assembly.Domain.Localization.Profiles;

/// <summary>
/// The sound tables a Turkic language's suffixes are chosen by, as data: its vowel harmony (the vowels of each harmony
/// class: two for Kazakh, back and front; four for Kyrgyz, back or front and unrounded or rounded) and the classes of
/// a word's last sound. A suffix takes the harmony class of the word's last vowel that has one
/// (<see cref="TurkicSuffix"/>). Immutable and thread-safe.
/// </summary>
public sealed class TurkicPhonology
{
    private readonly string[] harmonyClasses;
    private readonly string vowels;
    private readonly string sonorants;
    private readonly string nasals;
    private readonly string voiced;

    /// <summary>Creates the tables.</summary>
    /// <param name="harmonyClasses">The vowels of each harmony class, in small letters (Kazakh: «аоұыя», «әеөүіэё»);
    /// a vowel in none (Kazakh и, у, ю) takes no part in harmony.</param>
    /// <param name="unmarkedClass">The class of a word with no vowel in any class (an abbreviation).</param>
    /// <param name="vowels">Every vowel letter, for <see cref="FinalSound.Vowel"/>.</param>
    /// <param name="sonorants">The letters of <see cref="FinalSound.Sonorant"/>.</param>
    /// <param name="nasals">The letters of <see cref="FinalSound.Nasal"/>.</param>
    /// <param name="voiced">The letters of <see cref="FinalSound.Voiced"/>; any other letter is voiceless.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two harmony classes, a letter in two classes or two sound
    /// classes, or a capital letter.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unmarkedClass"/> is not a class.</exception>
    public TurkicPhonology(IReadOnlyList<string> harmonyClasses, int unmarkedClass, string vowels, string sonorants, string nasals, string voiced)
    {
        Preconditions.CheckNotNull(harmonyClasses, nameof(harmonyClasses));
        this.harmonyClasses = [.. harmonyClasses.Select(letters => Letters(letters, nameof(harmonyClasses)))];
        if (this.harmonyClasses.Length < 2)
        {
            throw new ArgumentException($"Vowel harmony needs at least two classes; {this.harmonyClasses.Length} given.", nameof(harmonyClasses));
        }

        if (unmarkedClass < 0 || unmarkedClass >= this.harmonyClasses.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(unmarkedClass), unmarkedClass, $"Harmony class {unmarkedClass} is not one of the {this.harmonyClasses.Length} classes.");
        }

        Disjoint(this.harmonyClasses, nameof(harmonyClasses));
        this.vowels = Letters(vowels, nameof(vowels));
        this.sonorants = Letters(sonorants, nameof(sonorants));
        this.nasals = Letters(nasals, nameof(nasals));
        this.voiced = Letters(voiced, nameof(voiced));
        Disjoint([this.vowels, this.sonorants, this.nasals, this.voiced], "vowels");
        UnmarkedClass = unmarkedClass;
    }

    /// <summary>Gets how many harmony classes the language has: the number of forms a suffix has per final sound.</summary>
    public int HarmonyClasses => harmonyClasses.Length;

    /// <summary>Gets the class of a word with no vowel in any class.</summary>
    public int UnmarkedClass { get; }

    /// <summary>Gets the harmony class of a word: its last vowel's that has one, else <see cref="UnmarkedClass"/>.</summary>
    /// <param name="word">The word (or words: only the last vowels count), in either case.</param>
    /// <returns>The class, from 0.</returns>
    public int Harmony(ReadOnlySpan<char> word)
    {
        for (int i = word.Length - 1; i >= 0; i--)
        {
            char letter = char.ToLowerInvariant(word[i]);
            for (int k = 0; k < harmonyClasses.Length; k++)
            {
                if (harmonyClasses[k].Contains(letter, StringComparison.Ordinal))
                {
                    return k;
                }
            }
        }

        return UnmarkedClass;
    }

    /// <summary>Gets the class of a word's last sound; an empty word ends in a vowel.</summary>
    /// <param name="word">The word, in either case.</param>
    /// <returns>The class.</returns>
    public FinalSound Final(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return FinalSound.Vowel;
        }

        char last = char.ToLowerInvariant(word[^1]);
        return vowels.Contains(last, StringComparison.Ordinal) ? FinalSound.Vowel
            : sonorants.Contains(last, StringComparison.Ordinal) ? FinalSound.Sonorant
            : nasals.Contains(last, StringComparison.Ordinal) ? FinalSound.Nasal
            : voiced.Contains(last, StringComparison.Ordinal) ? FinalSound.Voiced
            : FinalSound.Voiceless;
    }

    private static string Letters(string letters, string parameter)
    {
        Preconditions.CheckNotNull(letters, parameter);
        if (!string.Equals(letters, letters.ToLowerInvariant(), StringComparison.Ordinal) || letters.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"The letters «{letters}» must be small letters with no space.", parameter);
        }

        return letters;
    }

    private static void Disjoint(string[] classes, string parameter)
    {
        for (int a = 0; a < classes.Length; a++)
        {
            for (int b = a + 1; b < classes.Length; b++)
            {
                foreach (char letter in classes[a])
                {
                    if (classes[b].Contains(letter, StringComparison.Ordinal))
                    {
                        throw new ArgumentException($"The letter «{letter}» is in two classes («{classes[a]}», «{classes[b]}»).", parameter);
                    }
                }
            }
        }
    }
}
