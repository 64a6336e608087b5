using FluentValidation;

namespace IntegrationHub.Policies;

/// <summary>Checks one client: a known agency, and credentials that fit its authentication method.</summary>
internal sealed class ClientValidator : AbstractValidator<ClientDefinition>
{
    public ClientValidator(IReadOnlySet<string> agencyCodes)
    {
        RuleFor(client => client.AgencyCode)
            .Must(agency => agencyCodes.Contains(agency.Value))
            .Reject(PolicyErrorCode.UnknownAgency, (client, agency) => $"Client \"{client.Id.Value}\" names the unknown agency \"{agency.Value}\".");
        RuleFor(client => client).Custom(ReportCredentialMismatch);
        RuleForEach(client => client.Keys).SetValidator(new JwkValidator());
        RuleFor(client => client.Keys).Custom((keys, context) => context.ReportDuplicates(
            keys.Where(key => key.Members.ContainsKey("kid")).Select(key => key.Members["kid"]), "key id"));
    }

    private static void ReportCredentialMismatch(ClientDefinition client, ValidationContext<ClientDefinition> context)
    {
        var method = client.Authentication;
        if (method.Value == ClientAuthenticationMethod.PrivateKeyJwt)
        {
            // RFC 7523 section 3: the server verifies the assertion with the client's registered public keys.
            if (client.Keys.Count == 0)
            {
                context.Report(PolicyErrorCode.InvalidCredentials, method.Location,
                    $"Client \"{client.Id.Value}\" authenticates with private_key_jwt and so needs \"jwks\" with its public keys.");
            }

            if (client.SecretHash is { } stray)
            {
                context.Report(PolicyErrorCode.InvalidCredentials, stray.Location,
                    $"Client \"{client.Id.Value}\" authenticates with private_key_jwt; remove its \"secret-hash\".");
            }

            return;
        }

        if (client.SecretHash is not { } hash)
        {
            context.Report(PolicyErrorCode.InvalidCredentials, method.Location,
                $"Client \"{client.Id.Value}\" authenticates with a client secret and so needs \"secret-hash\".");
        }
        else if (ClientSecretHash.Problem(hash.Value) is { } problem)
        {
            context.Report(PolicyErrorCode.InvalidCredentials, hash.Location,
                $"The secret hash of client \"{client.Id.Value}\" is malformed: {problem}.");
        }

        if (client.Keys.Count > 0)
        {
            context.Report(PolicyErrorCode.InvalidCredentials, client.Keys[0].Location,
                $"Client \"{client.Id.Value}\" authenticates with a client secret; remove its \"jwks\".");
        }
    }
}
