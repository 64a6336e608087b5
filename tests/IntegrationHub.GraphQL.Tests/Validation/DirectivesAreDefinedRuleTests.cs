using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class DirectivesAreDefinedRuleTests
{
    private static readonly DirectivesAreDefinedRule Rule = new();

    [Fact]
    public void Directives_DefinedBySchema_AreValid() => AssertValid(Rule, """
        query q($v: Int @onVariable) @onQuery { dog @include(if: true) { name @skip(if: false) @tag(name: "a") } }
        """);

    [Fact]
    public void Directive_Undefined_IsReportedAtTheDirective() => AssertErrors(Rule, """
        query q @unknownOnQuery {
          dog @unknown(x: 1) {
            ...f @deprecated
          }
        }
        fragment f on Dog { name }
        """,
        Error("Unknown directive \"@unknownOnQuery\".", "1:9"),
        Error("Unknown directive \"@unknown\".", "2:7"));
}
