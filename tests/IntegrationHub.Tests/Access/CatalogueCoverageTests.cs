using IntegrationHub.Access;
using IntegrationHub.Api;
using IntegrationHub.GraphQL.Types;
using IntegrationHub.Policies;
using IntegrationHub.Testing;

namespace IntegrationHub.Tests.Access;

/// <summary>The scope catalogue (policies/catalogue.yaml) against the hub's schema, both ways. A field no scope
/// guards is open to every client with any MOU, so the open fields are listed in a snapshot that a reviewer must
/// accept whenever it changes: a new field cannot become public by being left out of the catalogue unnoticed.</summary>
public sealed class CatalogueCoverageTests
{
    private static readonly PolicySet Policies = new PolicyLoader(new PolicyLoadOptions(PolicyEnvironment.Production))
        .Load(RepositoryPaths.Combine("policies")).Set
        ?? throw new InvalidOperationException("The repository's policy set does not load; run `policies check`.");

    [Fact]
    public void Catalogue_LoadedAgainstTheHubSchema_NamesOnlyFieldsTheSchemaHas()
    {
        var result = new PolicyLoader(new PolicyLoadOptions(PolicyEnvironment.Production, HubSchemaCoordinates.Hub))
            .Load(RepositoryPaths.Combine("policies"));

        Assert.Empty(result.Errors.Select(error => error.ToString()));
    }

    [Fact]
    public void Schema_FieldsNoScopeGuards_AreTheReviewedOpenOnes()
    {
        var open = HubSchema.Instance.Types
            .Where(type => !type.IsIntrospectionType)
            .OfType<ComplexType>()
            .SelectMany(type => type.Fields.Select(field => $"{type.Name}.{field.Name}"))
            .Where(coordinate => Policies.Catalogue.ScopeGuarding(coordinate) is null)
            .Order(StringComparer.Ordinal);

        Snapshot.Match(string.Join('\n', open) + '\n');
    }
}
