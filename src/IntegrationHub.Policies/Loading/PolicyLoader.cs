using System.Text.Json;

namespace IntegrationHub.Policies;

/// <summary>Loads a policy folder into a <see cref="PolicySet"/>, or reports every error with its file, line and
/// column. Two passes: first each file is parsed on its own (form, keys, value syntax); only when every file parses
/// are the rules that span files checked (references, duplicates, overlaps), so that one broken file does not bury
/// its own error under the errors it causes elsewhere.</summary>
public sealed class PolicyLoader
{
    private readonly PolicyLoadOptions _options;

    /// <summary>A loader for one environment and, once it exists, one schema.</summary>
    public PolicyLoader(PolicyLoadOptions options) => _options = options;

    /// <summary>Loads <paramref name="folder"/>.</summary>
    public PolicyLoadResult Load(string folder)
    {
        var errors = new PolicyErrors();
        var files = PolicyFolder.Read(folder, _options.Environment, errors);
        var definitions = Parse(files, errors);
        if (errors.Any || definitions is null)
        {
            return PolicyLoadResult.Invalid(errors.All);
        }

        var validation = new PolicyDefinitionsValidator(_options.Schema).Validate(definitions);
        if (!validation.IsValid)
        {
            return PolicyLoadResult.Invalid(validation.ToPolicyErrors());
        }

        var hash = PolicySetHasher.Compute(files.Files.ToDictionary(file => file.Key, file => file.Value.Content, StringComparer.Ordinal));
        return PolicyLoadResult.Valid(Build(definitions, hash, files.Files.Keys.Order(StringComparer.Ordinal).ToList()));
    }

    private static PolicyDefinitions? Parse(PolicyFolder folder, PolicyErrors errors)
    {
        var catalogue = folder.Catalogue is { } catalogueFile ? CatalogueParser.Parse(catalogueFile, errors) : null;
        var agencies = folder.Agencies is { } agenciesFile ? AgencyParser.ParseAgencies(agenciesFile, errors) : null;
        var demoClients = folder.DevelopmentClients is { } devFile ? AgencyParser.ParseDevelopmentClients(devFile, errors) : [];
        var annexDocuments = folder.AnnexDocuments;
        var mous = folder.Mous.Select(file => MouParser.Parse(file, annexDocuments, errors)).ToList();
        if (catalogue is null || agencies is not { } parsed || demoClients is null || mous.Contains(null))
        {
            return null;
        }

        return new PolicyDefinitions(catalogue, parsed.Agencies, [.. parsed.Clients, .. demoClients], mous!);
    }

    private static PolicySet Build(PolicyDefinitions definitions, string hash, IReadOnlyList<string> files)
    {
        var catalogue = new ScopeCatalogue(
            definitions.Catalogue.Scopes.Select(scope => new Scope(
                scope.Name.Value, scope.Description, scope.Sensitivity, scope.Fields.Select(field => field.Value).ToList())),
            definitions.Catalogue.Purposes.Select(purpose => new Purpose(purpose.Code.Value, purpose.Description)));
        var agencies = definitions.Agencies.Select(agency => new Agency(agency.Code.Value, agency.Name, agency.Kind));
        var clients = definitions.Clients.Select(client => new Client(
            client.Id.Value,
            client.AgencyCode.Value,
            client.Authentication.Value,
            client.SecretHash?.Value,
            client.Keys.Select(ToPublicKey).ToList(),
            client.IsDevelopmentOnly));
        var mous = definitions.Mous.Select(mou => new Mou(
            mou.Id.Value,
            mou.Title,
            Values(mou.Parties),
            mou.Grantee.Value,
            mou.Signed.Value,
            mou.EffectiveFrom.Value,
            mou.EffectiveTo.Value,
            Values(mou.Purposes),
            mou.LegalBases.Select(basis => LegalBasis.Find(basis.Value)!).ToList(),
            Values(mou.Scopes),
            mou.Area,
            mou.Masks.Select(mask => mask.Value).ToList(),
            mou.Annex.Select(entry => entry.Operation).ToList(),
            mou.RateLimit,
            mou.DeniedFields,
            mou.File));
        return new PolicySet(catalogue, agencies, clients, mous, hash, files);
    }

    private static List<string> Values(IEnumerable<Located<string>> values) => values.Select(value => value.Value).ToList();

    private static PublicJsonWebKey ToPublicKey(JwkDefinition key)
    {
        var members = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in key.Members)
        {
            members[name] = value.Value;
        }

        return new PublicJsonWebKey(members["kid"], members["kty"], JsonSerializer.Serialize(members));
    }
}
