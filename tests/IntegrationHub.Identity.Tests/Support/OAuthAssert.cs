using System.Net;
using System.Text.Json;

namespace IntegrationHub.Identity.Tests.Support;

/// <summary>Assertions on OAuth endpoint responses.</summary>
internal static class OAuthAssert
{
    /// <summary>Asserts an RFC 6749 section 5.2 error response and returns its description.</summary>
    public static async Task<string> ErrorAsync(HttpResponseMessage response, HttpStatusCode status, string error)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal(error, json.GetProperty("error").GetString());
        var description = json.GetProperty("error_description").GetString()!;
        Assert.DoesNotContain(description, c => c is < ' ' or > '~' or '"' or '\\');
        if (status == HttpStatusCode.Unauthorized)
        {
            Assert.StartsWith("Basic", response.Headers.WwwAuthenticate.ToString());
        }

        return description;
    }

    public static async Task<JsonElement> SuccessAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"expected 200, got {(int)response.StatusCode}: {body}");
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return JsonDocument.Parse(body).RootElement;
    }
}
