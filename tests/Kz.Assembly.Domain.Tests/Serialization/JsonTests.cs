using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsCheck;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Serialization;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Tests.Support;

namespace Kz.Assembly.Domain.Tests.Serialization;

/// <summary>
/// JSON keeps every invariant: each value type carries its converter, so default options (no registration) read and
/// write its invariant text, and bad JSON is a JsonException naming the value, the rule and the path. Once,
/// <c>SessionNumber.Create(36)</c> was written as <c>{"Value":36,"IsDefault":false}</c> and read back as session 0.
/// </summary>
public class JsonTests
{
    private static readonly JsonSerializerOptions Registered = new JsonSerializerOptions().AddAssemblyDomain();

    public sealed record Dto(SessionNumber Number, QualifiedCount Count, ReportingPeriod Period, Region Region, ActivityKindSet Kinds, Id<AssemblyBody> Body);

    [Fact]
    public void Values_are_written_as_their_invariant_text_with_default_options()
    {
        var dto = new Dto(SessionNumber.Create(36), QualifiedCount.About(12_000), ReportingPeriod.YearToDate(new NodaTime.LocalDate(2025, 4, 24)), Regions.Turkistan,
            ActivityKindSet.Of(AssemblyActivityKind.Event, AssemblyActivityKind.CharityAction), Id<AssemblyBody>.Parse("apk-kz-61"));
        string json = JsonSerializer.Serialize(dto);
        Assert.Equal("""{"Number":"XXXVI","Count":"~12000","Period":"YTD 2025-04-24","Region":"KZ-61","Kinds":"Event\u002BCharityAction","Body":"apk-kz-61"}""", json);
        Assert.Equal(dto, JsonSerializer.Deserialize<Dto>(json));
        Assert.Equal(dto, JsonSerializer.Deserialize<Dto>(JsonSerializer.Serialize(dto, Registered), Registered));
    }

    [Fact]
    public void Every_value_round_trips() =>
        Gen.Int[1, 3999].Select(Generators.Count, Gen.Int[0, Region.AllSince1995.Count - 1], Gen.UInt[0, 127]).Sample((n, count, region, mask) =>
        {
            RoundTrips(SessionNumber.Create(n));
            RoundTrips(count);
            RoundTrips(Region.AllSince1995[region]);
            RoundTrips(ActivityKindSet.Of(Enum.GetValues<AssemblyActivityKind>().Where(k => (mask & (1u << (int)k)) != 0).ToArray()));
            RoundTrips(ReportingPeriod.Month(1995 + (n % 106), 1 + (n % 12)));
        });

    private static void RoundTrips<T>(T value)
    {
        Assert.Equal(value, JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value)));
        Assert.Equal(value, JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Registered), Registered));
    }

    [Theory]
    [InlineData("0", "out of range")]
    [InlineData("\"0\"", "1..3999")]
    [InlineData("\"XXXXIV\"", "XXXXIV")]
    [InlineData("{\"Value\":36,\"IsDefault\":false}", "string or a number")]
    [InlineData("4000", "out of range")]
    [InlineData("1.5", "whole number")]
    public void An_invalid_session_number_is_never_read(string json, string rule)
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<SessionNumber>(json));
        Assert.Contains(rule, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"Value\":-5,\"Qualifier\":9}")]
    [InlineData("\"-5\"")]
    [InlineData("-5")]
    [InlineData("\"about\"")]
    public void An_invalid_count_is_never_read(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<QualifiedCount>(json));

    [Fact]
    public void The_exception_names_the_path_of_the_bad_field()
    {
        string json = """{"Number":"XXVII","Count":"631","Period":"2025","Region":"KZ-99","Kinds":"Event","Body":"apk"}""";
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dto>(json));
        Assert.Equal("$.Region", exception.Path);
        Assert.Contains("'KZ-99'", exception.Message, StringComparison.Ordinal);

        var badId = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dto>(json.Replace("KZ-99", "KZ-61", StringComparison.Ordinal).Replace("\"apk\"", "\"APK\"", StringComparison.Ordinal)));
        Assert.Equal("$.Body", badId.Path);
        Assert.Contains("lower-case", badId.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_default_is_never_written()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(SessionNumber)));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(Id<AssemblyBody>)));
    }

    [Fact]
    public void Ids_and_regions_are_dictionary_keys()
    {
        var byBody = new Dictionary<Id<AssemblyBody>, int> { [Id<AssemblyBody>.Parse("apk")] = 1, [Id<AssemblyBody>.Parse("apk-kz-61")] = 2 };
        string json = JsonSerializer.Serialize(byBody);
        Assert.Equal("""{"apk":1,"apk-kz-61":2}""", json);
        Assert.Equal(byBody, JsonSerializer.Deserialize<Dictionary<Id<AssemblyBody>, int>>(json));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<Id<AssemblyBody>, int>>("""{"Not An Id":1}"""));
    }

    [Fact]
    public void A_source_generated_context_uses_the_same_converters()
    {
        var dto = new Dto(SessionNumber.Create(27), QualifiedCount.MoreThan(2_000), ReportingPeriod.CalendarYear(2025), Regions.Shymkent, ActivityKindSet.Of(AssemblyActivityKind.Event), Id<AssemblyBody>.Parse("apk"));
        string json = JsonSerializer.Serialize(dto, DomainJsonContext.Default.Dto);
        Assert.Contains("\"Number\":\"XXVII\"", json, StringComparison.Ordinal);
        Assert.Equal(dto, JsonSerializer.Deserialize(json, DomainJsonContext.Default.Dto));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"Number":"0"}""", DomainJsonContext.Default.Dto));
    }

    [Fact]
    public void Value_types_parse_as_IParsable_for_route_and_query_binding()
    {
        Assert.Equal(SessionNumber.Create(27), ParseAs<SessionNumber>("XXVII"));
        Assert.Equal(QualifiedCount.About(39_000), ParseAs<QualifiedCount>("~39000"));
        Assert.Equal(Regions.Turkistan, ParseAs<Region>("KZ-61"));
        Assert.Equal(ReportingPeriod.CalendarYear(2025), ParseAs<ReportingPeriod>("2025"));
        Assert.Equal(Id<AssemblyBody>.Parse("apk"), ParseAs<Id<AssemblyBody>>("apk"));
        Assert.False(TryParseAs<SessionNumber>("0"));
    }

    private static T ParseAs<T>(string text)
        where T : IParsable<T> => T.Parse(text, null);

    private static bool TryParseAs<T>(string text)
        where T : IParsable<T> => T.TryParse(text, null, out _);
}

[JsonSerializable(typeof(JsonTests.Dto))]
internal sealed partial class DomainJsonContext : JsonSerializerContext;
