using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class FragmentSpreadTypeExistenceRuleTests
{
    private static readonly FragmentSpreadTypeExistenceRule Rule = new();

    [Fact]
    public void TypeConditions_KnownTypes_AreValid() => AssertValid(Rule, """
        fragment correctType on Dog {
          name
        }

        fragment inlineFragment on Dog {
          ... on Dog {
            name
          }
        }

        fragment inlineFragment2 on Dog {
          ... @include(if: true) {
            name
          }
        }
        """);

    [Fact]
    public void TypeConditions_UnknownTypes_AreReported() => AssertErrors(Rule, """
        fragment notOnExistingType on NotInSchema {
          name
        }

        fragment inlineNotExistingType on Dog {
          ... on NotInSchema {
            name
          }
        }
        """,
        Error("Unknown type \"NotInSchema\".", "1:31"),
        Error("Unknown type \"NotInSchema\".", "6:10"));

    [Fact]
    public void VariableType_Unknown_IsReportedAtTheNamedType() => AssertErrors(Rule, """
        query q($a: [Unknown!], $b: String) { dog { name } }
        """,
        Error("Unknown type \"Unknown\".", "1:14"));
}
