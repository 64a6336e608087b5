using YamlDotNet.RepresentationModel;

namespace IntegrationHub.Policies;

/// <summary>Reads <c>catalogue.yaml</c>: the purposes and the scopes with the field coordinates each opens.</summary>
internal static class CatalogueParser
{
    public static CatalogueDefinition? Parse(PolicyFile file, PolicyErrors errors)
    {
        if (file.ReadYamlRoot(errors) is not { } root || YamlMap.From(root, file.DisplayPath, errors, "The catalogue") is not { } map)
        {
            return null;
        }

        var purposes = map.RequiredSequence("purposes")?.Select(node => ParsePurpose(node, map)).ToList();
        var scopes = map.RequiredSequence("scopes")?.Select(node => ParseScope(node, map)).ToList();
        map.RejectUnknownKeys();
        if (purposes is null || scopes is null || purposes.Contains(null) || scopes.Contains(null))
        {
            return null;
        }

        return new CatalogueDefinition(purposes!, scopes!);
    }

    private static PurposeDefinition? ParsePurpose(YamlNode node, YamlMap parent)
    {
        if (YamlMap.From(node, parent.File, parent.Errors, "A purpose") is not { } map)
        {
            return null;
        }

        var code = map.RequiredIdentifier("code");
        var description = map.RequiredText("description");
        map.RejectUnknownKeys();
        return code is { } c && description is not null ? new PurposeDefinition(c, description) : null;
    }

    private static ScopeDefinition? ParseScope(YamlNode node, YamlMap parent)
    {
        if (YamlMap.From(node, parent.File, parent.Errors, "A scope") is not { } map)
        {
            return null;
        }

        var name = map.RequiredIdentifier("name");
        var description = map.RequiredText("description");
        var sensitivity = map.RequiredChoice("sensitivity", PolicyVocabulary.Sensitivities);
        var fields = map.RequiredStringList("fields");
        map.RejectUnknownKeys();
        if (fields is not null)
        {
            foreach (var field in fields.Where(field => !PolicyVocabulary.FieldCoordinate().IsMatch(field.Value)))
            {
                map.Errors.Add(PolicyErrorCode.InvalidValue, field.Location,
                    $"\"{field.Value}\" is not a field coordinate; write Type.field, e.g. Member.nationalId.");
                fields = null;
            }
        }

        return name is { } n && description is not null && sensitivity is { } s && fields is not null
            ? new ScopeDefinition(n, description, s.Value, fields)
            : null;
    }
}
