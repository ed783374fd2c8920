namespace Kz.Assembly.Domain.Reading.Scanning;

/// <summary>One token of a report: its kind, its span in the text, and its lower-case form in Cyrillic for the
/// lexicon (Latin Kazakh is transliterated; a name keeps its text between the quotes).</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, string Norm)
{
    /// <summary>Gets a number's value, or -1 where it has more digits than a count can hold.</summary>
    public long Value { get; init; }

    /// <summary>Gets a decimal number's fraction (2,5 тысячи → 0.5), zero for whole numbers.</summary>
    public decimal Fraction { get; init; }

    /// <summary>Gets the date a number written as dd.MM.yyyy stands for (24.04.2025), or null.</summary>
    public NodaTime.LocalDate? Date { get; init; }

    /// <summary>Gets what follows a number after a hyphen (the ending of 9000-ға, 34-ші, 30-летия), or empty.</summary>
    public string Suffix { get; init; } = "";

    /// <summary>Gets whether a word starts with a capital letter in the text.</summary>
    public bool Capitalized { get; init; }

    /// <summary>Gets whether the token is this punctuation character.</summary>
    public bool Is(char c) => Kind == TokenKind.Punctuation && Norm.Length == 1 && Norm[0] == c;
}
