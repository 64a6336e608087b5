using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class VariablesAreInputTypesRuleTests
{
    private static readonly VariablesAreInputTypesRule Rule = new();

    [Fact]
    public void Variables_OfInputTypes_AreValid() => AssertValid(Rule, """
        query takesBoolean($atOtherHomes: Boolean) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }
        query takesComplexInput($search: FindDogInput) { findDog(searchBy: $search) { name } }
        query TakesListOfBooleanBang($booleans: [Boolean!]) { booleanList(booleanListArg: $booleans) }
        query unknownIsLeftAlone($x: Unknown) { dog { name } }
        """);

    [Fact]
    public void Variables_OfOutputTypes_AreReportedAtTheType() => AssertErrors(Rule, """
        query takesCat($cat: Cat) {
          __typename
        }

        query takesDogBang($dog: Dog!) {
          __typename
        }

        query takesListOfPet($pets: [Pet]) {
          __typename
        }

        query takesCatOrDog($catOrDog: CatOrDog) {
          __typename
        }
        """,
        Error("Variable \"$cat\" cannot be non-input type \"Cat\".", "1:22"),
        Error("Variable \"$dog\" cannot be non-input type \"Dog!\".", "5:26"),
        Error("Variable \"$pets\" cannot be non-input type \"[Pet]\".", "9:29"),
        Error("Variable \"$catOrDog\" cannot be non-input type \"CatOrDog\".", "13:32"));
}
