using System.Collections.Generic;
using System.Linq;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.EntityFrameworkCore.Mapping;
using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Serialization;
using Kz.Assembly.Domain.Sessions;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>The kind as the database stores it: a body's session numbers are unique; its officials are a child
    /// table, read and deleted with it.</summary>
    internal static StoredKind<SessionRow, Session> Stored { get; } = new(
        FactKinds.Sessions,
        map: b =>
        {
            b.ToTable(t =>
            {
                t.HasCheckConstraint("ck_sessions_number", $"number BETWEEN {SessionNumber.MinValue} AND {SessionNumber.MaxValue}");
                t.HasCheckConstraint("ck_sessions_theme", TableConstraints.AllOrNone("theme"));
            });
            b.HasIndex(s => new { s.BodyId, s.Number }).IsUnique().HasDatabaseName("ux_sessions_body_number");
            b.HasOne<BodyRow>().WithMany().HasForeignKey(s => s.BodyId).OnDelete(DeleteBehavior.Restrict);
            b.HasMany(s => s.Officials).WithOne().HasForeignKey(o => o.SessionId).OnDelete(DeleteBehavior.Cascade);
        },
        mapChildren: model => model.Entity<SessionOfficialRow>(SessionOfficialRow.Map),
        fromDocument: document => document.Sessions.Select(From),
        addToDocument: (row, document) => document.Sessions.Add(row.ToDocument()),
        id: s => s.Id,
        body: s => s.BodyId,
        ofBody: body => s => s.BodyId == body,
        inDays: (start, end) => s => s.Date >= start && s.Date <= end,
        withChildren: sessions => sessions.Include(s => s.Officials));
}
