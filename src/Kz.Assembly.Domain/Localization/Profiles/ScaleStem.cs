namespace Kz.Assembly.Domain.Localization.Profiles;

/// <summary>
/// A scale word by its stem, as a count phrase writes it after a number: Kazakh мың (мыңға, мыңнан), Russian тысяч
/// (тысячи, тыс.), English thousand. Anything after the stem must be letters (a case ending, another form) or the
/// abbreviation's dot.
/// </summary>
/// <param name="Stem">The stem, in small letters, in the script the language's words are listed in.</param>
/// <param name="Multiplier">What it multiplies the number by: 1 000, 1 000 000, 1 000 000 000.</param>
public readonly record struct ScaleStem(string Stem, long Multiplier);
