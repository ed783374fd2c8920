using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.Serialization;
using System.Linq;
using System.Collections.Generic;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Sessions;
using NodaTime;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tables;

/// <summary>A row of <c>sessions</c>: one <see cref="Session"/>; a body's session numbers are unique.</summary>
public sealed class SessionRow
{
    /// <summary>Gets or sets the session's id (primary key).</summary>
    public Id<Session> Id { get; set; }

    /// <summary>Gets or sets the body that held it.</summary>
    public Id<AssemblyBody> BodyId { get; set; }

    /// <summary>Gets or sets its number (unique per body, stored as an integer).</summary>
    public SessionNumber Number { get; set; }

    /// <summary>Gets or sets the day it was held, if known.</summary>
    public LocalDate? Date { get; set; }

    /// <summary>Gets or sets the theme in Kazakh, if any (all three languages or none).</summary>
    public string? ThemeKk { get; set; }

    /// <summary>Gets or sets the theme in Russian, if any.</summary>
    public string? ThemeRu { get; set; }

    /// <summary>Gets or sets the theme in English, if any.</summary>
    public string? ThemeEn { get; set; }

    /// <summary>Gets or sets the groups that took part, in order (an integer array column).</summary>
    public List<ParticipantGroup> ParticipantGroups { get; set; } = [];

    /// <summary>Gets or sets its officials, in order (table <c>session_officials</c>).</summary>
    public List<SessionOfficialRow> Officials { get; set; } = [];

    /// <summary>The row of a session, with its officials in order, as the document holds it.</summary>
    internal static SessionRow From(SessionDocument s) => new()
    {
        Id = s.Id, BodyId = s.Body, Number = s.Number, Date = s.Date,
        ThemeKk = s.Theme?.Kk, ThemeRu = s.Theme?.Ru, ThemeEn = s.Theme?.En,
        ParticipantGroups = [.. s.ParticipantGroups],
        Officials = [.. s.Officials.Select((o, i) => new SessionOfficialRow
        {
            SessionId = s.Id, Position = i, PersonId = o.Person, Role = o.Role,
            OfficeKk = o.Office?.Kk, OfficeRu = o.Office?.Ru, OfficeEn = o.Office?.En,
        })],
    };

    /// <summary>The session as the document holds it.</summary>
    internal SessionDocument ToDocument() => new(
        Id, BodyId, Number, Date, StoredValues.OptionalText(ThemeKk, ThemeRu, ThemeEn),
        [.. Officials.OrderBy(o => o.Position).Select(o => new OfficialDocument(o.PersonId, o.Role, StoredValues.OptionalText(o.OfficeKk, o.OfficeRu, o.OfficeEn)))],
        [.. ParticipantGroups]);
}
