using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class FragmentsMustBeUsedRuleTests
{
    private static readonly FragmentsMustBeUsedRule Rule = new();

    [Fact]
    public void Fragments_UsedDirectlyOrIndirectly_AreValid() => AssertValid(Rule, """
        { dog { ...direct } }
        fragment direct on Dog { ...indirect }
        fragment indirect on Dog { name }
        """);

    [Fact]
    public void Fragment_NeverSpread_IsReported() => AssertErrors(Rule, """
        fragment nameFragment on Dog {
          name
        }

        {
          dog {
            name
          }
        }
        """,
        Error("Fragment \"nameFragment\" is never used.", "1:1"));

    [Fact]
    public void Fragments_OnlyUsedByUnusedFragments_AreReported() => AssertErrors(Rule, """
        { dog { name } }
        fragment unused on Dog { ...onlyByUnused }
        fragment onlyByUnused on Dog { name }
        fragment selfSpread on Dog { ...selfSpread }
        """,
        Error("Fragment \"unused\" is never used.", "2:1"),
        Error("Fragment \"onlyByUnused\" is never used.", "3:1"),
        Error("Fragment \"selfSpread\" is never used.", "4:1"));
}
