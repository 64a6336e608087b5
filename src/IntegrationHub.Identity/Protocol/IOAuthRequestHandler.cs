namespace IntegrationHub.Identity.Protocol;

/// <summary>One step of an OAuth endpoint request: it either lets the request go on, or decides its response
/// (usually a rejection with one RFC error code).</summary>
internal interface IOAuthRequestHandler
{
    ValueTask HandleAsync(OAuthRequestContext context);
}
