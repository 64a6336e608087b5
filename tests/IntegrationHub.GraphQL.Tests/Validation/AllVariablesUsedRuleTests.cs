using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class AllVariablesUsedRuleTests
{
    private static readonly AllVariablesUsedRule Rule = new();

    [Fact]
    public void Variables_UsedDirectlyOrThroughFragments_AreValid() => AssertValid(Rule, """
        query variableUsedInFragment($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          ...deeper
        }

        fragment deeper on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """);

    [Fact]
    public void Variable_Unused_IsReportedAtItsDefinition() => AssertErrors(Rule, """
        query variableUnused($atOtherHomes: Boolean) {
          dog {
            isHouseTrained
          }
        }
        """,
        Error("Variable \"$atOtherHomes\" is never used in operation \"variableUnused\".", "1:22"));

    [Fact]
    public void Variable_OnlyUsedInUnspreadFragment_IsReported() => AssertErrors(Rule, """
        query variableNotUsedWithinFragment($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedWithoutVariableFragment
          }
        }

        fragment isHouseTrainedWithoutVariableFragment on Dog {
          isHouseTrained
        }

        fragment other on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }
        """,
        Error("Variable \"$atOtherHomes\" is never used in operation \"variableNotUsedWithinFragment\".", "1:37"));

    [Fact]
    public void Variable_UsedByOnlyOneOfTwoOperations_IsReportedForTheOther() => AssertErrors(Rule, """
        query queryWithUsedVar($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        query queryWithExtraVar($atOtherHomes: Boolean, $extra: Int) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """,
        Error("Variable \"$extra\" is never used in operation \"queryWithExtraVar\".", "7:49"));

    [Fact]
    public void Variable_UsedOnlyInADirectiveOrAnotherDefault_CountsOnlyTheDirective() => AssertErrors(Rule, """
        query ($a: Boolean, $b: Int) @onQuery { dog @include(if: $a) { name } }
        """,
        Error("Variable \"$b\" is never used.", "1:21"));
}
