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
        var examples = DocumentPaths().Where(path => path.StartsWith("schema/examples/", StringComparison.Ordinal)).ToList();

        Assert.Contains(examples, path => path.Contains("mof-", StringComparison.Ordinal));
        Assert.Contains(examples, path => path.Contains("codi-", StringComparison.Ordinal));
        Assert.Contains(examples, path => path.Contains("eef-", StringComparison.Ordinal));
        Assert.Contains(examples, path => path.Contains("auditor-", StringComparison.Ordinal));
    }
}
