using System.Text.Json;
using IntegrationHub.Access;
using IntegrationHub.Api;
using IntegrationHub.Data.Seeding;
using IntegrationHub.Policies;
using IntegrationHub.Testing;

namespace IntegrationHub.Tests.Access.Table;

/// <summary>Runs the whole table once: one hub over <see cref="ScenarioPolicies"/>, one request per scenario that
/// selects every guarded Query/Type coordinate (one per withheld scope for <see cref="AccessScenario.ScopeNotGranted"/>),
/// then the audit events of every scenario client read back as the auditor. The table's rows only look results up.</summary>
public sealed class GuardedFieldTableFixture : IAsyncLifetime
{
    private const string Development = "--environment=Development";

    private static readonly AccessScenario[] WholeDocumentScenarios =
    [
        AccessScenario.Granted, AccessScenario.OutsideArea, AccessScenario.MouExpired,
        AccessScenario.MouNotYetInForce, AccessScenario.PurposeMissing, AccessScenario.PurposeNotAllowed,
    ];

    private readonly Dictionary<(AccessScenario, string?), ScenarioResponse> _responses = [];
    private readonly Dictionary<string, IReadOnlyList<AuditedRequest>> _audit = new(StringComparer.Ordinal);
    private PolicyFolderCopy? _policies;
    private HubServer? _hub;

    /// <summary>The repository's policy set, whose catalogue the table is generated from.</summary>
    public static PolicySet RepositoryPolicies { get; } = new PolicyLoader(new PolicyLoadOptions(PolicyEnvironment.Production))
        .Load(RepositoryPaths.Combine("policies")).Set
        ?? throw new InvalidOperationException("The repository's policy set does not load; run `policies check`.");

    /// <summary>Every coordinate a scope of the catalogue guards, in scope order.</summary>
    public static IReadOnlyList<string> GuardedCoordinates { get; } =
        [.. RepositoryPolicies.Catalogue.Scopes.SelectMany(scope => scope.Fields)];

    /// <summary>The scenario policy set as the hub loaded it (Development: with the demo clients).</summary>
    public PolicySet ScenarioPolicySet { get; private set; } = null!;

    /// <summary>The demo records the paths use as arguments.</summary>
    public SampleRecords Samples { get; private set; } = null!;

    /// <summary>The path finder over the hub's schema.</summary>
    public FieldPathFinder Paths { get; private set; } = null!;

    /// <summary>Whether <paramref name="coordinate"/> is checked over HTTP (Query and type fields) rather than at
    /// the decision only (Mutation fields, which would change data).</summary>
    public static bool IsCheckedOverHttp(string coordinate) => !coordinate.StartsWith("Mutation.", StringComparison.Ordinal);

    /// <summary>The scope that guards <paramref name="coordinate"/>.</summary>
    public static string ScopeOf(string coordinate) => ScopeOf(coordinate, orNull: false)!;

    /// <summary>The scope that guards <paramref name="coordinate"/>; when <paramref name="orNull"/>, null for an open one.</summary>
    public static string? ScopeOf(string coordinate, bool orNull) =>
        RepositoryPolicies.Catalogue.ScopeGuarding(coordinate)?.Name
        ?? (orNull ? null : throw new InvalidOperationException($"No scope guards {coordinate}."));

    /// <summary>The response of <paramref name="scenario"/> (for a missing scope: of the request without <paramref name="coordinate"/>'s scope).</summary>
    public ScenarioResponse ResponseFor(AccessScenario scenario, string coordinate) =>
        _responses[(scenario, scenario == AccessScenario.ScopeNotGranted ? ScopeOf(coordinate) : null)];

    /// <summary>The audit event of the request of <paramref name="scenario"/> that carried <paramref name="coordinate"/>.</summary>
    public AuditedRequest AuditFor(AccessScenario scenario, string coordinate)
    {
        var events = _audit[ScenarioPolicies.ClientOf(scenario)];
        var withheld = scenario == AccessScenario.ScopeNotGranted ? ScopeOf(coordinate) : null;
        if (ResponseFor(scenario, coordinate).AuditSequence is { } sequence)
        {
            return events.Single(audited => audited.Sequence == sequence);
        }

        // A refused request carries no receipt; its client made exactly one request with that purpose.
        var purpose = ScenarioPolicies.PurposeOf(scenario, withheld);
        return events.Single(audited => audited.Purpose == purpose);
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var catalogue = RepositoryPolicies.Catalogue;
        _policies = ScenarioPolicies.Create(catalogue);
        var loaded = new PolicyLoader(new PolicyLoadOptions(PolicyEnvironment.Development, HubSchemaCoordinates.Hub)).Load(_policies.Path);
        ScenarioPolicySet = loaded.Set
            ?? throw new InvalidOperationException("The scenario policies do not load:\n" + string.Join('\n', loaded.Errors));
        _hub = await HubServer.StartAsync(Development, _policies.Setting);

        var allScopes = string.Join(' ', catalogue.Scopes.Select(scope => scope.Name));
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var client in Enum.GetValues<AccessScenario>().Select(ScenarioPolicies.ClientOf).Distinct())
        {
            tokens[client] = await _hub.DemoTokenAsync(client, allScopes);
        }

        Samples = await ReadSamplesAsync(tokens[ScenarioPolicies.ClientOf(AccessScenario.Granted)]);
        Paths = new FieldPathFinder(HubSchema.Instance, catalogue, Samples);

        var overHttp = GuardedCoordinates.Where(IsCheckedOverHttp).ToList();
        var wholeDocument = SelectionTree.Document(overHttp.Select(coordinate => Paths.Find(coordinate, withheldScope: null)));
        foreach (var scenario in WholeDocumentScenarios)
        {
            _responses[(scenario, null)] = await PostAsync(tokens[ScenarioPolicies.ClientOf(scenario)], ScenarioPolicies.PurposeOf(scenario), wholeDocument);
        }

        foreach (var scope in overHttp.GroupBy(ScopeOf))
        {
            var document = SelectionTree.Document(scope.Select(coordinate => Paths.Find(coordinate, scope.Key)));
            _responses[(AccessScenario.ScopeNotGranted, scope.Key)] = await PostAsync(
                tokens[ScenarioPolicies.ClientOf(AccessScenario.ScopeNotGranted)], ScenarioPolicies.PurposeOf(AccessScenario.ScopeNotGranted, scope.Key), document);
        }

        var auditor = await _hub.DemoTokenAsync("auditor-demo", AuditTrail.Scope);
        foreach (var client in tokens.Keys)
        {
            _audit[client] = await AuditTrail.EventsOfAsync(_hub, auditor, client);
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }

        _policies?.Dispose();
    }

    private async Task<ScenarioResponse> PostAsync(string token, string? purpose, string document)
    {
        using var response = await _hub!.PostGraphQLAsync(token, purpose, new { query = document });
        return new ScenarioResponse(response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A referral of a household in the sample province, with the household and its first member.</summary>
    private async Task<SampleRecords> ReadSamplesAsync(string grantedToken)
    {
        const string query = """
            query Samples($province: String!) {
              referrals(first: 1, where: { areaCode: $province }) { nodes { id household { id members { id } } } }
            }
            """;
        using var response = await _hub!.PostGraphQLAsync(
            grantedToken, ScenarioPolicies.PurposeOf(AccessScenario.Granted), new { query, variables = new { province = ScenarioPolicies.SampleProvince } });
        var text = await response.Content.ReadAsStringAsync();
        using var body = JsonDocument.Parse(text);
        var referral = body.RootElement.GetProperty("data").GetProperty("referrals").GetProperty("nodes").EnumerateArray().FirstOrDefault();
        if (referral.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"The demo data has no referral in province {ScenarioPolicies.SampleProvince}: {text}");
        }

        var household = referral.GetProperty("household");
        return new SampleRecords(
            household.GetProperty("id").GetString()!,
            household.GetProperty("members")[0].GetProperty("id").GetString()!,
            referral.GetProperty("id").GetString()!,
            ScenarioPolicies.SampleProvince,
            DevelopmentDemoSeed.Households);
    }
}
