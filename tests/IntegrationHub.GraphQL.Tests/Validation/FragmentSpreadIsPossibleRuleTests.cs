using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class FragmentSpreadIsPossibleRuleTests
{
    private static readonly FragmentSpreadIsPossibleRule Rule = new();

    [Fact]
    public void ObjectSpreadsInObjectScope_SameType_AreValid() => AssertValid(Rule, """
        fragment dogFragment on Dog {
          ... on Dog {
            barkVolume
          }
        }
        """);

    [Fact]
    public void ObjectSpread_InOtherObjectScope_IsReported() => AssertErrors(Rule, """
        fragment catInDogFragmentInvalid on Dog {
          ... on Cat {
            meowVolume
          }
        }
        """,
        Error("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", "2:3"));

    [Fact]
    public void AbstractSpreadsInObjectScope_ContainingTheObject_AreValid() => AssertValid(Rule, """
        fragment petNameFragment on Pet {
          name
        }

        fragment interfaceWithinObjectFragment on Dog {
          ...petNameFragment
        }

        fragment catOrDogNameFragment on CatOrDog {
          ... on Cat {
            meowVolume
          }
        }

        fragment unionWithObjectFragment on Dog {
          ...catOrDogNameFragment
        }
        """);

    [Fact]
    public void ObjectSpreadsInAbstractScope_PossibleTypes_AreValid() => AssertValid(Rule, """
        fragment petFragment on Pet {
          name
          ... on Dog {
            barkVolume
          }
        }

        fragment catOrDogFragment on CatOrDog {
          ... on Cat {
            meowVolume
          }
        }
        """);

    [Fact]
    public void ObjectSpreadsInAbstractScope_ImpossibleTypes_AreReported() => AssertErrors(Rule, """
        fragment sentientFragment on Sentient {
          ... on Dog {
            barkVolume
          }
        }

        fragment humanOrAlienFragment on HumanOrAlien {
          ... on Cat {
            meowVolume
          }
        }
        """,
        Error("Fragment cannot be spread here as objects of type \"Sentient\" can never be of type \"Dog\".", "2:3"),
        Error("Fragment cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Cat\".", "8:3"));

    [Fact]
    public void AbstractSpreadsInAbstractScope_Overlapping_AreValid() => AssertValid(Rule, """
        fragment unionWithInterface on Pet {
          ...dogOrHumanFragment
        }

        fragment dogOrHumanFragment on DogOrHuman {
          ... on Dog {
            barkVolume
          }
        }

        fragment interfaceWithInterface on Node {
          ...resourceFragment
        }

        fragment resourceFragment on Resource {
          url
        }
        """);

    [Fact]
    public void NamedAbstractSpread_Disjoint_IsReportedAtTheSpread() => AssertErrors(Rule, """
        fragment nonIntersectingInterfaces on Pet {
          ...sentientFragment
        }

        fragment sentientFragment on Sentient {
          name
        }
        """,
        Error("Fragment \"sentientFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Sentient\".", "2:3"));

    [Fact]
    public void Spread_OfDuplicatedFragmentName_UsesTheLastDefinition() => AssertErrors(Rule, """
        { dog { ...f } human { ...f } }
        fragment f on Dog { name }
        fragment f on Human { name }
        """,
        Error("Fragment \"f\" cannot be spread here as objects of type \"Dog\" can never be of type \"Human\".", "1:9"));

    [Fact]
    public void Spreads_OfUnknownOrNonCompositeTypes_AreLeftToOtherRules() => AssertValid(Rule, """
        fragment f on Dog { ... on Unknown { name } ...scalar ...missing }
        fragment scalar on Int { name }
        """);
}
