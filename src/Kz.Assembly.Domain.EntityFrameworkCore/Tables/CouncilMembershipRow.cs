using System.Linq;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Council;
using Kz.Assembly.Domain.EntityFrameworkCore.Mapping;
using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tables;

/// <summary>A row of <c>council_memberships</c>: one <see cref="CouncilMembership"/> of a body's council.</summary>
public sealed class CouncilMembershipRow
{
    /// <summary>Gets or sets the membership's id (primary key).</summary>
    public Id<CouncilMembership> Id { get; set; }

    /// <summary>Gets or sets the body whose council it is.</summary>
    public Id<AssemblyBody> BodyId { get; set; }

    /// <summary>Gets or sets the member.</summary>
    public Id<Person> PersonId { get; set; }

    /// <summary>Gets or sets the category of membership.</summary>
    public MemberCategory Category { get; set; }

    /// <summary>Gets or sets the term (a <c>daterange</c>, open while serving).</summary>
    public Term Term { get; set; } = null!;

    /// <summary>Gets or sets in Kazakh on whose behalf the member sits, if stated (all three languages or none).</summary>
    public string? OnBehalfOfKk { get; set; }

    /// <summary>Gets or sets in Russian on whose behalf the member sits, if stated.</summary>
    public string? OnBehalfOfRu { get; set; }

    /// <summary>Gets or sets in English on whose behalf the member sits, if stated.</summary>
    public string? OnBehalfOfEn { get; set; }

    /// <summary>The row of a council membership as the document holds it, under its body's council.</summary>
    internal static CouncilMembershipRow From(Id<AssemblyBody> body, MembershipDocument m) => new()
    {
        Id = m.Id, BodyId = body, PersonId = m.Person, Category = m.Category, Term = Periods.Term.Create(m.Start, m.End),
        OnBehalfOfKk = m.OnBehalfOf?.Kk, OnBehalfOfRu = m.OnBehalfOf?.Ru, OnBehalfOfEn = m.OnBehalfOf?.En,
    };

    /// <summary>The membership as the document holds it.</summary>
    internal MembershipDocument ToDocument() => new(Id, PersonId, Category, Term.Start, Term.End, StoredValues.OptionalText(OnBehalfOfKk, OnBehalfOfRu, OnBehalfOfEn));

    /// <summary>The kind as the database stores it: a membership carries its council's body. Its term is one
    /// converted column the database cannot look into, so the memberships of a run of days are kept after reading (a
    /// table of a few hundred rows).</summary>
    internal static StoredKind<CouncilMembershipRow, CouncilMembership> Stored { get; } = new(
        FactKinds.CouncilMemberships,
        map: b =>
        {
            b.ToTable(t =>
            {
                t.HasCheckConstraint("ck_council_memberships_category", TableConstraints.Enum<MemberCategory>("category"));

                // A range whose end precedes its start cannot even be written; an empty or start-less one is refused here.
                t.HasCheckConstraint("ck_council_memberships_term", "NOT isempty(term) AND NOT lower_inf(term)");
                t.HasCheckConstraint("ck_council_memberships_on_behalf_of", TableConstraints.AllOrNone("on_behalf_of"));
            });
            b.HasOne<BodyRow>().WithMany().HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<PersonRow>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        },
        mapChildren: null,
        fromDocument: document => document.Councils.SelectMany(council => council.Memberships.Select(m => From(council.Body, m))),
        addToDocument: (row, document) =>
        {
            MembershipDocument membership = row.ToDocument();
            CouncilDocument? council = document.Councils.Find(c => c.Body == row.BodyId);
            if (council is null)
            {
                council = new CouncilDocument(row.BodyId, []);
                document.Councils.Add(council);
            }

            council.Memberships.Add(membership);
        },
        id: m => m.Id,
        body: m => m.BodyId,
        ofBody: body => m => m.BodyId == body,
        inDays: (_, _) => m => true,
        keptInDays: (start, end) => m => m.Term.Start <= end && (m.Term.End is not { } last || last >= start));
}
