namespace IntegrationHub.Identity.Protocol.Handlers;

/// <summary>Rejects an introspection or revocation request that does not say which token it is about.</summary>
internal sealed class RequireTokenParameter : IOAuthRequestHandler
{
    // RFC 7662 section 2.1 and RFC 7009 section 2.1: token is REQUIRED.
    public ValueTask HandleAsync(OAuthRequestContext context)
    {
        if (context.Parameter("token") is null)
        {
            context.Reject(OAuthError.InvalidRequest("Parameter 'token' is missing."));
        }

        return ValueTask.CompletedTask;
    }
}
