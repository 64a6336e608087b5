using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class OperationNameUniquenessRuleTests
{
    private static readonly OperationNameUniquenessRule Rule = new();

    [Fact]
    public void Operations_DistinctNames_AreValid() => AssertValid(Rule, """
        query getDogName {
          dog {
            name
          }
        }

        query getOwnerName {
          dog {
            owner {
              name
            }
          }
        }
        """);

    [Fact]
    public void Operations_SameName_ReportsBothNames() => AssertErrors(Rule, """
        query getName {
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
        Error("There can be only one operation named \"getName\".", "1:7", "7:7"));

    [Fact]
    public void Operations_SameNameDifferentTypes_ReportsEachRepeat() => AssertErrors(Rule, """
        query dogOperation { dog { name } }
        mutation dogOperation { mutateDog { id } }
        subscription dogOperation { newMessage { body } }
        """,
        Error("There can be only one operation named \"dogOperation\".", "1:7", "2:10"),
        Error("There can be only one operation named \"dogOperation\".", "1:7", "3:14"));

    [Fact]
    public void Operation_SameNameAsFragment_IsValid() => AssertValid(Rule, """
        query Foo { dog { ...Foo } }
        fragment Foo on Dog { name }
        """);
}
