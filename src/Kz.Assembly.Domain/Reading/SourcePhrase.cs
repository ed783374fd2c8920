using System;

namespace Kz.Assembly.Domain.Reading;

/// <summary>Where in a report a fact or mention was read: the character span and the exact phrase found there.</summary>
public readonly struct SourcePhrase : IEquatable<SourcePhrase>
{
    internal SourcePhrase(string text, int start, int end)
    {
        Start = start;
        Length = end - start;
        phrase = text.Substring(start, end - start);
    }

    /// <summary>A phrase known by where it starts and what it says (read back from JSON, without the report's text).</summary>
    internal SourcePhrase(int start, string phrase)
    {
        Start = start;
        Length = phrase.Length;
        this.phrase = phrase;
    }

    private readonly string? phrase;

    /// <summary>Gets the index of the phrase's first character in the report's text.</summary>
    public int Start { get; }

    /// <summary>Gets the phrase's length in characters.</summary>
    public int Length { get; }

    /// <summary>Gets the index just past the phrase's last character.</summary>
    public int End => Start + Length;

    /// <summary>Gets the phrase exactly as the report writes it (<c>text.Substring(Start, Length)</c>).</summary>
    public string Phrase => phrase ?? string.Empty;

    /// <inheritdoc/>
    public bool Equals(SourcePhrase other) => Start == other.Start && Length == other.Length && Phrase == other.Phrase;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SourcePhrase other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, Length);

    /// <summary>Gets the span and the phrase, as <c>[12..40) «phrase»</c>.</summary>
    /// <returns>The span and the phrase.</returns>
    public override string ToString() => $"[{Start}..{End}) «{Phrase}»";

    /// <summary>Compares two sources for equality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SourcePhrase left, SourcePhrase right) => left.Equals(right);

    /// <summary>Compares two sources for inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SourcePhrase left, SourcePhrase right) => !left.Equals(right);
}
