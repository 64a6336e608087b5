using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class FragmentSpreadsMustNotFormCyclesRuleTests
{
    private static readonly FragmentSpreadsMustNotFormCyclesRule Rule = new();

    [Fact]
    public void Spreads_WithoutCycle_AreValid() => AssertValid(Rule, """
        { dog { ...nameFragment ...barkVolumeFragment } }
        fragment nameFragment on Dog { name ...barkVolumeFragment }
        fragment barkVolumeFragment on Dog { barkVolume }
        """);

    [Fact]
    public void TwoFragments_SpreadingEachOther_ReportTheCycleOnce() => AssertErrors(Rule, """
        {
          dog {
            ...nameFragment
          }
        }

        fragment nameFragment on Dog {
          name
          ...barkVolumeFragment
        }

        fragment barkVolumeFragment on Dog {
          barkVolume
          ...nameFragment
        }
        """,
        Error("Cannot spread fragment \"nameFragment\" within itself via \"barkVolumeFragment\".", "9:3", "14:3"));

    [Fact]
    public void Fragment_SpreadingItself_IsReported() => AssertErrors(Rule, """
        fragment ownerFragment on Human {
          name
          pets { ... on Dog { owner { ...ownerFragment } } }
        }
        """,
        Error("Cannot spread fragment \"ownerFragment\" within itself.", "3:31"));

    [Fact]
    public void Cycle_ThroughSeveralFragments_NamesEveryFragmentOnTheWay() => AssertErrors(Rule, """
        fragment A on Dog { ...B }
        fragment B on Dog { ...C }
        fragment C on Dog { ...A ...B }
        """,
        Error("Cannot spread fragment \"A\" within itself via \"B\", \"C\".", "1:21", "2:21", "3:21"),
        Error("Cannot spread fragment \"B\" within itself via \"C\".", "2:21", "3:26"));

    [Fact]
    public void DeepChain_WithoutCycle_IsValid()
    {
        var chain = string.Concat(Enumerable.Range(0, 1000).Select(i => $"fragment F{i} on Dog {{ ...F{i + 1} }}\n"));

        AssertValid(Rule, chain + "fragment F1000 on Dog { name }");
    }
}
