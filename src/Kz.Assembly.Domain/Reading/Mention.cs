namespace Kz.Assembly.Domain.Reading;

/// <summary>Something a report states that the reader saw but could not place in a fact: kept, with its span, so
/// nothing is dropped silently.</summary>
public sealed class Mention
{
    internal Mention(MentionKind kind, SourcePhrase source, string reason)
    {
        Kind = kind;
        Source = source;
        Reason = reason;
    }

    /// <summary>Gets what the mention is.</summary>
    public MentionKind Kind { get; }

    /// <summary>Gets where it was read.</summary>
    public SourcePhrase Source { get; }

    /// <summary>Gets why it was not placed in a fact.</summary>
    public string Reason { get; }

    /// <summary>Gets the kind, the source and the reason on one line.</summary>
    /// <returns>The mention as text.</returns>
    public override string ToString() => $"{Kind} {Source}: {Reason}";
}
