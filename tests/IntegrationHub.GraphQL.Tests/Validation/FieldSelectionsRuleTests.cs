using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class FieldSelectionsRuleTests
{
    private static readonly FieldSelectionsRule Rule = new();

    [Fact]
    public void Fields_DefinedOnTheirTypes_AreValid() => AssertValid(Rule, """
        fragment interfaceFieldSelection on Pet {
          name
        }

        fragment inDirectFieldSelectionOnUnion on CatOrDog {
          __typename
          ... on Pet {
            name
          }
          ... on Dog {
            barkVolume
          }
        }

        fragment aliasedLyingFieldTargetNotDefined on Dog {
          barkVolume: name
        }
        """);

    [Fact]
    public void Field_UndefinedOnObject_IsReported() => AssertErrors(Rule, """
        fragment fieldNotDefined on Dog {
          meowVolume
        }

        fragment aliasedLyingFieldTargetNotDefined on Dog {
          barkVolume: kawVolume
        }
        """,
        Error("Cannot query field \"meowVolume\" on type \"Dog\".", "2:3"),
        Error("Cannot query field \"kawVolume\" on type \"Dog\".", "6:3"));

    [Fact]
    public void Field_OnInterfaceOnlyDefinedByImplementation_IsReported() => AssertErrors(Rule, """
        fragment definedOnImplementersButNotInterface on Pet {
          nickname
        }
        """,
        Error("Cannot query field \"nickname\" on type \"Pet\".", "2:3"));

    [Fact]
    public void Field_DirectlyOnUnion_IsReported() => AssertErrors(Rule, """
        fragment directFieldSelectionOnUnion on CatOrDog {
          directField
        }
        """,
        Error("Cannot query field \"directField\" on type \"CatOrDog\".", "2:3"));

    [Fact]
    public void Field_UnderUnknownField_IsReportedOnceAtTheUnknownField() => AssertErrors(Rule, """
        {
          dog {
            unknown {
              deeper
            }
          }
        }
        """,
        Error("Cannot query field \"unknown\" on type \"Dog\".", "3:5"));

    [Fact]
    public void Fragment_OnUnknownType_IsLeftToTypeExistence() => AssertValid(Rule, """
        fragment f on Unknown { anything }
        """);
}
