using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class VariableUniquenessRuleTests
{
    private static readonly VariableUniquenessRule Rule = new();

    [Fact]
    public void Variables_UniquePerOperation_AreValid() => AssertValid(Rule, """
        query A($atOtherHomes: Boolean) {
          ...HouseTrainedFragment
        }

        query B($atOtherHomes: Boolean) {
          ...HouseTrainedFragment
        }

        fragment HouseTrainedFragment on Query {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """);

    [Fact]
    public void Variable_DefinedTwice_ReportsEveryName() => AssertErrors(Rule, """
        query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """,
        Error("There can be only one variable named \"$atOtherHomes\".", "1:26", "1:50"));
}
