using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class RequiredArgumentsRuleTests
{
    private static readonly RequiredArgumentsRule Rule = new();

    [Fact]
    public void RequiredArguments_GivenOrDefaulted_AreValid() => AssertValid(Rule, """
        fragment goodBooleanArg on Arguments {
          booleanArgField(booleanArg: true)
        }

        fragment goodNonNullArg on Arguments {
          nonNullBooleanArgField(nonNullBooleanArg: true)
        }

        fragment goodBooleanArgDefault on Arguments {
          booleanArgField
        }

        fragment goodOptionalNonNull on Arguments {
          optionalNonNullBooleanArgField
        }
        """);

    [Fact]
    public void NonNullArgument_Missing_IsReportedAtTheField() => AssertErrors(Rule, """
        fragment missingRequiredArg on Arguments {
          nonNullBooleanArgField
        }
        """,
        Error("Argument \"Arguments.nonNullBooleanArgField(nonNullBooleanArg:)\" of type \"Boolean!\" is required, but it was not provided.", "2:3"));

    [Fact]
    public void SeveralArguments_Missing_AreReportedInDefinitionOrder() => AssertErrors(Rule, """
        { arguments { multipleRequirements } }
        """,
        Error("Argument \"Arguments.multipleRequirements(x:)\" of type \"Int!\" is required, but it was not provided.", "1:15"),
        Error("Argument \"Arguments.multipleRequirements(y:)\" of type \"Int!\" is required, but it was not provided.", "1:15"));

    [Fact]
    public void DirectiveArgument_Missing_IsReportedAtTheDirective() => AssertErrors(Rule, """
        { dog { name @include @tag } }
        """,
        Error("Argument \"@include(if:)\" of type \"Boolean!\" is required, but it was not provided.", "1:14"),
        Error("Argument \"@tag(name:)\" of type \"String!\" is required, but it was not provided.", "1:23"));

    [Fact]
    public void NonNullArgument_GivenNull_IsLeftToValuesOfCorrectType() => AssertValid(Rule, """
        fragment missingRequiredArg on Arguments {
          nonNullBooleanArgField(nonNullBooleanArg: null)
        }
        """);

    [Fact]
    public void Arguments_OfUnknownFieldOrDirective_AreLeftToOtherRules() => AssertValid(Rule, """
        { dog { unknown @unknown } }
        """);
}
