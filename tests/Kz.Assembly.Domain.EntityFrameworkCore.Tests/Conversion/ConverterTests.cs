using System;
using System.Linq;
using CsCheck;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.EntityFrameworkCore.Conversion;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Text;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NpgsqlTypes;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tests.Conversion;

/// <summary>Every converter gives back what it was given, and refuses a stored value the type's rules refuse.</summary>
public sealed class ConverterTests
{
    private static readonly Gen<LocalDate> Day = Gen.Int[0, 30 * 366].Select(d => new LocalDate(1995, 3, 1).PlusDays(d));

    [Fact]
    public void Session_numbers_round_trip_and_zero_is_refused()
    {
        var converter = new SessionNumberConverter();
        Gen.Int[SessionNumber.MinValue, SessionNumber.MaxValue].Select(SessionNumber.Create).Sample(n => RoundTrips(converter, n));
        Assert.ThrowsAny<ArgumentException>(() => converter.ConvertFromProvider(0));
        Assert.ThrowsAny<ArgumentException>(() => converter.ConvertToProvider(default(SessionNumber)));
    }

    [Fact]
    public void Regions_round_trip_and_an_unknown_code_is_refused()
    {
        var converter = new RegionConverter();
        Assert.All(Region.AllSince1995, region => Assert.True(RoundTrips(converter, region)));
        Assert.ThrowsAny<ArgumentException>(() => converter.ConvertFromProvider("KZ-99"));
    }

    [Fact]
    public void Qualified_counts_round_trip_and_a_negative_one_is_refused()
    {
        var converter = new QualifiedCountConverter();
        Gen.Long[0, long.MaxValue].Select(Gen.Enum<CountQualifier>(), QualifiedCount.Create).Sample(c => RoundTrips(converter, c));
        Assert.ThrowsAny<FormatException>(() => converter.ConvertFromProvider("-5"));
    }

    [Fact]
    public void Reporting_periods_round_trip()
    {
        var converter = new ReportingPeriodConverter();
        Gen<ReportingPeriod> periods = Gen.OneOf(
            Gen.Int[1995, 2100].Select(ReportingPeriod.CalendarYear),
            Gen.Int[1995, 2100].Select(Gen.Int[1, 4], ReportingPeriod.Quarter),
            Gen.Int[1995, 2100].Select(Gen.Int[1, 12], ReportingPeriod.Month),
            Day.Select(ReportingPeriod.YearToDate),
            Day.Select(Gen.Int[0, 900], (start, length) => ReportingPeriod.Custom(start, start.PlusDays(length))));
        periods.Sample(p => RoundTrips(converter, p));
        Assert.ThrowsAny<FormatException>(() => converter.ConvertFromProvider("2025-Q5"));
    }

    [Fact]
    public void Kind_sets_round_trip()
    {
        var converter = new ActivityKindSetConverter();
        AssemblyActivityKind[] kinds = Enum.GetValues<AssemblyActivityKind>();
        Gen.Int[1, (1 << kinds.Length) - 1]
            .Select(mask => ActivityKindSet.Of([.. kinds.Where(k => (mask & (1 << (int)k)) != 0)]))
            .Sample(set => RoundTrips(converter, set));
        Assert.ThrowsAny<FormatException>(() => converter.ConvertFromProvider("Event+Nothing"));
    }

    [Fact]
    public void Terms_round_trip_through_a_date_range_including_PostgreSQLs_exclusive_upper_bound()
    {
        var converter = new TermConverter();
        Day.Select(Gen.Int[0, 3000].Nullable(), (start, days) => Term.Create(start, days is { } d ? start.PlusDays(d) : null))
            .Sample(term => RoundTrips(converter, term));

        // PostgreSQL gives every date range back as [start, day after end).
        var canonical = new NpgsqlRange<LocalDate>(new LocalDate(2020, 1, 1), true, new LocalDate(2021, 1, 1), false);
        Assert.Equal(Term.Create(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31)), converter.ConvertFromProvider(canonical));
    }

    [Fact]
    public void Ids_round_trip_and_a_malformed_or_default_one_is_refused()
    {
        var converter = new IdConverter<AssemblyBody>();
        Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"].Array[1, 40].Select(chars => new string(chars))
            .Select(slug => Id<AssemblyBody>.Parse(slug, null))
            .Sample(id => RoundTrips(converter, id));
        Assert.ThrowsAny<FormatException>(() => converter.ConvertFromProvider("Not A Slug"));
        Assert.ThrowsAny<ArgumentException>(() => converter.ConvertToProvider(default(Id<AssemblyBody>)));
    }

    [Fact]
    public void Localized_texts_round_trip_and_a_missing_language_is_refused()
    {
        var converter = new LocalizedTextConverter();
        Gen.Char["абвгдеәғқңөұүһі"].Array[1, 12].Select(Gen.Char["abcdefghij"].Array[1, 12], (kk, en) => LocalizedText.Create(new string(kk), new string(kk), new string(en)))
            .Sample(text => RoundTrips(converter, text));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => converter.ConvertFromProvider("""{"kk":"а","ru":"б"}"""));
    }

    [Fact]
    public void The_id_column_is_as_long_as_the_longest_id()
    {
        string longest = new('a', AssemblyDomainConventions.IdMaxLength);
        Assert.Equal(longest, Id<AssemblyBody>.Parse(longest, null).Value);
        Assert.False(Id<AssemblyBody>.TryParse(longest + "a", null, out _));
    }

    private static bool RoundTrips<TModel, TProvider>(ValueConverter<TModel, TProvider> converter, TModel value) =>
        Equals(converter.ConvertFromProvider(converter.ConvertToProvider(value)), value);
}
