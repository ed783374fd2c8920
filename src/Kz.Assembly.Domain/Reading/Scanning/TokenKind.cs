namespace Kz.Assembly.Domain.Reading.Scanning;

/// <summary>What a token of a report is.</summary>
internal enum TokenKind
{
    /// <summary>Letters, with inner hyphens and apostrophes (іс-шара, ақпараттық-насихаттық).</summary>
    Word,

    /// <summary>Digits, with their thousands groups (39 500, 39,500) and a case ending after a hyphen (9000-ға).</summary>
    Number,

    /// <summary>A short quoted name («Мың бала»), read as one token.</summary>
    Name,

    /// <summary>A paragraph break.</summary>
    Break,

    /// <summary>Any other single character.</summary>
    Punctuation,
}
