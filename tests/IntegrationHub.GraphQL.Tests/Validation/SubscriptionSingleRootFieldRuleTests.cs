using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class SubscriptionSingleRootFieldRuleTests
{
    private static readonly SubscriptionSingleRootFieldRule Rule = new();

    [Fact]
    public void Subscription_OneRootField_IsValid() => AssertValid(Rule, """
        subscription sub {
          newMessage {
            body
            sender
          }
        }
        """);

    [Fact]
    public void Subscription_OneRootFieldThroughFragment_IsValid() => AssertValid(Rule, """
        subscription sub {
          ...newMessageFields
        }

        fragment newMessageFields on Subscription {
          newMessage {
            body
            sender
          }
        }
        """);

    [Fact]
    public void Subscription_SameFieldTwice_IsOneResponseNameAndValid() => AssertValid(Rule, """
        subscription sub {
          newMessage { body }
          newMessage { sender }
          ... on Query { dog { name } }
        }
        """);

    [Fact]
    public void Subscription_SecondRootField_ReportsTheExtraField() => AssertErrors(Rule, """
        subscription sub {
          newMessage {
            body
            sender
          }
          disallowedSecondRootField
        }
        """,
        Error("Subscription \"sub\" must select only one top level field.", "6:3"));

    [Fact]
    public void Subscription_SecondRootFieldInFragment_ReportsTheExtraField() => AssertErrors(Rule, """
        subscription sub {
          ...multipleSubscriptions
        }

        fragment multipleSubscriptions on Subscription {
          newMessage {
            body
            sender
          }
          disallowedSecondRootField
        }
        """,
        Error("Subscription \"sub\" must select only one top level field.", "10:3"));

    [Fact]
    public void Subscription_SkipOrIncludeAtRoot_ReportsTheDirectives() => AssertErrors(Rule, """
        subscription requiredRuntimeValidation($bool: Boolean!) {
          newMessage @include(if: $bool) {
            body
            sender
          }
          disallowedSecondRootField @skip(if: $bool)
        }
        """,
        Error("Subscription \"requiredRuntimeValidation\" must not use `@skip` or `@include` directives in the top level selection.", "2:14", "6:29"));

    [Fact]
    public void AnonymousSubscription_IntrospectionField_IsReported() => AssertErrors(Rule, """
        subscription {
          __typename
        }
        """,
        Error("Anonymous Subscription must not select an introspection top level field.", "2:3"));

    [Fact]
    public void Subscription_OnlyFragmentsOfOtherTypes_ReportsNoField() => AssertErrors(Rule, """
        subscription sub {
          ... on Query { dog { name } }
        }
        """,
        Error("Subscription \"sub\" must select one top level field.", "1:18"));

    [Fact]
    public void Subscription_SelfSpreadingFragment_Terminates() => AssertErrors(Rule, """
        subscription sub { ...f }
        fragment f on Subscription { newMessage { body } ...f disallowedSecondRootField }
        """,
        Error("Subscription \"sub\" must select only one top level field.", "2:55"));
}
