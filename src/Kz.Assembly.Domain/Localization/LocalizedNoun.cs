using System;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Localization;

/// <summary>A countable noun in Kazakh, Russian and English with the forms each language needs after numbers. Immutable.</summary>
public sealed class LocalizedNoun
{
    private LocalizedNoun(NounForms kazakh, NounForms russian, NounForms english)
    {
        Kazakh = kazakh;
        Russian = russian;
        English = english;
    }

    /// <summary>Gets the Kazakh form.</summary>
    public NounForms Kazakh { get; }

    /// <summary>Gets the Russian forms.</summary>
    public NounForms Russian { get; }

    /// <summary>Gets the English forms.</summary>
    public NounForms English { get; }

    /// <summary>Creates a noun.</summary>
    /// <param name="kazakh">The Kazakh noun (one form).</param>
    /// <param name="russian">The Russian forms.</param>
    /// <param name="english">The English forms.</param>
    /// <returns>The noun.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static LocalizedNoun Create(string kazakh, NounForms russian, NounForms english) =>
        new(NounForms.Invariable(kazakh), Preconditions.CheckNotNull(russian, nameof(russian)), Preconditions.CheckNotNull(english, nameof(english)));

    /// <summary>Gets the forms of a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>Its forms.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined member.</exception>
    public NounForms In(Language language) => language switch
    {
        Language.Kazakh => Kazakh,
        Language.Russian => Russian,
        Language.English => English,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Not a defined Language."),
    };


    /// <summary>Returns the English plural.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => English.Many;
}
