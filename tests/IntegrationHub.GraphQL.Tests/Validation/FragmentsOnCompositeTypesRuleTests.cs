using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class FragmentsOnCompositeTypesRuleTests
{
    private static readonly FragmentsOnCompositeTypesRule Rule = new();

    [Fact]
    public void Fragments_OnObjectInterfaceAndUnion_AreValid() => AssertValid(Rule, """
        fragment fragOnObject on Dog {
          name
        }

        fragment fragOnInterface on Pet {
          name
        }

        fragment fragOnUnion on CatOrDog {
          ... on Dog {
            name
          }
        }

        fragment unknownIsLeftAlone on Unknown { name }
        """);

    [Fact]
    public void Fragments_OnScalarsAndInputs_AreReportedAtTheCondition() => AssertErrors(Rule, """
        fragment fragOnScalar on Int {
          something
        }

        fragment inlineFragOnScalar on Dog {
          ... on Boolean {
            somethingElse
          }
        }

        fragment fragOnInput on FindDogInput { name }
        """,
        Error("Fragment \"fragOnScalar\" cannot condition on non composite type \"Int\".", "1:26"),
        Error("Fragment cannot condition on non composite type \"Boolean\".", "6:10"),
        Error("Fragment \"fragOnInput\" cannot condition on non composite type \"FindDogInput\".", "11:25"));
}
