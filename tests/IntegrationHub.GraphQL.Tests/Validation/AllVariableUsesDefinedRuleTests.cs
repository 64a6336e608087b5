using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class AllVariableUsesDefinedRuleTests
{
    private static readonly AllVariableUsesDefinedRule Rule = new();

    [Fact]
    public void Variables_DefinedByEveryOperationUsingThem_AreValid() => AssertValid(Rule, """
        query housetrainedQueryOne($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        query housetrainedQueryTwo($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """);

    [Fact]
    public void Variable_NotDefined_IsReportedAtUseAndOperation() => AssertErrors(Rule, """
        query variableIsNotDefined {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """,
        Error("Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefined\".", "3:34", "1:1"));

    [Fact]
    public void Variable_UsedInFragment_IsCheckedForEachOperation() => AssertErrors(Rule, """
        query housetrainedQueryOne($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        query housetrainedQueryTwoNotDefined {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """,
        Error("Variable \"$atOtherHomes\" is not defined by operation \"housetrainedQueryTwoNotDefined\".", "14:32", "7:1"));

    [Fact]
    public void Variables_InDirectivesNestedValuesAndDeepFragments_AreFound() => AssertErrors(Rule, """
        {
          findDog(searchBy: { name: $name }) @include(if: $flag) { ...a }
        }
        fragment a on Dog { ...b }
        fragment b on Dog { doesKnowCommand(dogCommand: $command) }
        """,
        Error("Variable \"$name\" is not defined.", "2:29", "1:1"),
        Error("Variable \"$flag\" is not defined.", "2:51", "1:1"),
        Error("Variable \"$command\" is not defined.", "5:49", "1:1"));
}
