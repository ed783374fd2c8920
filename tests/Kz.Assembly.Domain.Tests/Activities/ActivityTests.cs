using System;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Projects;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Tests.Support;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Activities;

public class ActivityTests
{
    private static readonly Place Turkistan = Place.WholeRegion(Regions.Turkistan);
    private static readonly SocialProject MynBala = SocialProject.Create(TurkistanArticle2025.TurkistanAssembly, LocalizedText.Create("Мың бала", "Мың бала", "Myn Bala"));

    [Fact]
    public void An_activity_records_kind_date_place_project_and_participants()
    {
        AssemblyActivity activity = AssemblyActivity.Create(TurkistanArticle2025.TurkistanAssembly, AssemblyActivityKind.CharityAction, new LocalDate(2025, 5, 10), Turkistan, QualifiedCount.About(300), MynBala);
        Assert.Equal(MynBala, activity.Project);
        Assert.Equal("2025-05-10 CharityAction at KZ-61 Turkistan Region: ~300", activity.ToString());
    }

    [Fact]
    public void An_activity_before_the_body_existed_is_rejected()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() =>
            AssemblyActivity.Create(TurkistanArticle2025.TurkistanAssembly, AssemblyActivityKind.Event, new LocalDate(1990, 1, 1), Turkistan, QualifiedCount.Zero));
        Assert.Equal("date", exception.ParamName);
        Assert.False(AssemblyActivity.TryCreate(TurkistanArticle2025.TurkistanAssembly, AssemblyActivityKind.Event, new LocalDate(1990, 1, 1), Turkistan, QualifiedCount.Zero, null, out _));
    }

    [Fact]
    public void An_activity_outside_the_bodys_region_is_rejected() =>
        Assert.Throws<ArgumentException>(() =>
            AssemblyActivity.Create(TurkistanArticle2025.TurkistanAssembly, AssemblyActivityKind.Event, new LocalDate(2025, 1, 1), Place.WholeRegion(Regions.Abai), QualifiedCount.Zero));

    [Fact]
    public void A_national_body_may_act_anywhere() =>
        Assert.Equal(Regions.Abai, AssemblyActivity.Create(TurkistanArticle2025.Apk, AssemblyActivityKind.Event, new LocalDate(2025, 1, 1), Place.WholeRegion(Regions.Abai), QualifiedCount.Zero).Place.Region);

    [Fact]
    public void A_project_of_another_body_is_rejected() =>
        Assert.Throws<ArgumentException>(() =>
            AssemblyActivity.Create(TurkistanArticle2025.Apk, AssemblyActivityKind.Event, new LocalDate(2025, 1, 1), Turkistan, QualifiedCount.Zero, MynBala));

    [Fact]
    public void An_undefined_kind_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            AssemblyActivity.Create(TurkistanArticle2025.TurkistanAssembly, (AssemblyActivityKind)99, new LocalDate(2025, 1, 1), Turkistan, QualifiedCount.Zero));

    [Fact]
    public void Equality_compares_every_part()
    {
        AssemblyActivity Make(int day) => AssemblyActivity.Create(TurkistanArticle2025.TurkistanAssembly, AssemblyActivityKind.Event, new LocalDate(2025, 1, day), Turkistan, QualifiedCount.Exactly(10));
        EqualityContract.Holds(Make(1), Make(1), Make(2));
    }
}
