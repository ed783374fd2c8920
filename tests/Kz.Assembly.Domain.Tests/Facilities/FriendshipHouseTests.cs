using System;
using Kz.Assembly.Domain.Facilities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Facilities;

public class FriendshipHouseTests
{
    private static readonly Place Sairam = Place.Within(Regions.Turkistan, PlaceKind.District, LocalizedText.Create("Сайрам ауданы", "Сайрамский район", "Sairam District"));

    [Fact]
    public void A_proposed_house_can_open_later()
    {
        FriendshipHouse proposed = FriendshipHouse.Proposed(Kz.Assembly.Domain.Samples.TurkistanArticle2025.TurkistanAssembly, Sairam, new LocalDate(2025, 4, 24));
        FriendshipHouse opened = proposed.OpenOn(new LocalDate(2026, 9, 1));
        Assert.Equal(FriendshipHouseStatus.Proposed, proposed.Status);
        Assert.Equal(FriendshipHouseStatus.Opened, opened.Status);
        Assert.Equal(new LocalDate(2025, 4, 24), opened.ProposedOn);
    }

    [Fact]
    public void Opening_before_the_proposal_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FriendshipHouse.Proposed(Kz.Assembly.Domain.Samples.TurkistanArticle2025.TurkistanAssembly, Sairam, new LocalDate(2025, 4, 24)).OpenOn(new LocalDate(2025, 1, 1)));

    [Fact]
    public void Dates_outside_the_domain_are_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FriendshipHouse.Opened(Kz.Assembly.Domain.Samples.TurkistanArticle2025.TurkistanAssembly, Sairam, new LocalDate(1990, 1, 1)));
}
