using System.Text.RegularExpressions;

namespace IntegrationHub.Policies;

/// <summary>The spellings policy files use for enumerations and the forms their codes must have.</summary>
internal static partial class PolicyVocabulary
{
    public static readonly IReadOnlyDictionary<string, Sensitivity> Sensitivities = new Dictionary<string, Sensitivity>(StringComparer.Ordinal)
    {
        ["general"] = Sensitivity.General,
        ["personal"] = Sensitivity.Personal,
        ["sensitive"] = Sensitivity.Sensitive,
    };

    public static readonly IReadOnlyDictionary<string, AgencyKind> AgencyKinds = new Dictionary<string, AgencyKind>(StringComparer.Ordinal)
    {
        ["ministry"] = AgencyKind.Ministry,
        ["public-organisation"] = AgencyKind.PublicOrganisation,
        ["provincial-office"] = AgencyKind.ProvincialOffice,
        ["local-administration"] = AgencyKind.LocalAdministration,
        ["foundation"] = AgencyKind.Foundation,
        ["oversight"] = AgencyKind.Oversight,
    };

    /// <summary>The spelling of <paramref name="method"/> in policy files.</summary>
    public static string Spelling(ClientAuthenticationMethod method) => AuthenticationMethods.Single(pair => pair.Value == method).Key;

    /// <summary>The <c>token_endpoint_auth_method</c> values of RFC 7591, section 2, that the hub supports.</summary>
    public static readonly IReadOnlyDictionary<string, ClientAuthenticationMethod> AuthenticationMethods =
        new Dictionary<string, ClientAuthenticationMethod>(StringComparer.Ordinal)
        {
            ["client_secret_basic"] = ClientAuthenticationMethod.ClientSecretBasic,
            ["client_secret_post"] = ClientAuthenticationMethod.ClientSecretPost,
            ["private_key_jwt"] = ClientAuthenticationMethod.PrivateKeyJwt,
        };

    /// <summary>A field coordinate <c>Type.field</c>, both parts GraphQL Names (GraphQL spec, section 2.1.9).</summary>
    [GeneratedRegex("^[_A-Za-z][_0-9A-Za-z]*\\.[_A-Za-z][_0-9A-Za-z]*$")]
    public static partial Regex FieldCoordinate();

    /// <summary>Identifiers of scopes, purposes, agencies, clients and MOUs: letters, digits, '.', '-' and '_'.</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    public static partial Regex Identifier();

    [GeneratedRegex("^keep-(last|first)-([1-9][0-9]?)$")]
    public static partial Regex KeepMask();
}
