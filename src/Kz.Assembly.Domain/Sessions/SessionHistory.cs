using System;
using Kz.Assembly.Domain.Annotations;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using Kz.Assembly.Domain.Bodies;
using NodaTime.Text;

namespace Kz.Assembly.Domain.Sessions;

/// <summary>
/// The sessions of one assembly body, ordered by number. Immutable and thread-safe: <see cref="Add"/> returns a new
/// history.
/// </summary>
/// <remarks>
/// Invariants: every session belongs to <see cref="Body"/>; no number appears twice; numbers increase with date
/// (of two dated sessions, the later one never has the smaller number; sessions without a date are not compared).
/// </remarks>
public sealed class SessionHistory : IReadOnlyList<Session>
{
    private readonly ImmutableArray<Session> sessions;

    private SessionHistory(AssemblyBody body, ImmutableArray<Session> sessions)
    {
        Body = body;
        this.sessions = sessions;
    }

    /// <summary>Gets the body whose sessions these are.</summary>
    public AssemblyBody Body { get; }

    /// <summary>Gets the number of sessions.</summary>
    public int Count => sessions.Length;

    /// <summary>Gets the latest session by number, or null when there is none.</summary>
    public Session? Latest => sessions.IsEmpty ? null : sessions[^1];

    /// <summary>Gets the session at a position in number order.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The session.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public Session this[int index] => sessions[index];

    /// <summary>Creates the empty history of a body.</summary>
    /// <param name="body">The body.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    public static SessionHistory Empty(AssemblyBody body) => new(Preconditions.CheckNotNull(body, nameof(body)), []);

    /// <summary>Creates the history of a body from its sessions, in any order.</summary>
    /// <param name="body">The body.</param>
    /// <param name="sessions">The sessions.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentNullException">An argument or a session is null.</exception>
    /// <exception cref="ArgumentException">A session belongs to another body, a number repeats, or numbers do not
    /// increase with date.</exception>
    public static SessionHistory Create(AssemblyBody body, [UniqueSessionNumbers] IEnumerable<Session> sessions)
    {
        Preconditions.CheckNotNull(body, nameof(body));
        Preconditions.CheckNotNull(sessions, nameof(sessions));
        if (TryBuild(body, sessions, out SessionHistory? history, out ValidationError error))
        {
            return history;
        }

        throw error.ToException();
    }

    /// <summary>Creates a history, or returns false where <see cref="Create"/> would throw.</summary>
    /// <param name="body">The body.</param>
    /// <param name="sessions">The sessions.</param>
    /// <param name="history">The history, or null.</param>
    /// <returns>Whether the sessions make a valid history.</returns>
    public static bool TryCreate(AssemblyBody? body, IEnumerable<Session?>? sessions, [NotNullWhen(true)] out SessionHistory? history)
    {
        history = null;
        return body is not null && sessions is not null && TryBuild(body, sessions, out history, out _);
    }

    /// <summary>Returns a history that also holds <paramref name="session"/>.</summary>
    /// <param name="session">The session to add.</param>
    /// <returns>A new history; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="session"/> is null.</exception>
    /// <exception cref="ArgumentException">The session belongs to another body, repeats a number, or is out of date order.</exception>
    [Pure]
    public SessionHistory Add(Session session)
    {
        Preconditions.CheckNotNull(session, nameof(session));
        return Create(Body, [.. sessions, session]);
    }

    /// <summary>Finds the session with a number.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The session.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No session has that number.</exception>
    [Pure]
    public Session Find(SessionNumber number) =>
        TryFind(number, out Session? session)
            ? session
            : throw new ArgumentOutOfRangeException(nameof(number), number.Value, $"{Body.Id} has no session {number} in this history.");

    /// <summary>Finds the session with a number, or returns false.</summary>
    /// <param name="number">The number.</param>
    /// <param name="session">The session, or null.</param>
    /// <returns>Whether a session has that number.</returns>
    public bool TryFind(SessionNumber number, [NotNullWhen(true)] out Session? session)
    {
        int low = 0, high = sessions.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) >> 1);
            int comparison = sessions[middle].Number.CompareTo(number);
            if (comparison == 0)
            {
                session = sessions[middle];
                return true;
            }

            if (comparison < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        session = null;
        return false;
    }

    /// <summary>Enumerates the sessions in number order.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<Session>.Enumerator GetEnumerator() => sessions.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator<Session> IEnumerable<Session>.GetEnumerator() => ((IEnumerable<Session>)sessions).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)sessions).GetEnumerator();

    /// <summary>Returns for example <c>apk-kz-61: 1 session(s), latest XXVII</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => $"{Body.Id}: {Count} session(s){(Latest is { } last ? ", latest " + last.Number : string.Empty)}";

    internal static bool TryBuild(AssemblyBody body, IEnumerable<Session?> input, [NotNullWhen(true)] out SessionHistory? history, out ValidationError error)
    {
        history = null;
        var list = new List<Session>();
        foreach (Session? session in input)
        {
            if (session is null)
            {
                error = ValidationError.Null("sessions");
                return false;
            }

            if (!session.Body.Equals(body))
            {
                error = ValidationError.Invalid("sessions", $"Session {session.Number} belongs to {session.Body.Id}, not to {body.Id}.");
                return false;
            }

            list.Add(session);
        }

        list.Sort((a, b) => a.Number.CompareTo(b.Number));
        Session? lastDated = null;
        for (int i = 0; i < list.Count; i++)
        {
            if (i > 0 && list[i].Number == list[i - 1].Number)
            {
                error = ValidationError.Invalid("sessions", $"Session number {list[i].Number} ({list[i].Number.Value}) appears twice in the history of {body.Id}.");
                return false;
            }

            if (list[i].Date is { } date)
            {
                if (lastDated?.Date is { } previous && date < previous)
                {
                    error = ValidationError.Invalid(
                        "sessions",
                        $"Session {list[i].Number} of {body.Id} is dated {LocalDatePattern.Iso.Format(date)}, before session {lastDated.Number} on {LocalDatePattern.Iso.Format(previous)}: numbers must increase with date.");
                    return false;
                }

                lastDated = list[i];
            }
        }

        history = new SessionHistory(body, [.. list]);
        error = default;
        return true;
    }
}
