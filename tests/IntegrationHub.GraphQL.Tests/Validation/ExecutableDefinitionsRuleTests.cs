using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class ExecutableDefinitionsRuleTests
{
    private static readonly ExecutableDefinitionsRule Rule = new();

    [Fact]
    public void Document_OperationsAndFragmentsOnly_IsValid() => AssertValid(Rule, """
        query getDogName {
          dog {
            ...dogName
          }
        }

        fragment dogName on Dog {
          name
        }
        """);

    [Fact]
    public void Document_TypeDefinitionAndExtension_ReportsEach() => AssertErrors(Rule, """
        query getDogName {
          dog {
            name
            color
          }
        }

        extend type Dog {
          color: String
        }

        type Cow {
          name: String
        }
        """,
        Error("The \"Dog\" definition is not executable.", "8:1"),
        Error("The \"Cow\" definition is not executable.", "12:1"));

    [Fact]
    public void Document_SchemaAndDirectiveDefinitions_ReportsEach() => AssertErrors(Rule, """
        { dog { name } }
        schema { query: Query }
        extend schema @onQuery
        directive @cached on FIELD
        """,
        Error("The schema definition is not executable.", "2:1"),
        Error("The schema definition is not executable.", "3:1"),
        Error("The \"cached\" definition is not executable.", "4:1"));
}
