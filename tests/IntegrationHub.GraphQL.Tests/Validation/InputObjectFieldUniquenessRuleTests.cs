using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class InputObjectFieldUniquenessRuleTests
{
    private static readonly InputObjectFieldUniquenessRule Rule = new();

    [Fact]
    public void Fields_GivenOnceEach_AreValid() => AssertValid(Rule, """
        { findDog(searchBy: { name: "Fido", owner: "Ann" }) { name } }
        """);

    [Fact]
    public void Field_GivenTwice_ReportsFirstAndRepeat() => AssertErrors(Rule, """
        {
          field(arg: { field: true, field: false })
        }
        """,
        Error("There can be only one input field named \"field\".", "2:16", "2:29"));

    [Fact]
    public void Field_GivenThrice_ReportsEachRepeatAgainstTheFirst() => AssertErrors(Rule, """
        { findDog(searchBy: { name: "a", name: "b", name: "c" }) { name } }
        """,
        Error("There can be only one input field named \"name\".", "1:23", "1:34"),
        Error("There can be only one input field named \"name\".", "1:23", "1:45"));

    [Fact]
    public void SameName_InNestedObjects_IsValid() => AssertValid(Rule, """
        { f(a: { x: { x: 1 }, y: [{ x: 1 }, { x: 2 }] }) }
        """);
}
