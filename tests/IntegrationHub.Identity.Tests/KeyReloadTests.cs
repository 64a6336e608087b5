using System.Net;
using System.Text.Json;
using IntegrationHub.Identity.Keys;
using IntegrationHub.Identity.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace IntegrationHub.Identity.Tests;

/// <summary>The running hub follows its key folder: a key that <c>keys rotate</c> (another process, with a key ring
/// of its own over the same folder) adds signs new tokens within the reload interval, the keys before it keep
/// validating their tokens, and a bad change to the folder never stops the hub.</summary>
public sealed class KeyReloadTests
{
    private static readonly TimeSpan ReloadInterval = new HubTokenOptions().KeyReloadInterval;

    /// <summary>What <c>keys rotate</c> does: a key ring of its own, built from the same settings, over the same folder.</summary>
    private static SigningKeyRing RingOfAnotherProcess(TestHub hub) => ActivatorUtilities.CreateInstance<SigningKeyRing>(hub.Services);

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

    private static async Task StopAsync(TestHub hub)
    {
        await hub.DisposeAsync();
        hub.DeleteContentRoot();
    }

    [Fact]
    public async Task RotateByAnotherProcess_WithinReloadInterval_NewTokensCarryNewKidAndOldTokensStillValidate()
    {
        var hub = await TestHub.StartAsync();
        try
        {
            // A minute on, so the keys' creation times differ; the token request makes the hub look at the folder.
            hub.Clock.Advance(TimeSpan.FromMinutes(1));
            var oldToken = await hub.TokenForBasicClientAsync();
            var oldKid = new JsonWebToken(oldToken).Kid;

            var newKey = RingOfAnotherProcess(hub).Rotate();

            // Until the hub looks at the folder again it signs with the key it has.
            Assert.Equal(oldKid, new JsonWebToken(await hub.TokenForBasicClientAsync()).Kid);
            hub.Clock.Advance(ReloadInterval);
            var newToken = await hub.TokenForBasicClientAsync();
            Assert.Equal(newKey.KeyId, new JsonWebToken(newToken).Kid);
            Assert.NotEqual(oldKid, newKey.KeyId);
            Assert.Equal([oldKid, newKey.KeyId], await PublishedKeyIdsAsync(hub));
            Assert.Equal(HttpStatusCode.OK, await CallStatusAsync(hub, oldToken));
            Assert.Equal(HttpStatusCode.OK, await CallStatusAsync(hub, newToken));

            // The old key leaves the JWKS, and stops validating, once its last token has expired.
            hub.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(30));
            Assert.Equal([newKey.KeyId], await PublishedKeyIdsAsync(hub));
        }
        finally
        {
            await StopAsync(hub);
        }
    }

    [Fact]
    public async Task TokenSignedWithKeyNotYetLoaded_AnotherInstanceAlreadyUsesIt_IsValidatedWithoutWaitingForTheInterval()
    {
        var hub = await TestHub.StartAsync();
        try
        {
            hub.Clock.Advance(TimeSpan.FromMinutes(1));
            Assert.Single(await PublishedKeyIdsAsync(hub));
            // Another hub instance sharing the folder has picked up a rotation and signs with the new key.
            var otherInstance = RingOfAnotherProcess(hub);
            var newKey = otherInstance.Rotate();
            var token = ForgedTokens.Sign(hub, signWith: otherInstance.Current.SigningCredentials);
            hub.Clock.Advance(TimeSpan.FromSeconds(1));

            Assert.Equal(HttpStatusCode.OK, await CallStatusAsync(hub, token));
            Assert.Contains(newKey.KeyId, await PublishedKeyIdsAsync(hub));
        }
        finally
        {
            await StopAsync(hub);
        }
    }

    [Fact]
    public async Task TokensWithMadeUpKids_ManyWithinOneSecond_AreRefusedAndLookAtTheFolderOnce()
    {
        var hub = await TestHub.StartAsync();
        try
        {
            var stranger = new ClientKey("stranger");
            hub.Clock.Advance(TimeSpan.FromSeconds(1));
            Assert.Equal(HttpStatusCode.Unauthorized, await CallStatusAsync(hub, ForgedTokens.Sign(hub, signWith: stranger.SigningCredentials)));

            // A key written now is not seen by the next made-up kid within the same second, but is a second later.
            var newKey = RingOfAnotherProcess(hub).Rotate();
            Assert.Equal(HttpStatusCode.Unauthorized, await CallStatusAsync(hub, ForgedTokens.Sign(hub, signWith: stranger.SigningCredentials)));
            Assert.DoesNotContain(newKey.KeyId, await PublishedKeyIdsAsync(hub));
            hub.Clock.Advance(TimeSpan.FromSeconds(1));
            Assert.Equal(HttpStatusCode.Unauthorized, await CallStatusAsync(hub, ForgedTokens.Sign(hub, signWith: stranger.SigningCredentials)));
            Assert.Contains(newKey.KeyId, await PublishedKeyIdsAsync(hub));
        }
        finally
        {
            await StopAsync(hub);
        }
    }

    [Fact]
    public async Task RotateWithinTheSameInstant_NewKeyStaysCurrentAfterReload()
    {
        var hub = await TestHub.StartAsync();
        try
        {
            // The folder orders keys by creation time; a key made while the clock stands still must still sort last.
            var newKey = hub.Services.GetRequiredService<SigningKeyRing>().Rotate();
            hub.Clock.Advance(ReloadInterval);

            Assert.Equal(newKey.KeyId, new JsonWebToken(await hub.TokenForBasicClientAsync()).Kid);
        }
        finally
        {
            await StopAsync(hub);
        }
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"algorithm":"HS256","created":"2026-01-01T00:00:00Z","privateKey":"x"}""")]
    public async Task CorruptKeyFileAddedWhileRunning_KeepsTheLoadedKeys(string content)
    {
        var hub = await TestHub.StartAsync();
        try
        {
            var kid = Assert.Single(await PublishedKeyIdsAsync(hub));
            var file = Path.Combine(hub.KeyFolder, "dropped.json");
            File.WriteAllText(file, content);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            hub.Clock.Advance(ReloadInterval);

            var token = await hub.TokenForBasicClientAsync();
            Assert.Equal(kid, new JsonWebToken(token).Kid);
            Assert.Equal([kid], await PublishedKeyIdsAsync(hub));
            Assert.Equal(HttpStatusCode.OK, await CallStatusAsync(hub, token));
        }
        finally
        {
            await StopAsync(hub);
        }
    }

    [Fact]
    public async Task KeyFolderEmptiedWhileRunning_KeepsTheLoadedKeysAndCreatesNone()
    {
        var hub = await TestHub.StartAsync();
        try
        {
            var kid = Assert.Single(await PublishedKeyIdsAsync(hub));
            var token = await hub.TokenForBasicClientAsync();
            File.Delete(Assert.Single(Directory.GetFiles(hub.KeyFolder)));

            hub.Clock.Advance(ReloadInterval);

            Assert.Equal(kid, new JsonWebToken(await hub.TokenForBasicClientAsync()).Kid);
            Assert.Equal(HttpStatusCode.OK, await CallStatusAsync(hub, token));
            Assert.Empty(Directory.GetFiles(hub.KeyFolder));
        }
        finally
        {
            await StopAsync(hub);
        }
    }
}
