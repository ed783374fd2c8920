using System.Collections.Generic;

namespace Kz.Assembly.Domain.Reading;

/// <summary>A fact a report states, read into the model, with the phrase it was read from.</summary>
/// <remarks>The subclasses carry the domain value: <see cref="ReadSummary"/>, <see cref="ReadProject"/>,
/// <see cref="ReadSession"/>, <see cref="ReadAnniversary"/>, <see cref="ReadRepresentation"/>,
/// <see cref="ReadDeputyGroup"/> and <see cref="ReadFriendshipHouse"/>.</remarks>
public abstract class ReadFact
{
    private protected ReadFact(SourcePhrase source) => Source = source;

    /// <summary>Gets where the fact was read: the span of the phrase that states it.</summary>
    public SourcePhrase Source { get; }

    /// <summary>Gets the fact's value and its source on one line.</summary>
    /// <returns>The fact as text.</returns>
    public override string ToString() => $"{Describe()} ← {Source}";

    /// <summary>Gets the body the fact belongs to, which the draft data set needs beside it.</summary>
    private protected abstract Bodies.AssemblyBody Body { get; }

    /// <summary>Gets the fact's id in the draft data set (what a builder's problem names), or null for a fact that is no entity.</summary>
    private protected abstract string? FactId { get; }

    /// <summary>Adds the fact's entity to a draft data set (its body is added by the caller, once).</summary>
    private protected abstract void AddTo(AssemblyDataSetBuilder builder);

    /// <summary>Adds the fact and remembers its body, for <see cref="ReportReading"/>'s draft.</summary>
    internal void AddTo(AssemblyDataSetBuilder builder, Dictionary<string, Bodies.AssemblyBody> bodies)
    {
        bodies.TryAdd(Body.Id.ToString(), Body);
        AddTo(builder);
    }

    /// <summary>Gets the fact's id in the draft, or empty.</summary>
    internal string IdInDraft => FactId ?? string.Empty;

    /// <summary>Describes the fact's value.</summary>
    /// <returns>The value as text.</returns>
    private protected abstract string Describe();
}
