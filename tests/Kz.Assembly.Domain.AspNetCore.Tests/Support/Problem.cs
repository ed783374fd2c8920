using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace Kz.Assembly.Domain.AspNetCore.Tests.Support;

/// <summary>Reads a response that must be an RFC 9457 problem, and returns its whole text for assertions.</summary>
internal static class Problem
{
    public static async Task<(JsonElement Json, string Text)> ReadAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonElement json = JsonDocument.Parse(text).RootElement;
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        Assert.DoesNotContain("   at ", text, System.StringComparison.Ordinal);
        return (json, text);
    }
}
