using System;
using System.Diagnostics.Contracts;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Annotations;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Text;
using NodaTime;
using NodaTime.Text;

namespace Kz.Assembly.Domain.Sessions;

/// <summary>
/// A numbered session of an assembly body (a Popolo <c>Event</c>): its date, theme, officials and the groups that
/// took part. Immutable and thread-safe. Equal by <see cref="Id"/>, derived from body and number: two instances for
/// the same body and number are versions of one session.
/// </summary>
/// <remarks>
/// Invariants: the number is a valid (non-default) <see cref="SessionNumber"/>; a known date falls while the body
/// existed (on or after its founding, before any dissolution); officials and participant groups hold no duplicates.
/// The date is optional because real reports often omit it (the source article says only "recently").
/// </remarks>
[Annotations.Localized]
public sealed class Session : IEntity<Session>, IEquatable<Session>, IFormattable
{
    private Session(AssemblyBody body, SessionNumber number, LocalDate? date, LocalizedText? theme, ImmutableArray<SessionOfficial> officials, ImmutableArray<ParticipantGroup> participantGroups, Id<Session>? id = null)
    {
        Id = id ?? Id<Session>.Derive(body.Id.ToString(), "session", number.ToString("D", null));
        Body = body;
        Number = number;
        Date = date;
        Theme = theme;
        Officials = officials;
        ParticipantGroups = participantGroups;
    }

    /// <summary>Gets the body that held the session.</summary>
    public AssemblyBody Body { get; }

    /// <summary>Gets the session's number.</summary>
    public SessionNumber Number { get; }

    /// <summary>Gets the date the session was held, or null when the source does not give it.</summary>
    public LocalDate? Date { get; }

    /// <summary>Gets the session's theme, or null.</summary>
    public LocalizedText? Theme { get; }

    /// <summary>Gets the chair, moderator and speakers, in the order given.</summary>
    public ImmutableArray<SessionOfficial> Officials { get; }

    /// <summary>Gets the groups of participants, in the order given.</summary>
    public ImmutableArray<ParticipantGroup> ParticipantGroups { get; }

    /// <summary>Creates a session.</summary>
    /// <param name="body">The body that held it.</param>
    /// <param name="number">Its number.</param>
    /// <param name="date">The date, or null when unknown.</param>
    /// <param name="theme">The theme, or null.</param>
    /// <param name="officials">The chair, moderator and speakers, or null for none.</param>
    /// <param name="participantGroups">The groups that took part, or null for none.</param>
    /// <returns>The session.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is the invalid default, the date falls
    /// outside the body's existence, or a participant group is undefined.</exception>
    /// <exception cref="ArgumentException">An official or a group is listed twice.</exception>
    public static Session Create(
        AssemblyBody body,
        SessionNumber number,
        [NotBefore(1995, 3, 1)] LocalDate? date,
        LocalizedText? theme = null,
        IEnumerable<SessionOfficial>? officials = null,
        IEnumerable<ParticipantGroup>? participantGroups = null)
    {
        ImmutableArray<SessionOfficial> officialList = officials is null ? [] : [.. officials];
        ImmutableArray<ParticipantGroup> groupList = participantGroups is null ? [] : [.. participantGroups];
        if (Validate(body, number, date, officialList, groupList) is { } error)
        {
            Preconditions.Throw(error);
        }

        return new Session(body, number, date, theme, officialList, groupList);
    }

    /// <summary>Creates a session, or returns false where <see cref="Create"/> would throw.</summary>
    /// <param name="body">The body that held it.</param>
    /// <param name="number">Its number.</param>
    /// <param name="date">The date, or null when unknown.</param>
    /// <param name="theme">The theme, or null.</param>
    /// <param name="officials">The officials, or null.</param>
    /// <param name="participantGroups">The groups, or null.</param>
    /// <param name="session">The session, or null.</param>
    /// <returns>Whether the arguments were valid.</returns>
    public static bool TryCreate(
        AssemblyBody? body,
        SessionNumber number,
        LocalDate? date,
        LocalizedText? theme,
        IEnumerable<SessionOfficial>? officials,
        IEnumerable<ParticipantGroup>? participantGroups,
        [NotNullWhen(true)] out Session? session)
    {
        ImmutableArray<SessionOfficial> officialList = officials is null ? [] : [.. officials];
        ImmutableArray<ParticipantGroup> groupList = participantGroups is null ? [] : [.. participantGroups];
        session = Validate(body, number, date, officialList, groupList) is null
            ? new Session(body!, number, date, theme, officialList, groupList)
            : null;
        return session is not null;
    }

    /// <summary>Gets the id; derived as <c>{body}-session-{number}</c> (<c>apk-kz-61-session-27</c>) unless set with <see cref="WithId"/>.</summary>
    public Id<Session> Id { get; }

    /// <summary>Returns this session under another id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>A new instance; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the invalid default.</exception>
    [Pure]
    public Session WithId(Id<Session> id) => new(Body, Number, Date, Theme, Officials, ParticipantGroups, IdRules.Require(id, nameof(id)));

    /// <summary>Returns for example <c>apk-kz-61 session XXVII (date unknown)</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() =>
        $"{Body.Id} session {Number} ({(Date is { } d ? LocalDatePattern.Iso.Format(d) : "date unknown")})";

    /// <summary>
    /// Writes the session as a heading in the provider's language (<see cref="Localization.SessionText.Heading"/>): kk
    /// <c>… Ассамблеясының XXVII сессиясы</c>, ru <c>XXVII сессия Ассамблеи …</c>, en <c>27th session of the …</c>; the
    /// invariant culture gives <see cref="ToString()"/>.
    /// </summary>
    /// <param name="format">Null or "G".</param>
    /// <param name="formatProvider">A culture or <see cref="Localization.DomainFormatProvider"/> choosing the language;
    /// null means the current culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not null, empty or "G".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Localization.FormattingContract.GeneralOnly(this, format, formatProvider, static (value, culture) => Localization.SessionText.Heading(value, culture));

    /// <inheritdoc/>
    public bool Equals(Session? other) => other is not null && Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Session);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode();

    private static ValidationError? Validate(
        AssemblyBody? body,
        SessionNumber number,
        LocalDate? date,
        ImmutableArray<SessionOfficial> officials,
        ImmutableArray<ParticipantGroup> participantGroups)
    {
        if (body is null)
        {
            return ValidationError.Null(nameof(body));
        }

        if (SessionNumber.RejectDefault(number, nameof(number)) is { } invalidNumber)
        {
            return invalidNumber;
        }

        if (date is { } day && body.ValidateActiveOn(day, nameof(date), $"Session {number} of {body.Id}") is { } invalidDate)
        {
            return invalidDate;
        }

        var seenOfficials = new HashSet<SessionOfficial>();
        foreach (SessionOfficial? official in officials)
        {
            if (official is null)
            {
                return ValidationError.Null(nameof(officials));
            }

            if (!seenOfficials.Add(official))
            {
                return ValidationError.Invalid(nameof(officials), $"Official '{official}' is listed twice for session {number} of {body.Id}.");
            }
        }

        var seenGroups = new HashSet<ParticipantGroup>();
        foreach (ParticipantGroup group in participantGroups)
        {
            if (!Enum.IsDefined(group))
            {
                return ValidationError.OutOfRange(nameof(participantGroups), group, $"{(int)group} is not a defined ParticipantGroup.");
            }

            if (!seenGroups.Add(group))
            {
                return ValidationError.Invalid(nameof(participantGroups), $"Participant group {group} is listed twice for session {number} of {body.Id}.");
            }
        }

        return null;
    }
}
