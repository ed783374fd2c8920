using System;
using System.Linq;

namespace Kz.Assembly.Domain.Localization.Profiles;

/// <summary>
/// One suffix of a Turkic language as a table: its forms by the class of the word's last sound and by its harmony
/// class (<see cref="TurkicPhonology"/>). Kazakh's dative is «ға, ге» and after a voiceless sound «қа, ке»; Kyrgyz's is
/// «га, го, ге, гө» and «ка, ко, ке, кө». Immutable: <see cref="After"/> returns a new table.
/// </summary>
public sealed class TurkicSuffix
{
    // The forms after each final sound, indexed by FinalSound: a case ending is chosen for every number a count phrase
    // writes, so a lookup is an array index.
    private readonly string[][] byFinal;

    private TurkicSuffix(TurkicPhonology phonology, string[][] byFinal)
    {
        Phonology = phonology;
        this.byFinal = byFinal;
    }

    /// <summary>Gets the sound tables the forms are chosen by.</summary>
    public TurkicPhonology Phonology { get; }

    /// <summary>Creates a suffix with the forms it takes after any final sound.</summary>
    /// <param name="phonology">The language's sound tables.</param>
    /// <param name="forms">One form per harmony class, in class order, or one form for all (Kazakh мен).</param>
    /// <returns>The suffix.</returns>
    /// <exception cref="ArgumentNullException">An argument or a form is null.</exception>
    /// <exception cref="ArgumentException">The forms are neither one nor one per harmony class.</exception>
    public static TurkicSuffix Create(TurkicPhonology phonology, params string[] forms)
    {
        Preconditions.CheckNotNull(phonology, nameof(phonology));
        string[] all = Forms(phonology, forms);
        return new(phonology, [.. Enumerable.Repeat(all, Enum.GetValues<FinalSound>().Length)]);
    }

    /// <summary>Gives the forms the suffix takes after one class of final sound.</summary>
    /// <param name="final">The final sound.</param>
    /// <param name="forms">One form per harmony class, or one for all.</param>
    /// <returns>The suffix with the rule; a later rule for the same sound replaces an earlier one.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="final"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="forms"/> or a form is null.</exception>
    /// <exception cref="ArgumentException">The forms are neither one nor one per harmony class.</exception>
    public TurkicSuffix After(FinalSound final, params string[] forms)
    {
        if (!Enum.IsDefined(final))
        {
            throw new ArgumentOutOfRangeException(nameof(final), final, $"{(int)final} is not a defined FinalSound.");
        }

        string[][] rules = [.. byFinal];
        rules[(int)final] = Forms(Phonology, forms);
        return new(Phonology, rules);
    }

    /// <summary>Gets the form a word takes.</summary>
    /// <param name="word">The word (or words: only the last sounds count).</param>
    /// <returns>The form, without a hyphen.</returns>
    public string For(ReadOnlySpan<char> word)
    {
        string[] forms = byFinal[(int)Phonology.Final(word)];
        return forms.Length == 1 ? forms[0] : forms[Phonology.Harmony(word)];
    }

    /// <summary>Gets the form a word takes.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The form, without a hyphen.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    public string For(string word) => For(Preconditions.CheckNotNull(word, nameof(word)).AsSpan());

    private static string[] Forms(TurkicPhonology phonology, string[] forms)
    {
        Preconditions.CheckNotNull(forms, nameof(forms));
        foreach (string form in forms)
        {
            Preconditions.CheckNotNull(form, nameof(forms));
        }

        if (forms.Length != 1 && forms.Length != phonology.HarmonyClasses)
        {
            throw new ArgumentException($"A suffix has one form, or one per harmony class ({phonology.HarmonyClasses}); {forms.Length} given.", nameof(forms));
        }

        return [.. forms];
    }
}
