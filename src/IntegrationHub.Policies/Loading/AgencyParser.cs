using YamlDotNet.RepresentationModel;

namespace IntegrationHub.Policies;

/// <summary>Reads <c>agencies.yaml</c> (agencies, each with its clients) and <c>dev-clients.yaml</c> (demo clients,
/// each naming its agency).</summary>
internal static class AgencyParser
{
    public static (IReadOnlyList<AgencyDefinition> Agencies, IReadOnlyList<ClientDefinition> Clients)? ParseAgencies(PolicyFile file, PolicyErrors errors)
    {
        if (file.ReadYamlRoot(errors) is not { } root || YamlMap.From(root, file.DisplayPath, errors, "The agency list") is not { } map)
        {
            return null;
        }

        var agencies = new List<AgencyDefinition>();
        var clients = new List<ClientDefinition>();
        var items = map.RequiredSequence("agencies");
        var complete = items is not null;
        foreach (var node in items ?? [])
        {
            complete &= ParseAgency(node, map, agencies, clients);
        }

        map.RejectUnknownKeys();
        return complete ? (agencies, clients) : null;
    }

    public static IReadOnlyList<ClientDefinition>? ParseDevelopmentClients(PolicyFile file, PolicyErrors errors)
    {
        if (file.ReadYamlRoot(errors) is not { } root || YamlMap.From(root, file.DisplayPath, errors, "The demo client list") is not { } map)
        {
            return null;
        }

        var clients = map.RequiredSequence("clients")?
            .Select(node => YamlMap.From(node, map.File, errors, "A client") is { } client
                ? ParseClient(client, client.RequiredIdentifier("agency"), isDevelopmentOnly: true)
                : null)
            .ToList();
        map.RejectUnknownKeys();
        return clients is null || clients.Contains(null) ? null : clients.OfType<ClientDefinition>().ToList();
    }

    private static bool ParseAgency(YamlNode node, YamlMap parent, List<AgencyDefinition> agencies, List<ClientDefinition> clients)
    {
        if (YamlMap.From(node, parent.File, parent.Errors, "An agency") is not { } map)
        {
            return false;
        }

        var code = map.RequiredIdentifier("code");
        var name = map.RequiredText("name");
        var kind = map.RequiredChoice("kind", PolicyVocabulary.AgencyKinds);
        var ownClients = map.OptionalSequence("clients")
            .Select(item => YamlMap.From(item, map.File, map.Errors, "A client") is { } client && code is { } owner
                ? ParseClient(client, owner, isDevelopmentOnly: false)
                : null)
            .ToList();
        map.RejectUnknownKeys();
        if (code is not { } c || name is null || kind is not { } k || ownClients.Contains(null))
        {
            return false;
        }

        agencies.Add(new AgencyDefinition(c, name, k.Value));
        clients.AddRange(ownClients!);
        return true;
    }

    private static ClientDefinition? ParseClient(YamlMap map, Located<string>? agency, bool isDevelopmentOnly)
    {
        var id = map.RequiredIdentifier("id");
        var authentication = map.RequiredChoice("authentication", PolicyVocabulary.AuthenticationMethods);
        var secretHash = map.OptionalString("secret-hash");
        var keys = map.OptionalSequence("jwks").Select(node => ParseJwk(node, map)).ToList();
        map.RejectUnknownKeys();
        return id is { } i && agency is { } a && authentication is { } auth && !keys.Contains(null)
            ? new ClientDefinition(i, a, auth, secretHash, keys!, isDevelopmentOnly)
            : null;
    }

    /// <summary>A JWK as a flat mapping of its members; the validator judges the members.</summary>
    private static JwkDefinition? ParseJwk(YamlNode node, YamlMap parent)
    {
        if (YamlMap.From(node, parent.File, parent.Errors, "A JSON Web Key") is not { } map)
        {
            return null;
        }

        var members = new Dictionary<string, Located<string>>(StringComparer.Ordinal);
        foreach (var (key, value) in ((YamlMappingNode)node).Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (map.Scalar(value, name) is { } member)
            {
                members[name] = member;
            }
        }

        return members.Count == ((YamlMappingNode)node).Children.Count ? new JwkDefinition(members, map.Location) : null;
    }
}
