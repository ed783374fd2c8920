using System;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// The forms a noun takes after a number in one language: Russian needs three (<c>мероприятие</c>,
/// <c>мероприятия</c>, <c>мероприятий</c>), English two, Kazakh one (a noun after a numeral stays singular:
/// <c>631 іс-шара</c>). Immutable.
/// </summary>
public sealed class NounForms : IEquatable<NounForms>
{
    private NounForms(string one, string few, string many, string? genitiveSingular = null, GrammaticalGender? gender = null)
    {
        One = one;
        Few = few;
        Many = many;
        GenitiveSingular = genitiveSingular ?? few;
        Gender = gender;
    }

    /// <summary>
    /// Gets the genitive singular, which около, более and до take before 1, 21, 31 …: «около 21 культурного
    /// мероприятия». The same as <see cref="Few"/> for a plain noun (акции, мероприятия); different where an adjective
    /// leads (благотворительной акции, not благотворительные акции).
    /// </summary>
    public string GenitiveSingular { get; }

    /// <summary>Gets the noun's gender, which a verb or pronoun agreeing with it follows (проведена акция, в ней), or
    /// null where the language does not need it.</summary>
    public GrammaticalGender? Gender { get; }

    /// <summary>Gets the form for CLDR <c>one</c> (ru: 1, 21, 31 …; en: 1).</summary>
    public string One { get; }

    /// <summary>Gets the form for CLDR <c>few</c> (ru: 2–4, 22–24 …), which in Russian is also the genitive singular.</summary>
    public string Few { get; }

    /// <summary>Gets the form for CLDR <c>many</c> and <c>other</c> (ru: 5–20, 25 …, the genitive plural; en: the plural).</summary>
    public string Many { get; }

    /// <summary>Creates Russian-style forms.</summary>
    /// <param name="one">The form after 1: <c>мероприятие</c>.</param>
    /// <param name="few">The form after 2–4: <c>мероприятия</c>.</param>
    /// <param name="many">The form after 5–20: <c>мероприятий</c>.</param>
    /// <returns>The forms.</returns>
    /// <exception cref="ArgumentException">A form is null or blank.</exception>
    public static NounForms Create(string one, string few, string many)
    {
        Check(one, nameof(one));
        Check(few, nameof(few));
        Check(many, nameof(many));
        return new NounForms(one, few, many);
    }

    /// <summary>Creates English-style forms: singular and plural.</summary>
    /// <param name="singular">The singular: <c>event</c>.</param>
    /// <param name="plural">The plural: <c>events</c>.</param>
    /// <returns>The forms.</returns>
    /// <exception cref="ArgumentException">A form is null or blank.</exception>
    public static NounForms SingularPlural(string singular, string plural) => Create(singular, plural, plural);

    /// <summary>Creates Russian forms with the genitive singular and the gender that agreement needs.</summary>
    /// <param name="one">The form after 1, 21 … (благотворительная акция).</param>
    /// <param name="few">The form after 2–4, 22–24 … (благотворительные акции).</param>
    /// <param name="many">The form after 0, 5–20 … (благотворительных акций).</param>
    /// <param name="genitiveSingular">The genitive singular (благотворительной акции).</param>
    /// <param name="gender">The gender.</param>
    /// <returns>The forms.</returns>
    /// <exception cref="ArgumentException">A form is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="gender"/> is undefined.</exception>
    public static NounForms Russian(string one, string few, string many, string genitiveSingular, GrammaticalGender gender)
    {
        Check(one, nameof(one));
        Check(few, nameof(few));
        Check(many, nameof(many));
        Check(genitiveSingular, nameof(genitiveSingular));
        if (!Enum.IsDefined(gender))
        {
            throw new ArgumentOutOfRangeException(nameof(gender), gender, $"{(int)gender} is not a defined GrammaticalGender.");
        }

        return new NounForms(one, few, many, genitiveSingular, gender);
    }

    /// <summary>Creates the single form of a Kazakh noun after numerals.</summary>
    /// <param name="form">The noun: <c>іс-шара</c>.</param>
    /// <returns>The forms.</returns>
    /// <exception cref="ArgumentException">The form is null or blank.</exception>
    public static NounForms Invariable(string form) => Create(form, form, form);

    /// <summary>Gets the form for a plural category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The form.</returns>
    public string For(PluralCategory category) => category switch
    {
        PluralCategory.One => One,
        PluralCategory.Few or PluralCategory.Two => Few,
        _ => Many,
    };

    /// <summary>Returns the three forms separated by slashes.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => $"{One}/{Few}/{Many}";

    /// <inheritdoc/>
    public bool Equals(NounForms? other) =>
        other is not null && string.Equals(One, other.One, StringComparison.Ordinal)
        && string.Equals(Few, other.Few, StringComparison.Ordinal) && string.Equals(Many, other.Many, StringComparison.Ordinal)
        && string.Equals(GenitiveSingular, other.GenitiveSingular, StringComparison.Ordinal) && Gender == other.Gender;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as NounForms);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(One), StringComparer.Ordinal.GetHashCode(Few), StringComparer.Ordinal.GetHashCode(Many));

    private static void Check(string? form, string paramName)
    {
        if (string.IsNullOrWhiteSpace(form))
        {
            throw new ArgumentException($"The {paramName} form is null or blank.", paramName);
        }
    }
}
