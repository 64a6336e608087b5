using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class DirectivesAreInValidLocationsRuleTests
{
    private static readonly DirectivesAreInValidLocationsRule Rule = new();

    [Fact]
    public void Directives_AtDeclaredLocations_AreValid() => AssertValid(Rule, """
        query q($v: Boolean! @onVariable) @onQuery {
          dog @include(if: $v) {
            name @skip(if: false)
            ...f @include(if: true)
            ... @skip(if: false) { name }
          }
        }
        fragment f on Dog { name }
        """);

    [Fact]
    public void Directives_AtUndeclaredLocations_AreReportedWithTheLocation() => AssertErrors(Rule, """
        query q($v: Int @onQuery) @skip(if: true) {
          dog @onQuery {
            ...f @onVariable
            ... on Dog @deprecated { name }
          }
        }
        mutation m @onQuery { addPet(pet: {}) { name } }
        subscription s @onQuery { newMessage { body } }
        fragment f on Dog @include(if: true) { name }
        """,
        Error("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", "1:17"),
        Error("Directive \"@skip\" may not be used on QUERY.", "1:27"),
        Error("Directive \"@onQuery\" may not be used on FIELD.", "2:7"),
        Error("Directive \"@onVariable\" may not be used on FRAGMENT_SPREAD.", "3:10"),
        Error("Directive \"@deprecated\" may not be used on INLINE_FRAGMENT.", "4:16"),
        Error("Directive \"@onQuery\" may not be used on MUTATION.", "7:12"),
        Error("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", "8:16"),
        Error("Directive \"@include\" may not be used on FRAGMENT_DEFINITION.", "9:19"));
}
