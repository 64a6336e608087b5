using IntegrationHub.Identity.State;
using IntegrationHub.Identity.Validation;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Identity.Protocol.Handlers;

/// <summary>Revokes an access token the calling client holds (RFC 7009 section 2.1).</summary>
internal sealed class RevokeToken(AccessTokenValidator validator, IAccessTokenRevocationList revocations, IOptions<HubTokenOptions> options) : IOAuthRequestHandler
{
    public async ValueTask HandleAsync(OAuthRequestContext context)
    {
        var result = await validator.ValidateHubTokenAsync(context.Parameter("token")!, context.RequestAborted);
        var token = result.Token;

        // RFC 7009 section 2.2: an invalid token (expired, already revoked, not ours) is answered with 200, since
        // the client's purpose, that the token no longer works, is already met.
        if (token is null)
        {
            context.Complete(OAuthResponse.Ok(null));
            return;
        }

        // RFC 7009 section 2.1: the server verifies that the token was issued to the client asking, and refuses
        // otherwise, so one agency cannot cut off another.
        if (token.StringClaim(HubClaimTypes.ClientId) != context.AuthenticatedClient.ClientId)
        {
            context.Reject(OAuthError.UnauthorizedClient("The token was issued to another client; a client may revoke only its own tokens."));
            return;
        }

        var forgetAfter = new DateTimeOffset(token.ValidTo, TimeSpan.Zero) + options.Value.ClockSkew;
        await revocations.RevokeAsync(token.Id, forgetAfter, context.RequestAborted);
        context.Complete(OAuthResponse.Ok(null));
    }
}
