using System;
using Kz.Assembly.Domain.Council;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Tests.Support;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Council;

public class CouncilTests
{
    private static readonly Person Member = Person.Named("Айгүл Сейіт", "Айгуль Сеит", "Aigul Seit");
    private static readonly LocalizedText Association = LocalizedText.Create("Өзбек этномәдени бірлестігі", "Узбекское этнокультурное объединение", "Uzbek Ethnocultural Association");

    [Fact]
    public void A_term_that_ends_before_it_starts_is_rejected()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() =>
            CouncilMembership.Create(Member, MemberCategory.PublicFigure, new LocalDate(2025, 1, 1), new LocalDate(2024, 12, 31)));
        Assert.Equal("termEnd", exception.ParamName);
        Assert.Contains("2024-12-31", exception.Message, StringComparison.Ordinal);
        Assert.False(CouncilMembership.TryCreate(Member, MemberCategory.PublicFigure, new LocalDate(2025, 1, 1), new LocalDate(2024, 12, 31), null, out _));
    }

    [Fact]
    public void A_representative_names_the_association_represented()
    {
        Assert.Throws<ArgumentException>(() => CouncilMembership.Create(Member, MemberCategory.EthnoculturalAssociationRepresentative, new LocalDate(2024, 1, 1), new LocalDate(2026, 12, 31)));
        CouncilMembership membership = CouncilMembership.Create(Member, MemberCategory.EthnoculturalAssociationRepresentative, new LocalDate(2024, 1, 1), new LocalDate(2026, 12, 31), Association);
        Assert.Equal(Association, membership.OnBehalfOf);
        Assert.True(membership.IsServingOn(new LocalDate(2025, 4, 24)));
        Assert.False(membership.IsServingOn(new LocalDate(2027, 1, 1)));
    }

    [Fact]
    public void The_council_counts_members_by_category_on_a_date()
    {
        AssemblyCouncil council = AssemblyCouncil.Create(TurkistanArticle2025.Apk, [
            CouncilMembership.Create(Member, MemberCategory.PublicFigure, new LocalDate(2020, 1, 1), new LocalDate(2022, 12, 31)),
            CouncilMembership.Create(Member, MemberCategory.ParliamentDeputy, new LocalDate(2023, 1, 1), new LocalDate(2027, 12, 31)),
            CouncilMembership.Create(TurkistanArticle2025.RegionalAkim, MemberCategory.Akim, new LocalDate(2022, 1, 1), new LocalDate(2026, 12, 31)),
        ]);
        LocalDate day = new(2025, 4, 24);
        Assert.Equal(2, council.MembersOn(day).Length);
        Assert.Equal(1, council.CountOn(day, MemberCategory.Akim));
        Assert.Equal(0, council.CountOn(day, MemberCategory.PublicFigure));
        Assert.Equal(1, council.CountOn(new LocalDate(2021, 1, 1), MemberCategory.PublicFigure));
    }

    [Fact]
    public void One_person_cannot_hold_two_seats_at_once()
    {
        AssemblyCouncil council = AssemblyCouncil.Create(TurkistanArticle2025.Apk, [
            CouncilMembership.Create(Member, MemberCategory.PublicFigure, new LocalDate(2020, 1, 1), new LocalDate(2024, 12, 31)),
        ]);
        Assert.Throws<ArgumentException>(() => council.Add(CouncilMembership.Create(Member, MemberCategory.Minister, new LocalDate(2024, 12, 31), new LocalDate(2025, 12, 31))));
        Assert.Single(council.Memberships);
    }

    [Fact]
    public void A_term_cannot_start_before_the_body_was_founded() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AssemblyCouncil.Create(TurkistanArticle2025.Apk, [
            CouncilMembership.Create(Member, MemberCategory.PublicFigure, new LocalDate(1995, 1, 1), new LocalDate(1996, 1, 1)),
        ]));

    [Fact]
    public void Memberships_are_equal_when_all_parts_are() =>
        EqualityContract.Holds(
            CouncilMembership.Create(Member, MemberCategory.Akim, new LocalDate(2024, 1, 1), new LocalDate(2025, 1, 1)),
            CouncilMembership.Create(Member, MemberCategory.Akim, new LocalDate(2024, 1, 1), new LocalDate(2025, 1, 1)),
            CouncilMembership.Create(Member, MemberCategory.Minister, new LocalDate(2024, 1, 1), new LocalDate(2025, 1, 1)));
}
