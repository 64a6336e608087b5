using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Validation;
using IntegrationHub.Testing;

namespace IntegrationHub.Api.Tests;

/// <summary>The operations the repository shows partner developers (schema/examples/) and the ones MOU annexes approve
/// (policies/annex/) are valid against the hub's schema: a change to the schema that breaks one of them fails here,
/// before a partner or an MOU officer finds out.</summary>
public sealed class SchemaExamplesTests
{
    public static TheoryData<string> Documents() => new(DocumentPaths());

    private static IEnumerable<string> DocumentPaths() =>
        new[] { "schema/examples", "policies/annex" }
            .SelectMany(folder => Directory.GetFiles(RepositoryPaths.Combine(folder), "*.graphql", SearchOption.AllDirectories))
            .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_AgainstTheHubSchema_IsValid(string relativePath)
    {
        var document = Parser.Parse(File.ReadAllText(RepositoryPaths.Combine(relativePath)));

        var errors = DocumentValidator.Validate(HubSchema.Instance, document);

        Assert.Empty(errors.Select(error => $"{relativePath}: {error.Message}"));
    }

    [Fact]
    public void Examples_CoverEachKindOfUser()
    {
        var documents = DocumentPaths().ToList();

        // The Ministry of Finance runs only its MOU annex's operations, so its example is the annex itself.
        Assert.Contains(documents, path => path.StartsWith("policies/annex/mof/", StringComparison.Ordinal));
        Assert.Contains(documents, path => path.StartsWith("schema/examples/codi-", StringComparison.Ordinal));
        Assert.Contains(documents, path => path.StartsWith("schema/examples/eef-", StringComparison.Ordinal));
        Assert.Contains(documents, path => path.StartsWith("schema/examples/auditor-", StringComparison.Ordinal));
    }
}
