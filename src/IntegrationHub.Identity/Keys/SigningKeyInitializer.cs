using Microsoft.Extensions.Hosting;

namespace IntegrationHub.Identity.Keys;

/// <summary>Loads (or, on first start, creates) the signing keys when the host starts, so that a missing or
/// unreadable key folder stops the hub at start-up rather than at its first token request.</summary>
internal sealed class SigningKeyInitializer(SigningKeyRing keyRing) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        keyRing.EnsureLoaded();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
