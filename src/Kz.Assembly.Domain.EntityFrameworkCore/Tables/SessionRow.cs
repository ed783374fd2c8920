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
}
