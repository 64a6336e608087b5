using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValuesOfCorrectTypeRule Rule = new();

    [Fact]
    public void Literals_OfTheExpectedTypes_AreValid() => AssertValid(Rule, """
        fragment goodBooleanArg on Arguments {
          booleanArgField(booleanArg: true)
        }

        fragment coercedIntIntoFloatArg on Arguments {
          # Note: The input coercion rules for Float allow Int literals.
          floatArgField(floatArg: 123)
        }

        query goodComplexDefaultValue($search: FindDogInput = { name: "Fido" }) {
          findDog(searchBy: $search) {
            name
          }
        }

        mutation addPet {
          addPet(pet: { cat: { name: "Brontie" } }) {
            name
          }
        }

        query lists($b: Boolean) {
          arguments {
            booleanListArgField(booleanListArg: [true, null, $b])
            single: booleanListArgField(booleanListArg: false)
          }
          dog { doesKnowCommand(dogCommand: SIT) }
        }
        """);

    [Fact]
    public void Literals_OfWrongTypes_AreReportedWithTheCoercionError() => AssertErrors(Rule, """
        fragment stringIntoInt on Arguments {
          intArgField(intArg: "123")
        }

        query badComplexValue {
          findDog(searchBy: { name: 123 }) {
            name
          }
        }
        """,
        Error("Int cannot represent non-integer value: \"123\"", "2:23"),
        Error("String cannot represent a non string value: 123", "6:29"));

    [Fact]
    public void Null_ForNonNullType_IsReported() => AssertErrors(Rule, """
        {
          arguments {
            nonNullBooleanArgField(nonNullBooleanArg: null)
          }
          booleanList(booleanListArg: [true, null])
        }
        """,
        Error("Expected value of non-null type \"Boolean!\" not to be null.", "3:47"),
        Error("Expected value of non-null type \"Boolean!\" not to be null.", "5:38"));

    [Fact]
    public void Enum_UnknownValueOrString_IsReported() => AssertErrors(Rule, """
        {
          dog {
            a: doesKnowCommand(dogCommand: CLEAN_UP_HOUSE)
            b: doesKnowCommand(dogCommand: "SIT")
          }
        }
        """,
        Error("Value \"CLEAN_UP_HOUSE\" does not exist in \"DogCommand\" enum.", "3:36"),
        Error("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\".", "4:36"));

    [Fact]
    public void ListOrObject_WhereLeafExpected_IsReportedWhole() => AssertErrors(Rule, """
        {
          arguments {
            intArgField(intArg: [1, "two"])
            booleanListArgField(booleanListArg: [[true]])
            floatArgField(floatArg: { x: 1 })
          }
        }
        """,
        Error("Int cannot represent non-integer value: [1, \"two\"]", "3:25"),
        Error("Boolean cannot represent a non boolean value: [true]", "4:42"),
        Error("Float cannot represent non numeric value: { x: 1 }", "5:29"));

    [Fact]
    public void Scalar_WhereInputObjectExpected_IsReported() => AssertErrors(Rule, """
        { findDog(searchBy: "Fido") { name } }
        """,
        Error("Expected value of type \"FindDogInput\" to be an object, found: \"Fido\".", "1:21"));

    [Fact]
    public void OneOf_NoFieldSeveralFieldsOrNullField_AreReportedAtTheObject() => AssertErrors(Rule, """
        mutation {
          a: addPet(pet: {}) { name }
          b: addPet(pet: { cat: { name: "Brontie" }, dog: { name: "Rex" } }) { name }
          c: addPet(pet: { cat: null }) { name }
          d: addPets(pets: [{ dog: { name: "Rex" } }, { dog: null }]) { name }
        }
        """,
        Error("Within OneOf Input Object type \"PetInput\", exactly one field must be specified, and the value for that field must be non-null.", "2:18"),
        Error("Within OneOf Input Object type \"PetInput\", exactly one field must be specified, and the value for that field must be non-null.", "3:18"),
        Error("Within OneOf Input Object type \"PetInput\", exactly one field must be specified, and the value for that field must be non-null.", "4:18"),
        Error("Within OneOf Input Object type \"PetInput\", exactly one field must be specified, and the value for that field must be non-null.", "5:47"));

    [Fact]
    public void OneOf_WithVariableField_IsValidHere() => AssertValid(Rule, """
        mutation addCat($cat: CatInput!) {
          addPet(pet: { cat: $cat }) {
            name
          }
        }
        """);

    [Fact]
    public void VariableDefault_OfWrongType_IsReported() => AssertErrors(Rule, """
        query q($a: Int = "one", $b: [Boolean!] = [null], $c: FindDogInput = { name: 1 }) { dog { name } }
        """,
        Error("Int cannot represent non-integer value: \"one\"", "1:19"),
        Error("Expected value of non-null type \"Boolean!\" not to be null.", "1:44"),
        Error("String cannot represent a non string value: 1", "1:78"));

    [Fact]
    public void Int_OutOfRange_IsReported() => AssertErrors(Rule, """
        { arguments { intArgField(intArg: 2147483648) } }
        """,
        Error("Int cannot represent non 32-bit signed integer value: 2147483648", "1:35"));

    [Fact]
    public void Values_AtUnknownPositions_AreLeftToOtherRules() => AssertValid(Rule, """
        { dog { unknown(a: "x") name(b: 1) } findDog(searchBy: { unknown: 1 }) { name } }
        """);
}
