namespace IntegrationHub.Policies;

/// <summary>How a client authenticates at the token endpoint: the registered values of
/// <c>token_endpoint_auth_method</c> (RFC 7591, section 2) that the hub accepts.</summary>
public enum ClientAuthenticationMethod
{
    /// <summary><c>client_secret_basic</c>: the secret in an HTTP Basic header (RFC 6749, section 2.3.1).</summary>
    ClientSecretBasic,

    /// <summary><c>client_secret_post</c>: the secret in the request body (RFC 6749, section 2.3.1).</summary>
    ClientSecretPost,

    /// <summary><c>private_key_jwt</c>: a JWT assertion signed with the client's private key (RFC 7523, section 2.2;
    /// OpenID Connect Core 1.0, section 9). The policy holds only the public keys.</summary>
    PrivateKeyJwt,
}

/// <summary>The registry names of <see cref="ClientAuthenticationMethod"/> values.</summary>
public static class ClientAuthenticationMethodNames
{
    /// <summary>The registry name of a method, as it appears in metadata and policy files.</summary>
    public static string Name(this ClientAuthenticationMethod method) => method switch
    {
        ClientAuthenticationMethod.ClientSecretBasic => "client_secret_basic",
        ClientAuthenticationMethod.ClientSecretPost => "client_secret_post",
        ClientAuthenticationMethod.PrivateKeyJwt => "private_key_jwt",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown client authentication method."),
    };
}
