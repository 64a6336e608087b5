using IntegrationHub.GraphQL.AspNetCore.Limits;
using IntegrationHub.GraphQL.AspNetCore.Tests.Support;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Validation;

namespace IntegrationHub.GraphQL.AspNetCore.Tests.Engine;

/// <summary>The limit rules beside the specification's, on documents that are invalid in other ways too: the
/// limit rules run in the same walk as the rules that report those problems, so they must neither crash nor loop.</summary>
public sealed class LimitRuleTests
{
    private static readonly Types.Schema Schema = TestSchema.Create();

    [Fact]
    public void DepthRule_CyclicFragments_LeavesTheCycleToTheSpecificationRule()
    {
        var errors = Validate(
            "{ household(id: 1) { ...A } } fragment A on Household { members { household { ...A } } }",
            new SelectionDepthRule(5));

        var error = Assert.Single(errors);
        Assert.Equal("Cannot spread fragment \"A\" within itself.", error.Message);
    }

    [Fact]
    public void RootFieldRule_CyclicFragmentsOnTheRoot_CountsEachFieldOnce()
    {
        var errors = Validate("{ ...A } fragment A on Query { hello ...B } fragment B on Query { badInt ...A }", new RootFieldLimitRule(1));

        Assert.Contains(errors, error => error.Message == "The anonymous operation selects 2 root fields; the limit is 1.");
    }

    [Fact]
    public void LimitRules_UnknownFragment_MeasureItAsNothing()
    {
        var errors = Validate("{ ...Missing household(id: 1) { id } }", new SelectionDepthRule(1), new RootFieldLimitRule(1));

        Assert.Equal(
            ["The anonymous operation nests fields 2 levels deep; the limit is 1.", "Unknown fragment \"Missing\"."],
            errors.Select(error => error.Message));
    }

    [Fact]
    public void AliasRule_ManyAliasesOverTheLimit_ReportsOnce()
    {
        var document = "{ " + string.Join(' ', Enumerable.Range(0, 500).Select(i => $"a{i}: hello")) + " }";

        var errors = Validate(document, new AliasLimitRule(10));

        var error = Assert.Single(errors);
        Assert.Equal("MAX_ALIASES_EXCEEDED", error.Extensions!["code"]);
    }

    [Fact]
    public void IntrospectionRule_SeveralMetaFields_ReportsOnceAndLeavesTypename()
    {
        var errors = Validate("{ __typename a: __schema { queryType { name } } b: __type(name: \"Query\") { name } }", new IntrospectionRule("off"));

        var error = Assert.Single(errors);
        Assert.Equal("Introspection is off: the field \"__schema\" cannot be queried.", error.Message);
    }

    private static IReadOnlyList<GraphQLError> Validate(string document, params IValidationRule[] limits) =>
        DocumentValidator.Validate(Schema, Parser.Parse(document), [.. SpecifiedRules.All, .. limits]);
}
