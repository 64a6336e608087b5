using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class ArgumentUniquenessRuleTests
{
    private static readonly ArgumentUniquenessRule Rule = new();

    [Fact]
    public void Arguments_InAnyOrder_AreValid() => AssertValid(Rule, """
        fragment multipleArgs on Arguments {
          multipleRequirements(x: 1, y: 2)
        }

        fragment multipleArgsReverseOrder on Arguments {
          multipleRequirements(y: 2, x: 1)
        }
        """);

    [Fact]
    public void FieldArgument_GivenTwice_ReportsEveryOccurrence() => AssertErrors(Rule, """
        fragment f on Arguments {
          multipleRequirements(x: 1, y: 2, x: 3, x: 4)
        }
        """,
        Error("There can be only one argument named \"x\".", "2:24", "2:36", "2:42"));

    [Fact]
    public void DirectiveArgument_GivenTwice_IsReported() => AssertErrors(Rule, """
        { dog { name @include(if: true, if: false) } }
        """,
        Error("There can be only one argument named \"if\".", "1:23", "1:33"));

    [Fact]
    public void SameArgumentName_OnDifferentFields_IsValid() => AssertValid(Rule, """
        { dog { isHouseTrained(atOtherHomes: true) owner { name } } arguments { booleanArgField(booleanArg: true) } }
        """);
}
