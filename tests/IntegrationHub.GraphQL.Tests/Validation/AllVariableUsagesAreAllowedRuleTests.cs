using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class AllVariableUsagesAreAllowedRuleTests
{
    private static readonly AllVariableUsagesAreAllowedRule Rule = new();

    [Fact]
    public void Usages_OfCompatibleTypes_AreValid() => AssertValid(Rule, """
        query nonNullListToList($nonNullBooleanList: [Boolean]!) {
          arguments {
            booleanListArgField(booleanListArg: $nonNullBooleanList)
          }
        }

        query booleanArgQueryWithDefault($booleanArg: Boolean) {
          arguments {
            optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg)
          }
        }

        query booleanArgQueryWithDefault2($booleanArg: Boolean = true) {
          arguments {
            nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
          }
        }

        query itemInList($b: Boolean!, $c: Boolean) {
          booleanList(booleanListArg: [$b])
          arguments { booleanListArgField(booleanListArg: [$c]) }
        }

        mutation addCat($cat: CatInput!) {
          addPet(pet: { cat: $cat }) {
            name
          }
        }

        mutation addCatWithDefault($cat: CatInput! = { name: "Brontie" }) {
          addPet(pet: { cat: $cat }) {
            name
          }
        }
        """);

    [Fact]
    public void Usage_OfDifferentNamedType_IsReported() => AssertErrors(Rule, """
        query intCannotGoIntoBoolean($intArg: Int) {
          arguments {
            booleanArgField(booleanArg: $intArg)
          }
        }
        """,
        Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Boolean\".", "1:30", "3:33"));

    [Fact]
    public void Usage_OfListWhereSingleValueExpected_IsReported() => AssertErrors(Rule, """
        query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) {
          arguments {
            booleanArgField(booleanArg: $booleanListArg)
          }
        }
        """,
        Error("Variable \"$booleanListArg\" of type \"[Boolean]\" used in position expecting type \"Boolean\".", "1:38", "3:33"));

    [Fact]
    public void Usage_OfNullableWhereNonNullRequired_IsReported() => AssertErrors(Rule, """
        query booleanArgQuery($booleanArg: Boolean) {
          arguments {
            nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
          }
        }

        query listToNonNullList($booleanList: [Boolean]) {
          arguments {
            nonNullBooleanListField(nonNullBooleanListArg: $booleanList)
          }
        }

        query nullableItems($booleans: [Boolean]) {
          booleanList(booleanListArg: $booleans)
        }
        """,
        Error("Variable \"$booleanArg\" of type \"Boolean\" used in position expecting type \"Boolean!\".", "1:23", "3:47"),
        Error("Variable \"$booleanList\" of type \"[Boolean]\" used in position expecting type \"[Boolean]!\".", "7:25", "9:52"),
        Error("Variable \"$booleans\" of type \"[Boolean]\" used in position expecting type \"[Boolean!]\".", "13:21", "14:31"));

    [Fact]
    public void Usage_WithNullDefault_DoesNotCountAsDefaulted() => AssertErrors(Rule, """
        query ($b: Boolean = null) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $b) } }
        """,
        Error("Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\".", "1:8", "1:84"));

    [Fact]
    public void Usage_OfNullableVariableForOneOfField_IsReported() => AssertErrors(Rule, """
        mutation addNullableCat($cat: CatInput) {
          addPet(pet: { cat: $cat }) {
            name
          }
        }
        """,
        Error("Variable \"$cat\" is of type \"CatInput\" but must be non-nullable to be used for OneOf Input Object \"PetInput\".", "1:25", "2:22"));

    [Fact]
    public void Usage_OfNullableVariableWithDefaultForOneOfField_IsAllowedAsTheSpecSays() => AssertValid(Rule, """
        mutation addCatWithNullableDefault($cat: CatInput = { name: "Brontie" }) {
          addPets(pets: [{ cat: $cat }]) { name }
        }
        """);

    [Fact]
    public void Usage_InFragment_IsCheckedAgainstEachOperation() => AssertErrors(Rule, """
        query ok($a: Boolean) { dog { ...f } }
        query bad($a: Int) { dog { ...f } }
        fragment f on Dog { isHouseTrained(atOtherHomes: $a) }
        """,
        Error("Variable \"$a\" of type \"Int\" used in position expecting type \"Boolean\".", "2:11", "3:50"));

    [Fact]
    public void Usages_OfUndefinedOrUnknownTypedVariables_AreLeftToOtherRules() => AssertValid(Rule, """
        query ($u: Unknown) { dog { isHouseTrained(atOtherHomes: $u) owner { name(x: $undefined) } } }
        """);
}
