using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class LeafFieldSelectionsRuleTests
{
    private static readonly LeafFieldSelectionsRule Rule = new();

    [Fact]
    public void Fields_LeavesWithoutAndCompositesWithSelections_AreValid() => AssertValid(Rule, """
        fragment scalarSelection on Dog {
          barkVolume
        }

        query directQueryOnObjectWithSubFields {
          human {
            name
          }
          pet { name }
          catOrDog { __typename }
        }
        """);

    [Fact]
    public void LeafField_WithSelection_ReportsTheSelectionSet() => AssertErrors(Rule, """
        fragment scalarSelectionsNotAllowedOnInt on Dog {
          barkVolume {
            sinceWhen
          }
        }
        """,
        Error("Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields.", "2:14"));

    [Fact]
    public void CompositeFields_WithoutSelection_AreReported() => AssertErrors(Rule, """
        query directQueryOnObjectWithoutSubFields {
          human
        }

        query directQueryOnInterfaceWithoutSubFields {
          pet
        }

        query directQueryOnUnionWithoutSubFields {
          catOrDog
        }
        """,
        Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", "2:3"),
        Error("Field \"pet\" of type \"Pet\" must have a selection of subfields. Did you mean \"pet { ... }\"?", "6:3"),
        Error("Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields. Did you mean \"catOrDog { ... }\"?", "10:3"));

    [Fact]
    public void Fields_OfWrappedTypes_NameTheTypeInFull() => AssertErrors(Rule, """
        {
          human { pets }
          dog { isHouseTrained { x } }
        }
        """,
        Error("Field \"pets\" of type \"[Pet!]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", "2:11"),
        Error("Field \"isHouseTrained\" must not have a selection since type \"Boolean!\" has no subfields.", "3:24"));
}
