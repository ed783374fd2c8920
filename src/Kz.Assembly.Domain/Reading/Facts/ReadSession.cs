using Kz.Assembly.Domain.Sessions;

namespace Kz.Assembly.Domain.Reading;

/// <summary>A session a report speaks of: its body, number, and what the report says of its date, theme, officials and participants.</summary>
public sealed class ReadSession : ReadFact
{
    internal ReadSession(Session session, SourcePhrase source)
        : base(source) => Session = session;

    /// <summary>Gets the value read.</summary>
    public Session Session { get; }

    /// <inheritdoc/>
    private protected override Bodies.AssemblyBody Body => Session.Body;

    /// <inheritdoc/>
    private protected override string? FactId => Session.Id.ToString();

    /// <inheritdoc/>
    private protected override void AddTo(AssemblyDataSetBuilder builder)
    {
        builder.Add(Session);
    }

    /// <inheritdoc/>
    private protected override string Describe() => $"session {Session.Number} of {Session.Body.Id}{(Session.Date is { } date ? $" on {date:uuuu-MM-dd}" : "")}{(Session.Theme is { } theme ? $" «{theme.Kazakh}»" : "")}";
}
