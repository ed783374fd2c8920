using System.Globalization;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// A character of a Roman numeral that was read as Latin letters: a Cyrillic look-alike (<c>Х</c> U+0425 read as
/// <c>X</c>), a lower-case letter, or a character of the Unicode Roman numeral block (<c>Ⅻ</c> read as <c>XII</c>).
/// </summary>
/// <param name="Index">The character's position in the input.</param>
/// <param name="Original">The character as written.</param>
/// <param name="Latin">The Latin capital letters it was read as.</param>
public readonly record struct NormalizedCharacter(int Index, char Original, string Latin)
{
    /// <summary>Returns for example <c>0: U+0425 'Х' → X</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Index}: U+{(int)Original:X4} '{Original}' → {Latin}");
}
