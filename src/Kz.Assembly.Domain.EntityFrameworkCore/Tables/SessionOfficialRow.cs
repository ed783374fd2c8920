using Kz.Assembly.Domain.EntityFrameworkCore.Mapping;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tables;

/// <summary>A row of <c>session_officials</c>: one <see cref="SessionOfficial"/> of a session, at its position.</summary>
public sealed class SessionOfficialRow
{
    /// <summary>Gets or sets the session (with <see cref="Position"/>, the primary key).</summary>
    public Id<Session> SessionId { get; set; }

    /// <summary>Gets or sets the official's position in the session's list, from 0.</summary>
    public int Position { get; set; }

    /// <summary>Gets or sets the person.</summary>
    public Id<Person> PersonId { get; set; }

    /// <summary>Gets or sets the role.</summary>
    public SessionRole Role { get; set; }

    /// <summary>Gets or sets the office in Kazakh, if stated (all three languages or none).</summary>
    public string? OfficeKk { get; set; }

    /// <summary>Gets or sets the office in Russian, if stated.</summary>
    public string? OfficeRu { get; set; }

    /// <summary>Gets or sets the office in English, if stated.</summary>
    public string? OfficeEn { get; set; }

    /// <summary>Maps <c>session_officials</c>: a session's officials in order, each a person.</summary>
    internal static void Map(EntityTypeBuilder<SessionOfficialRow> b)
    {
        b.ToTable("session_officials", t =>
        {
            t.HasCheckConstraint("ck_session_officials_role", TableConstraints.Enum<SessionRole>("role"));
            t.HasCheckConstraint("ck_session_officials_office", TableConstraints.AllOrNone("office"));
        });
        b.HasKey(o => new { o.SessionId, o.Position });
        b.HasOne<PersonRow>().WithMany().HasForeignKey(o => o.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
