using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class FragmentSpreadTargetDefinedRuleTests
{
    private static readonly FragmentSpreadTargetDefinedRule Rule = new();

    [Fact]
    public void Spread_OfDefinedFragment_IsValid() => AssertValid(Rule, """
        { dog { ...nameFragment } }
        fragment nameFragment on Dog { name }
        """);

    [Fact]
    public void Spread_OfUndefinedFragment_IsReportedAtTheName() => AssertErrors(Rule, """
        {
          dog {
            ...undefinedFragment
            ... on Dog { ...alsoUndefined }
          }
        }
        """,
        Error("Unknown fragment \"undefinedFragment\".", "3:8"),
        Error("Unknown fragment \"alsoUndefined\".", "4:21"));
}
