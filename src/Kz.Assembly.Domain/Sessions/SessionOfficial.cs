using System;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Sessions;

/// <summary>
/// A person in a role at a session, with the office they held then (for example Ертай Алтаев, moderator, deputy akim
/// of Turkistan Region). Immutable; equal when person, role and office are equal.
/// </summary>
public sealed class SessionOfficial : IEquatable<SessionOfficial>
{
    private SessionOfficial(Person person, SessionRole role, LocalizedText? office)
    {
        Person = person;
        Role = role;
        Office = office;
    }

    /// <summary>Gets the person.</summary>
    public Person Person { get; }

    /// <summary>Gets the role at the session.</summary>
    public SessionRole Role { get; }

    /// <summary>Gets the office the person held at the time, or null when the source does not say.</summary>
    public LocalizedText? Office { get; }

    /// <summary>Creates a session official.</summary>
    /// <param name="person">The person.</param>
    /// <param name="role">The role.</param>
    /// <param name="office">The office held, or null.</param>
    /// <returns>The official.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined member.</exception>
    public static SessionOfficial Create(Person person, SessionRole role, LocalizedText? office = null)
    {
        Preconditions.CheckNotNull(person, nameof(person));
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, $"{(int)role} is not a defined SessionRole.");
        }

        return new SessionOfficial(person, role, office);
    }

    /// <summary>Returns for example <c>Moderator: Ertai Altaev (Deputy Akim of Turkistan Region)</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => Office is null ? $"{Role}: {Person.ToString()}" : $"{Role}: {Person.ToString()} ({Office.English})";

    /// <inheritdoc/>
    public bool Equals(SessionOfficial? other) =>
        other is not null && Person.Equals(other.Person) && Role == other.Role && Equals(Office, other.Office);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SessionOfficial);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Person, Role, Office);
}
