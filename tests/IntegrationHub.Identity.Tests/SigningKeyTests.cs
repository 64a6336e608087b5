using System.Net;
using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IntegrationHub.Identity.Keys;
using IntegrationHub.Identity.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Identity.Tests;

/// <summary>The signing keys: created and stored on first start, identified by their RFC 7638 thumbprint, rotated on
/// command, and published until the last token they signed has expired.</summary>
public sealed class SigningKeyTests
{
    private static async Task<string[]> PublishedKeyIdsAsync(TestHub hub)
    {
        var jwks = JsonDocument.Parse(await hub.Http.GetStringAsync(HubTokenServerPaths.Jwks)).RootElement;
        return jwks.GetProperty("keys").EnumerateArray().Select(key => key.GetProperty("kid").GetString()!).ToArray();
    }

    private static async Task<HttpStatusCode> CallStatusAsync(TestHub hub, string token)
    {
        using var response = await hub.CallAsync(token);
        return response.StatusCode;
    }

    private static async Task StopAsync(TestHub hub, bool deleteFolder = true)
    {
        await hub.DisposeAsync();
        if (deleteFolder)
        {
            hub.DeleteContentRoot();
        }
    }

    [Fact]
    public async Task FirstStart_CreatesOneOwnerOnlyKeyFileNamedByItsThumbprint()
    {
        var hub = await TestHub.StartAsync();
        try
        {
            var file = Assert.Single(Directory.GetFiles(hub.KeyFolder));
            var kid = Assert.Single(await PublishedKeyIdsAsync(hub));
            Assert.Equal(kid + ".json", Path.GetFileName(file));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(hub.KeyFolder));
            }
        }
        finally
        {
            await StopAsync(hub);
        }
    }

    [Fact]
    public async Task PublishedKey_KeyId_IsRfc7638Thumbprint()
    {
        var hub = await TestHub.StartAsync();
        try
        {
            var jwk = JsonDocument.Parse(await hub.Http.GetStringAsync(HubTokenServerPaths.Jwks)).RootElement.GetProperty("keys")[0];

            // RFC 7638 section 3.2: the required members in lexicographic order, no whitespace, then SHA-256.
            var canonical = $$"""{"crv":"{{jwk.GetProperty("crv")}}","kty":"{{jwk.GetProperty("kty")}}","x":"{{jwk.GetProperty("x")}}","y":"{{jwk.GetProperty("y")}}"}""";
            var thumbprint = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
            Assert.Equal(thumbprint, jwk.GetProperty("kid").GetString());
        }
        finally
        {
            await StopAsync(hub);
        }
    }

    [Fact]
    public async Task Jwks_PublishesOnlyPublicMembers()
    {
        var hub = await TestHub.StartAsync((settings, _) => settings["Hub:Tokens:SigningAlgorithm"] = "RS256");
        try
        {
            using var response = await hub.Http.GetAsync(HubTokenServerPaths.Jwks);
            Assert.Equal("application/jwk-set+json", response.Content.Headers.ContentType?.MediaType);
            var key = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("keys")[0];

            Assert.Equal(["alg", "e", "kid", "kty", "n", "use"], key.EnumerateObject().Select(member => member.Name).Order());
            Assert.Equal("RSA", key.GetProperty("kty").GetString());
            Assert.Equal("RS256", key.GetProperty("alg").GetString());
            Assert.Equal(3072 / 8, Base64UrlEncoder.DecodeBytes(key.GetProperty("n").GetString()).Length);
        }
        finally
        {
            await StopAsync(hub);
        }
    }

    [Fact]
    public async Task Rs256Hub_IssuesTokensItValidates()
    {
        var hub = await TestHub.StartAsync((settings, _) => settings["Hub:Tokens:SigningAlgorithm"] = "RS256");
        try
        {
            var token = await hub.TokenForBasicClientAsync();

            Assert.Equal("RS256", new JsonWebToken(token).Alg);
            Assert.Equal(HttpStatusCode.OK, await CallStatusAsync(hub, token));
        }
        finally
        {
            await StopAsync(hub);
        }
    }

    [Fact]
    public async Task Restart_WithSameKeyFolder_KeepsKeyAndEarlierTokensStayValid()
    {
        var clock = new ManualClock();
        var first = await TestHub.StartAsync(clock: clock);
        var kid = Assert.Single(await PublishedKeyIdsAsync(first));
        var token = await first.TokenForBasicClientAsync();
        await StopAsync(first, deleteFolder: false);

        var second = await TestHub.StartAsync(contentRoot: first.ContentRoot, clock: clock);
        try
        {
            Assert.Equal([kid], await PublishedKeyIdsAsync(second));
            // The token's issuer names the first hub's port; what must survive is the key, so check the signature.
            var keys = second.Services.GetRequiredService<SigningKeyRing>().Published.Select(key => key.PublicKey);
            var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
            {
                ValidateIssuer = false,
                ValidateAudience = false,
                ValidateLifetime = false,
                IssuerSigningKeys = keys,
            });
            Assert.True(result.IsValid, result.Exception?.Message);
        }
        finally
        {
            await StopAsync(second);
        }
    }

    [Fact]
    public async Task Rotate_NewTokensUseNewKeyAndEarlierTokensStayValidUntilTheyExpire()
    {
        var hub = await TestHub.StartAsync();
        try
        {
            var ring = hub.Services.GetRequiredService<SigningKeyRing>();
            var oldKid = ring.Current.KeyId;
            var oldToken = await hub.TokenForBasicClientAsync();
            hub.Clock.Advance(TimeSpan.FromMinutes(1));

            var newKey = ring.Rotate();

            var newToken = await hub.TokenForBasicClientAsync();
            Assert.Equal(newKey.KeyId, new JsonWebToken(newToken).Kid);
            Assert.NotEqual(oldKid, newKey.KeyId);
            Assert.Equal([oldKid, newKey.KeyId], await PublishedKeyIdsAsync(hub));
            Assert.Equal(HttpStatusCode.OK, await CallStatusAsync(hub, oldToken));
            Assert.Equal(2, Directory.GetFiles(hub.KeyFolder).Length);

            // The old key signed its last token just before rotation; once that token's lifetime and the clock skew
            // have passed, the key leaves the JWKS.
            hub.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(30));
            Assert.Equal([newKey.KeyId], await PublishedKeyIdsAsync(hub));
            Assert.Equal(HttpStatusCode.OK, await CallStatusAsync(hub, await hub.TokenForBasicClientAsync()));
        }
        finally
        {
            await StopAsync(hub);
        }
    }

    [Fact]
    public async Task Rotate_AfterOldKeyRetired_DeletesItsFile()
    {
        var hub = await TestHub.StartAsync();
        try
        {
            var ring = hub.Services.GetRequiredService<SigningKeyRing>();
            var first = ring.Current;
            var second = ring.Rotate();
            hub.Clock.Advance(TimeSpan.FromMinutes(11));

            var third = ring.Rotate();

            string[] remaining = [second.KeyId + ".json", third.KeyId + ".json"];
            Assert.Equal(remaining.Order(), Directory.GetFiles(hub.KeyFolder).Select(Path.GetFileName).Order());
            Assert.DoesNotContain(first.KeyId, await PublishedKeyIdsAsync(hub));
        }
        finally
        {
            await StopAsync(hub);
        }
    }

    [Fact]
    [UnsupportedOSPlatform("windows")] // Unix permissions
    public async Task Start_KeyFileReadableByOthers_FailsNamingTheFile()
    {
        var first = await TestHub.StartAsync();
        var file = Assert.Single(Directory.GetFiles(first.KeyFolder));
        await StopAsync(first, deleteFolder: false);
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        try
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TestHub.StartAsync(contentRoot: first.ContentRoot));

            Assert.Contains(file, error.Message);
            Assert.Contains("chmod 600", error.Message);
        }
        finally
        {
            first.DeleteContentRoot();
        }
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"algorithm":"HS256","created":"2026-01-01T00:00:00Z","privateKey":"x"}""")]
    [InlineData("""{"algorithm":"ES256","created":"2026-01-01T00:00:00Z","privateKey":"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"}""")]
    public async Task Start_CorruptKeyFile_FailsNamingTheFile(string content)
    {
        var contentRoot = Directory.CreateTempSubdirectory("hub-identity-tests-").FullName;
        var folder = Path.Combine(contentRoot, "data", "keys");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "broken.json");
        File.WriteAllText(file, content);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        try
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TestHub.StartAsync(contentRoot: contentRoot));

            Assert.Contains(file, error.Message);
        }
        finally
        {
            Directory.Delete(contentRoot, recursive: true);
        }
    }

    [Fact]
    public async Task Start_InvalidSettings_FailsWithOptionsValidationError()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            TestHub.StartAsync((settings, _) => settings["Hub:Tokens:Issuer"] = "http://hub.example.go.th"));

        Assert.Contains("Hub:Tokens:Issuer", error.Message);
    }
}
