using System;
using CsCheck;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Council;
using Kz.Assembly.Domain.Facilities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Projects;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Tests.Support;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Periods;

/// <summary>
/// The domain stores ISO dates only: every factory rejects a date of another calendar with an ArgumentException that
/// names the value and says how to convert it, and every Try twin returns false. Before, nine Try methods threw
/// NodaTime's bare ArgumentException and a Hebrew-calendar "2040" passed the year check as 1722 BC.
/// </summary>
public class IsoCalendarRuleTests
{
    private static readonly AssemblyBody Turkistan = TurkistanArticle2025.TurkistanAssembly;
    private static readonly Place Region61 = Place.WholeRegion(Regions.Turkistan);
    private static readonly Person Member = Person.Named("Айгүл Сейіт", "Айгуль Сеит", "Aigul Seit");

    public static TheoryData<string, Action<LocalDate>> Factories => new()
    {
        { "Session.Create", d => Session.Create(Turkistan, SessionNumber.Create(1), d) },
        { "AssemblyActivity.Create", d => AssemblyActivity.Create(Turkistan, AssemblyActivityKind.Event, d, Region61, QualifiedCount.Exactly(1)) },
        { "SocialProject.Create", d => SocialProject.Create(Turkistan, LocalizedText.Create("Жоба", "Проект", "Project"), d) },
        { "AssemblyBody.Regional", d => AssemblyBody.Regional(Regions.Turkistan, d) },
        { "AssemblyBody.National", d => AssemblyBody.National("apk2", LocalizedText.Create("А", "А", "A"), d) },
        { "AssemblyBody.WithDissolution", d => _ = Turkistan.WithDissolution(d, null) },
        { "AssemblyBody.ExistedOn", d => _ = Turkistan.ExistedOn(d) },
        { "Region.ExistedOn", d => _ = Regions.Abai.ExistedOn(d) },
        { "CouncilMembership.Create", d => CouncilMembership.Create(Member, MemberCategory.PublicFigure, d, d) },
        { "SenateAppointment.Create", d => SenateAppointment.Create(Member, d, d) },
        { "FriendshipHouse.Proposed", d => FriendshipHouse.Proposed(Turkistan, Region61, d) },
        { "FriendshipHouse.Opened", d => FriendshipHouse.Opened(Turkistan, Region61, d) },
        { "RepresentationFact.Create", d => RepresentationFact.Create(Turkistan, Chamber.Senate, 1, d) },
        { "DeputyGroup.Create", d => DeputyGroup.Create(Turkistan, LocalizedText.Create("Топ", "Группа", "Group"), false, d) },
        { "ReportingPeriod.YearToDate", d => ReportingPeriod.YearToDate(d) },
        { "ReportingPeriod.Custom", d => ReportingPeriod.Custom(d, d) },
    };

    [Theory]
    [MemberData(nameof(Factories))]
    public void Every_factory_rejects_a_date_of_another_calendar_saying_how_to_convert_it(string factory, Action<LocalDate> create)
    {
        foreach (CalendarSystem calendar in Generators.OtherCalendars)
        {
            LocalDate date = new LocalDate(2025, 4, 24).WithCalendar(calendar);
            var exception = Assert.ThrowsAny<ArgumentException>(() => create(date));
            Assert.IsNotType<ArgumentOutOfRangeException>(exception);
            string message = exception.Message; // reading it must not throw (a Badi date once made it throw)
            Assert.Contains(calendar.Id, message, StringComparison.Ordinal);
            Assert.Contains("WithCalendar(CalendarSystem.Iso)", message, StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(exception.ParamName), factory);
        }
    }

    [Fact]
    public void Try_twins_return_false_for_any_date_of_another_calendar() =>
        Generators.NonIsoDate.Sample(date =>
        {
            Assert.False(Session.TryCreate(Turkistan, SessionNumber.Create(1), date, null, null, null, out _));
            Assert.False(AssemblyActivity.TryCreate(Turkistan, AssemblyActivityKind.Event, date, Region61, QualifiedCount.Exactly(1), null, out _));
            Assert.False(SocialProject.TryCreate(Turkistan, LocalizedText.Create("Жоба", "Проект", "Project"), date, out _));
            Assert.False(CouncilMembership.TryCreate(Member, MemberCategory.PublicFigure, date, date, null, out _));
            Assert.False(SenateAppointment.TryCreate(Member, date, date, out _));
            Assert.False(RepresentationFact.TryCreate(Turkistan, Chamber.Senate, 1, date, out _));
            Assert.False(ReportingPeriod.TryCustom(date, date, out _));
            Assert.False(ReportingPeriod.TryCustom(date.WithCalendar(CalendarSystem.Iso), date, out _));
        });

    [Fact]
    public void The_same_day_converted_to_iso_is_accepted() =>
        Generators.NonIsoDate.Sample(date =>
            Assert.True(Session.TryCreate(Turkistan, SessionNumber.Create(1), date.WithCalendar(CalendarSystem.Iso), null, null, null, out _)));

    [Theory]
    [InlineData(2101)]
    [InlineData(3000)]
    public void Years_past_2100_are_rejected_wherever_a_date_is_stored(int year)
    {
        var date = new LocalDate(year, 1, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => Session.Create(Turkistan, SessionNumber.Create(1), date));
        Assert.Throws<ArgumentOutOfRangeException>(() => AssemblyActivity.Create(Turkistan, AssemblyActivityKind.Event, date, Region61, QualifiedCount.Exactly(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => SocialProject.Create(Turkistan, LocalizedText.Create("Жоба", "Проект", "Project"), date));
        Assert.Throws<ArgumentOutOfRangeException>(() => RepresentationFact.Create(Turkistan, Chamber.Senate, 1, date));
        Assert.Throws<ArgumentOutOfRangeException>(() => DeputyGroup.Create(Turkistan, LocalizedText.Create("Топ", "Группа", "Group"), false, date));
        Assert.Throws<ArgumentOutOfRangeException>(() => Turkistan.WithDissolution(date, null));
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Session.Create(Turkistan, SessionNumber.Create(1), date));
        Assert.Contains($"{year}-01-01", exception.Message, StringComparison.Ordinal);
        Assert.Contains("2100", exception.Message, StringComparison.Ordinal);
    }
}
