using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class FragmentNameUniquenessRuleTests
{
    private static readonly FragmentNameUniquenessRule Rule = new();

    [Fact]
    public void Fragments_DistinctNames_AreValid() => AssertValid(Rule, """
        {
          dog {
            ...fragmentOne
            ...fragmentTwo
          }
        }

        fragment fragmentOne on Dog {
          name
        }

        fragment fragmentTwo on Dog {
          owner {
            name
          }
        }
        """);

    [Fact]
    public void Fragments_SameName_ReportsBothNames() => AssertErrors(Rule, """
        {
          dog {
            ...fragmentOne
          }
        }

        fragment fragmentOne on Dog {
          name
        }

        fragment fragmentOne on Dog {
          owner {
            name
          }
        }
        """,
        Error("There can be only one fragment named \"fragmentOne\".", "7:10", "11:10"));
}
