namespace IntegrationHub.Identity.State;

/// <summary>Remembers the <c>jti</c> of each client assertion until it expires, so that each assertion is accepted
/// once (RFC 7523 section 3, item 7).</summary>
public interface IClientAssertionReplayCache
{
    /// <summary>Records the assertion; false when the client already used this <c>jti</c>.</summary>
    /// <param name="clientId">The client the assertion authenticates.</param>
    /// <param name="tokenId">The assertion's <c>jti</c>.</param>
    /// <param name="forgetAfter">When the assertion can no longer be accepted anyway (its <c>exp</c> plus clock skew).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    ValueTask<bool> TryRecordFirstUseAsync(string clientId, string tokenId, DateTimeOffset forgetAfter, CancellationToken cancellationToken);
}
