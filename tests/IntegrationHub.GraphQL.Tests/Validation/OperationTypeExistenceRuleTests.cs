using IntegrationHub.GraphQL.Building;
using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class OperationTypeExistenceRuleTests
{
    private static readonly OperationTypeExistenceRule Rule = new();
    private static readonly IntegrationHub.GraphQL.Types.Schema HelloSchema = SdlSchemaBuilder.Build("type Query { hello: String }");

    [Fact]
    public void Query_SchemaWithQueryRoot_IsValid() => AssertValid(Rule, "query helloQuery { hello }", HelloSchema);

    [Fact]
    public void Mutation_SchemaWithoutMutationRoot_IsReported()
    {
        var errors = Validate(Rule, "mutation goodbyeMutation {\n  goodbye\n}\nsubscription s { x }", HelloSchema);

        Assert.Equal(
            [
                Error("The mutation operation is not supported by the schema.", "1:1"),
                Error("The subscription operation is not supported by the schema.", "4:1"),
            ],
            errors.Select(error => error.ToString()));
    }

    [Fact]
    public void AllKinds_SchemaWithAllRoots_IsValid() => AssertValid(Rule, """
        query q { dog { name } }
        mutation m { addPet(pet: { cat: { name: "Brontie" } }) { name } }
        subscription s { newMessage { body } }
        """);
}
