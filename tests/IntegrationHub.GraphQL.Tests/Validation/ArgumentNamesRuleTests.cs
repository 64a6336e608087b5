using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class ArgumentNamesRuleTests
{
    private static readonly ArgumentNamesRule Rule = new();

    [Fact]
    public void Arguments_DefinedByFieldAndDirective_AreValid() => AssertValid(Rule, """
        fragment argOnRequiredArg on Dog {
          doesKnowCommand(dogCommand: SIT)
        }

        fragment argOnOptional on Dog {
          isHouseTrained(atOtherHomes: true) @include(if: true)
        }
        """);

    [Fact]
    public void FieldArgument_Undefined_IsReported() => AssertErrors(Rule, """
        fragment invalidArgName on Dog {
          doesKnowCommand(command: CLEAN_UP_HOUSE)
        }
        """,
        Error("Unknown argument \"command\" on field \"Dog.doesKnowCommand\".", "2:19"));

    [Fact]
    public void DirectiveArgument_Undefined_IsReported() => AssertErrors(Rule, """
        fragment invalidArgName on Dog {
          isHouseTrained(atOtherHomes: true) @include(unless: false)
        }
        """,
        Error("Unknown argument \"unless\" on directive \"@include\".", "2:47"));

    [Fact]
    public void DirectiveArgument_NamedLikeTheFieldsArgument_IsStillUnknown() => AssertErrors(Rule, """
        { dog { isHouseTrained(atOtherHomes: true) @skip(atOtherHomes: true, if: true) } }
        """,
        Error("Unknown argument \"atOtherHomes\" on directive \"@skip\".", "1:50"));

    [Fact]
    public void Arguments_OfUnknownFieldOrDirective_AreLeftToThoseRules() => AssertValid(Rule, """
        { dog { unknown(a: 1) name @unknown(b: 2) } }
        """);

    [Fact]
    public void TypenameArgument_Unknown_IsReportedOnTheParentType() => AssertErrors(Rule, """
        { catOrDog { __typename(x: 1) } }
        """,
        Error("Unknown argument \"x\" on field \"CatOrDog.__typename\".", "1:25"));
}
