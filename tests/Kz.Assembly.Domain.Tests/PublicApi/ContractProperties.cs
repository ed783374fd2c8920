using System;
using System.Linq;
using CsCheck;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Council;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Projects;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Tests.Support;
using Kz.Assembly.Domain.Text;
using NodaTime;
using Article = Kz.Assembly.Domain.Samples.TurkistanArticle2025;

namespace Kz.Assembly.Domain.Tests.PublicApi;

/// <summary>
/// The contracts every type keeps, checked on generated input: Try twins never throw (dates of any calendar and year,
/// NUL and other control characters, extreme numbers); Parse(ToString(x)) == x for every value type and id; Equals,
/// GetHashCode and CompareTo agree.
/// </summary>
public class ContractProperties
{
    private static Gen<T> OneOf<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    /// <summary>Any date: ISO of any year NodaTime has, or a domain-era day in another calendar.</summary>
    private static readonly Gen<LocalDate> AnyDate = Gen.Frequency((3, Generators.AnyDate), (3, Generators.DomainDate), (2, Generators.NonIsoDate));

    /// <summary>Any text: random strings, and valid texts with control characters and NUL around them.</summary>
    private static readonly Gen<string> AnyText = Gen.Frequency(
        (3, Gen.String),
        (2, OneOf("XXVII", "27", "~39000", ">2000", "KZ-61", "YTD 2025-04-24", "2025-Q2", "apk-kz-61", "Event+CharityAction", "Nur-Sultan")
            .Select(Gen.Char['\0', '\u001F'], Gen.Int[0, 2], (valid, control, where) => where switch { 0 => control + valid, 1 => valid + control, _ => valid })),
        (1, Gen.Const(string.Empty)));

    private static readonly Gen<int> AnyInt = Gen.Frequency((3, Gen.Int), (1, OneOf(int.MinValue, int.MaxValue, 0, -1, 3999, 4000)));

    private static readonly Gen<long> AnyLong = Gen.Frequency((3, Gen.Long), (1, OneOf(long.MinValue, long.MaxValue, 0L, -1L)));

    [Fact]
    public void Try_parse_twins_never_throw_and_agree_with_their_result() =>
        AnyText.Sample(text =>
        {
            Assert.Equal(SessionNumber.TryParse(text, out SessionNumber number), !number.IsDefault);
            _ = QualifiedCount.TryParse(text, out _);
            Assert.Equal(ReportingPeriod.TryParse(text, out ReportingPeriod? period), period is not null);
            Assert.Equal(Region.TryParse(text, out Region? region), region is not null);
            Assert.Equal(Id<Session>.TryParse(text, out Id<Session> id), !id.IsDefault);
            _ = ActivityKindSet.TryParse(text, out _);
            _ = RomanNumeral.TryParse(text, out _);
            _ = Region.TryFromCode(text, out _);
        });

    [Fact]
    public void Try_create_twins_never_throw_on_any_date_or_number() =>
        AnyDate.Select(AnyDate, AnyInt, AnyLong, Gen.Bool).Sample((start, end, number, count, flag) =>
        {
            AssemblyBody body = Article.TurkistanAssembly;
            Place place = Place.WholeRegion(Regions.Turkistan);
            Person person = Article.RegionalAkim;
            LocalDate? maybeEnd = flag ? end : null;
            _ = SessionNumber.TryCreate(number, out _);
            _ = QualifiedCount.TryCreate(count, (CountQualifier)(number & 7), out _);
            _ = Session.TryCreate(body, SessionNumber.Create(1), start, null, null, null, out _);
            _ = AssemblyActivity.TryCreate(body, (AssemblyActivityKind)(number & 7), start, place, null, null, out _);
            _ = SocialProject.TryCreate(body, LocalizedText.Invariant("P"), start, out _);
            _ = CouncilMembership.TryCreate(person, (MemberCategory)(number & 7), start, maybeEnd, null, out _);
            _ = SenateAppointment.TryCreate(person, start, maybeEnd, out _);
            _ = RepresentationFact.TryCreate(body, (Chamber)(number & 3), number, start, out _);
            _ = ReportingPeriod.TryCustom(start, end, out _);
            _ = Term.TryCreate(start, maybeEnd, out _);
            if (ReportingPeriod.TryCustom(start, end, out ReportingPeriod? period))
            {
                _ = ReportedSummary.TryCreate(body, place, period, [new ActivityTally(AssemblyActivityKind.Event, QualifiedCount.Exactly(1))], null, Audience.People, out _);
            }
        });

    [Fact]
    public void Parse_of_ToString_is_the_identity_for_every_value_type()
    {
        Gen.Int[SessionNumber.MinValue, SessionNumber.MaxValue].Sample(n =>
        {
            SessionNumber number = SessionNumber.Create(n);
            Assert.Equal(number, SessionNumber.Parse(number.ToString()));
            Assert.Equal(number, SessionNumber.Parse(number.ToString("D", null)));
        });
        Generators.Count.Sample(count => Assert.Equal(count, QualifiedCount.Parse(count.ToString())));
        Periods.Sample(period => Assert.Equal(period, ReportingPeriod.Parse(period.ToString())));
        Gen.UInt[0, (1u << 7) - 1].Sample(mask =>
        {
            var set = ActivityKindSet.Of([.. Enum.GetValues<AssemblyActivityKind>().Where(k => (mask & (1u << (int)k)) != 0)]);
            Assert.Equal(set, ActivityKindSet.Parse(set.ToString()));
        });
        foreach (Region region in Region.AllSince1995)
        {
            Assert.Same(region, Region.Parse(region.ToString()));
        }
    }

    private static readonly Gen<ReportingPeriod> Periods = Gen.Int[1995, 2100].SelectMany(year => Gen.Int[0, 4].SelectMany(form => form switch
    {
        0 => Gen.Const(ReportingPeriod.CalendarYear(year)),
        1 => Gen.Int[1, 4].Select(q => ReportingPeriod.Quarter(year, q)),
        2 => Gen.Int[1, 12].Select(m => ReportingPeriod.Month(year, m)),
        3 => Gen.Int[0, 364].Select(d => ReportingPeriod.YearToDate(new LocalDate(year, 1, 1).PlusDays(d))),
        _ => Gen.Int[0, 364].Select(Gen.Int[0, 400], (d, length) =>
        {
            LocalDate start = new LocalDate(year, 1, 1).PlusDays(d);
            LocalDate end = start.PlusDays(length);
            return end.Year <= DomainCalendar.MaxYear ? ReportingPeriod.Custom(start, end) : ReportingPeriod.Custom(start, start);
        }),
    }));

    [Fact]
    public void Equality_hashing_and_ordering_agree_for_every_comparable_type()
    {
        Agree(Gen.Int[1, 3999].Select(SessionNumber.Create));
        Agree(Generators.SmallCount);
        Agree(Periods);
        Agree(Gen.Int[0, Region.AllSince1995.Count - 1].Select(i => Region.AllSince1995[i]));
        Agree(Gen.UInt[0, 127].Select(mask => ActivityKindSet.Of([.. Enum.GetValues<AssemblyActivityKind>().Where(k => (mask & (1u << (int)k)) != 0)])));
        Agree(Generators.DomainDate.Select(Gen.Int[0, 3000].Nullable(), (start, days) =>
            Term.Create(start, days is { } d && start.PlusDays(d).Year <= DomainCalendar.MaxYear ? start.PlusDays(d) : null)));
        Agree(Gen.Int[2001, 2100].Select(year => Article.Apk.AnniversaryIn(year)));
    }

    private static void Agree<T>(Gen<T> gen)
        where T : IEquatable<T>, IComparable<T> =>
        gen.Select(gen).Sample((a, b) =>
        {
            Assert.Equal(a.Equals(b), a.CompareTo(b) == 0);
            Assert.Equal(a.Equals(b), b.Equals(a));
            Assert.Equal(Math.Sign(a.CompareTo(b)), -Math.Sign(b.CompareTo(a)));
            Assert.True(a.Equals(a));
            if (a.Equals(b))
            {
                Assert.Equal(a.GetHashCode(), b.GetHashCode());
            }
        });
}
