using System;
using System.Linq;
using CsCheck;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Council;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Periods;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Support;

/// <summary>
/// Properties over random input for the factories that guard dates and counts: the Try twin never throws, agrees
/// with the throwing factory, and accepts exactly what the documented rule accepts.
/// </summary>
public class InvariantProperties
{
    private static readonly Person Someone = Person.Named("Адам", "Человек", "Someone");

    [Fact]
    public void Council_terms_are_accepted_exactly_when_they_do_not_end_before_they_start() =>
        Generators.AnyDate.Select(Generators.AnyDate, Gen.Enum<MemberCategory>()).Sample((start, end, category) =>
        {
            bool expected = end >= start && start.Year is >= 1995 and <= 2100 && end.Year is >= 1995 and <= 2100
                && category != MemberCategory.EthnoculturalAssociationRepresentative;
            Assert.Equal(expected, CouncilMembership.TryCreate(Someone, category, start, end, null, out _));
            if (!expected)
            {
                Assert.ThrowsAny<ArgumentException>(() => CouncilMembership.Create(Someone, category, start, end));
            }
        });

    [Fact]
    public void Senate_records_are_accepted_exactly_when_no_day_has_more_than_five_serving() =>
        Gen.Int[0, 40].Select(Gen.Int[0, 20]).Array[0, 9].Sample(terms =>
        {
            var origin = new LocalDate(2020, 1, 1);
            SenateAppointment[] appointments = terms
                .Select((t, i) => SenateAppointment.Create(Person.Named($"С{i}", $"С{i}", $"S{i}"), origin.PlusDays(t.Item1), origin.PlusDays(t.Item1 + t.Item2)))
                .ToArray();
            int busiestDay = Enumerable.Range(0, 61).Max(d => appointments.Count(a => a.Term.Contains(origin.PlusDays(d))));
            Assert.Equal(busiestDay <= 5, SenateRecommendations.TryCreate(appointments, out _));
        });

    [Fact]
    public void Sessions_are_accepted_exactly_when_dated_while_the_body_existed() =>
        Generators.AnyDate.Select(Gen.Int[1, 3999]).Sample((date, number) =>
        {
            AssemblyBody apk = TurkistanArticle2025.Apk;
            bool expected = date >= apk.Founded && date.Year <= DomainCalendar.MaxYear;
            Assert.Equal(expected, Session.TryCreate(apk, SessionNumber.Create(number), date, null, null, null, out _));
        });

    [Fact]
    public void Activities_are_accepted_exactly_when_dated_while_the_body_existed_in_its_region() =>
        Generators.AnyDate.Select(Gen.Int[0, Region.All.Count - 1], Generators.SmallCount).Sample((date, regionIndex, count) =>
        {
            Region region = Region.All[regionIndex];
            bool expected = date >= DomainCalendarFounding && date.Year <= DomainCalendar.MaxYear && region == Regions.Turkistan;
            Assert.Equal(expected, AssemblyActivity.TryCreate(TurkistanArticle2025.TurkistanAssembly, AssemblyActivityKind.Event, date, Place.WholeRegion(region), count, null, out _));
        });

    [Fact]
    public void Regional_bodies_are_accepted_exactly_when_founded_from_1995_03_01_to_2100() =>
        Generators.AnyDate.Sample(date =>
        {
            bool expected = date >= DomainCalendarFounding && date.Year <= 2100;
            bool created;
            try
            {
                AssemblyBody.Regional(Regions.Turkistan, date);
                created = true;
            }
            catch (ArgumentOutOfRangeException exception) when (exception.ParamName == "founded")
            {
                created = false;
            }

            Assert.Equal(expected, created);
        });

    private static LocalDate DomainCalendarFounding => Kz.Assembly.Domain.Periods.DomainCalendar.ApkFoundingDate;
}
