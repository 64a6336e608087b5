using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class InputObjectFieldNamesRuleTests
{
    private static readonly InputObjectFieldNamesRule Rule = new();

    [Fact]
    public void Fields_DefinedByTheInputType_AreValid() => AssertValid(Rule, """
        {
          findDog(searchBy: { name: "Fido" }) {
            name
          }
        }
        """);

    [Fact]
    public void Field_Undefined_IsReportedAtTheField() => AssertErrors(Rule, """
        {
          findDog(searchBy: { favoriteCookieFlavor: "Bacon" }) {
            name
          }
        }
        """,
        Error("Expected value of type \"FindDogInput\" not to include unknown field \"favoriteCookieFlavor\", found: { favoriteCookieFlavor: \"Bacon\" }.", "2:23"));

    [Fact]
    public void Fields_InNestedAndListedObjects_AreCheckedAgainstTheirOwnTypes() => AssertErrors(Rule, """
        mutation {
          addPets(pets: [{ cat: { name: "Brontie", barkVolume: 1 } }, { bird: {} }]) { name }
        }
        """,
        Error("Expected value of type \"CatInput\" not to include unknown field \"barkVolume\", found: { name: \"Brontie\", barkVolume: 1 }.", "2:44"),
        Error("Expected value of type \"PetInput\" not to include unknown field \"bird\", found: { bird: {} }.", "2:65"));

    [Fact]
    public void UnknownFields_InHugeObject_QuoteTheObjectCutShort()
    {
        var fields = string.Join(", ", Enumerable.Range(0, 2000).Select(i => $"unknown{i}: {i}"));

        var errors = Validate(Rule, $"{{ findDog(searchBy: {{ {fields} }}) {{ name }} }}");

        Assert.Equal(101, errors.Count);
        Assert.All(errors.SkipLast(1), error =>
        {
            Assert.EndsWith("...", error.Message[..^1]);
            Assert.True(error.Message.Length < 250, error.Message);
        });
    }
}
