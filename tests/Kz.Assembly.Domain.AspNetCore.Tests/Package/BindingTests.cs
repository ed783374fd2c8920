using System;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using CsCheck;
using Kz.Assembly.Domain.AspNetCore.Tests.Support;
using Kz.Assembly.Domain.Periods;
using NodaTime;

namespace Kz.Assembly.Domain.AspNetCore.Tests.Package;

/// <summary>Route and query values bind by the JSON rules: what JSON accepts binds to the same value, what it refuses
/// is a problem naming the value and the rule.</summary>
public sealed class BindingTests : IAsyncLifetime
{
    private TestApp app = null!;

    public async Task InitializeAsync() => app = await TestApp.StartAsync(_ => { });

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public void Any_period_binds_from_its_text_to_the_value_json_reads() =>
        Gen.Int[1995, 2100].Select(Gen.Int[0, 4], Gen.Int[1, 12], Gen.Int[0, 400]).Sample(t =>
        {
            (int year, int shape, int month, int days) = t;
            var start = new LocalDate(year, month, 1);
            ReportingPeriod period = shape switch
            {
                0 => ReportingPeriod.CalendarYear(year),
                1 => ReportingPeriod.Quarter(year, ((month - 1) / 3) + 1),
                2 => ReportingPeriod.Month(year, month),
                3 => ReportingPeriod.YearToDate(start.PlusDays(Math.Min(days, 27))),
                _ => ReportingPeriod.Custom(start, LocalDate.Min(start.PlusDays(days), new LocalDate(2100, 12, 31))),
            };
            string json = app.Client.GetStringAsync("/values/period?value=" + Uri.EscapeDataString(period.ToString())).GetAwaiter().GetResult();
            Assert.Equal(JsonSerializer.Serialize(period.ToString()), json);
        }, iter: 60);

    [Theory]
    [InlineData("/values/date?value=2025-04-24", "\"2025-04-24\"")]
    [InlineData("/values/region/KZ-61", "\"KZ-61\"")]
    [InlineData("/values/body/apk-kz-61", "\"apk-kz-61\"")]
    [InlineData("/values/session?value=XXVII", "\"XXVII\"")]
    [InlineData("/values/count?value=~39000", "\"~39000\"")]
    [InlineData("/values/kind?value=CharityAction", "\"CharityAction\"")]
    public async Task Each_value_type_binds_and_is_written_back_as_json_writes_it(string url, string expected) =>
        Assert.Equal(expected, await app.Client.GetStringAsync(new Uri(url, UriKind.Relative)));

    [Theory]
    [InlineData("/values/date?value=2025-02-30", "value", "2025-02-30")]
    [InlineData("/values/date?value=24.04.2025", "value", "24.04.2025")]
    [InlineData("/values/region/Turkistan", "value", "'Turkistan'")]
    [InlineData("/values/body/Bad%20Id!", "value", "'Bad Id!'")]
    [InlineData("/values/session?value=0", "value", "0")]
    [InlineData("/values/kind?value=1", "value", "'1'")]
    [InlineData("/values/kind?value=Party", "value", "'Party'")]
    public async Task A_value_json_refuses_is_refused_here_naming_it(string url, string parameter, string named)
    {
        var (json, _) = await Problem.ReadAsync(await app.Client.GetAsync(new Uri(url, UriKind.Relative)), HttpStatusCode.BadRequest);
        Assert.Contains(named, json.GetProperty("errors").GetProperty(parameter)[0].GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_optional_value_not_given_stays_null() =>
        Assert.Equal(HttpStatusCode.NoContent, (await app.Client.GetAsync(new Uri("/values/period", UriKind.Relative))).StatusCode);
}
