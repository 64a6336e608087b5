using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class DirectivesAreUniquePerLocationRuleTests
{
    private static readonly DirectivesAreUniquePerLocationRule Rule = new();

    [Fact]
    public void Directives_OncePerLocationOrRepeatable_AreValid() => AssertValid(Rule, """
        query ($foo: Boolean = true, $bar: Boolean = false) {
          field @skip(if: $foo) {
            subfieldA
          }
          field @skip(if: $bar) {
            subfieldB
          }
          dog @tag(name: "a") @tag(name: "b") { name @unknown @unknown }
        }
        """);

    [Fact]
    public void Directive_RepeatedAtOneLocation_ReportsFirstAndRepeat() => AssertErrors(Rule, """
        query ($foo: Boolean = true, $bar: Boolean = false) {
          field @skip(if: $foo) @skip(if: $bar)
        }
        """,
        Error("The directive \"@skip\" can only be used once at this location.", "2:9", "2:25"));

    [Fact]
    public void Directives_RepeatedOnFragmentsAndOperations_AreReported() => AssertErrors(Rule, """
        query q @onQuery @onQuery {
          dog { ...f @include(if: true) @include(if: false) }
        }
        fragment f on Dog { name }
        """,
        Error("The directive \"@onQuery\" can only be used once at this location.", "1:9", "1:18"),
        Error("The directive \"@include\" can only be used once at this location.", "2:14", "2:33"));
}
