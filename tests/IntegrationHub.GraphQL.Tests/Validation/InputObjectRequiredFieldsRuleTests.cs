using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class InputObjectRequiredFieldsRuleTests
{
    private static readonly InputObjectRequiredFieldsRule Rule = new();

    [Fact]
    public void RequiredFields_Given_AreValid() => AssertValid(Rule, """
        mutation { addPet(pet: { cat: { name: "Brontie" } }) { name } }
        """);

    [Fact]
    public void RequiredField_Missing_IsReportedAtTheObject() => AssertErrors(Rule, """
        mutation {
          addPet(pet: { cat: { nickname: "Bronnie" } }) { name }
          addPets(pets: [{ dog: {} }]) { name }
        }
        """,
        Error("Expected value of type \"CatInput\" to include required field \"name\", found: { nickname: \"Bronnie\" }.", "2:22"),
        Error("Expected value of type \"DogInput\" to include required field \"name\", found: {}.", "3:25"));

    [Fact]
    public void RequiredField_GivenNull_IsLeftToValuesOfCorrectType() => AssertValid(Rule, """
        mutation { addPet(pet: { cat: { name: null } }) { name } }
        """);
}
