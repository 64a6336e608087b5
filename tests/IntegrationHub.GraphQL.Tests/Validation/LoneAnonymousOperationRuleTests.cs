using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class LoneAnonymousOperationRuleTests
{
    private static readonly LoneAnonymousOperationRule Rule = new();

    [Fact]
    public void AnonymousOperation_Alone_IsValid() => AssertValid(Rule, """
        {
          dog {
            name
          }
        }

        fragment unused on Dog { name }
        """);

    [Fact]
    public void AnonymousOperation_WithNamedOperation_IsReported() => AssertErrors(Rule, """
        {
          dog {
            name
          }
        }

        query getName {
          dog {
            owner {
              name
            }
          }
        }
        """,
        Error("This anonymous operation must be the only defined operation.", "1:1"));

    [Fact]
    public void AnonymousOperations_Two_ReportsEach() => AssertErrors(Rule, """
        { dog { name } }
        mutation { addPet(pet: {}) { name } }
        """,
        Error("This anonymous operation must be the only defined operation.", "1:1"),
        Error("This anonymous operation must be the only defined operation.", "2:1"));
}
