using System.Diagnostics;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Validation;
using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    private static IReadOnlyList<string> ValidateAll(string document, int maxErrors = 100) =>
        [.. DocumentValidator.Validate(Schema, Parser.Parse(document), maxErrors: maxErrors).Select(error => error.ToString())];

    [Fact]
    public void Validate_ValidDocumentUsingEveryFeature_ReturnsNoErrors()
    {
        var errors = ValidateAll("""
            query dogs($command: DogCommand!, $home: Boolean = true, $search: FindDogInput) @onQuery {
              dog {
                ...dogFields
                doesKnowCommand(dogCommand: $command)
                isHouseTrained(atOtherHomes: $home) @include(if: true)
              }
              findDog(searchBy: $search) { name }
              pet { name ... on Cat { meowVolume } ... on Dog { barkVolume } }
              catOrDog { __typename ... on Pet { name } }
              human { pets { name } }
              __typename
            }

            fragment dogFields on Dog {
              name
              owner { name }
            }

            mutation addCat($cat: CatInput!) {
              addPet(pet: { cat: $cat }) { name }
              addPets(pets: [{ dog: { name: "Rex" } }]) { name }
            }

            subscription onMessage {
              newMessage { body sender }
            }
            """);

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_ErrorsOfSeveralRules_ComeInDocumentOrder()
    {
        var errors = ValidateAll("""
            query q($unused: Int) {
              dog { meowVolume name(x: 1) }
              ...missing
            }
            """);

        // Unused variables are found on entering the operation, before its selections are walked.
        Assert.Equal(
            [
                Error("Variable \"$unused\" is never used in operation \"q\".", "1:9"),
                Error("Cannot query field \"meowVolume\" on type \"Dog\".", "2:9"),
                Error("Unknown argument \"x\" on field \"Dog.name\".", "2:25"),
                Error("Unknown fragment \"missing\".", "3:6"),
            ],
            errors);
    }

    [Fact]
    public void Validate_MoreErrorsThanTheLimit_StopsWithOneClosingError()
    {
        var errors = ValidateAll("{ dog { a b c d e } }", maxErrors: 3);

        Assert.Equal(
            [
                Error("Cannot query field \"a\" on type \"Dog\".", "1:9"),
                Error("Cannot query field \"b\" on type \"Dog\".", "1:11"),
                Error("Cannot query field \"c\" on type \"Dog\".", "1:13"),
                DocumentValidator.TooManyErrorsMessage,
            ],
            errors);
    }

    [Fact]
    public void Validate_ExactlyAsManyErrorsAsTheLimit_DoesNotAbort()
    {
        var errors = ValidateAll("{ dog { a b c } }", maxErrors: 3);

        Assert.Equal(3, errors.Count);
        Assert.DoesNotContain(DocumentValidator.TooManyErrorsMessage, errors);
    }

    [Fact]
    public void Validate_HostileDocumentWithThousandsOfErrors_ReturnsTheDefaultLimitPlusOne()
    {
        var document = "{ " + string.Concat(Enumerable.Range(0, 5000).Select(i => $"f{i} ")) + "}";

        var errors = ValidateAll(document);

        Assert.Equal(101, errors.Count);
        Assert.Equal(DocumentValidator.TooManyErrorsMessage, errors[^1]);
    }

    [Fact]
    public void Validate_GivenRules_RunsOnlyThoseRules()
    {
        var errors = DocumentValidator.Validate(
            Schema, Parser.Parse("query q($unused: Int) { dog { meowVolume } }"), [new AllVariablesUsedRule()]);

        Assert.Equal(
            [Error("Variable \"$unused\" is never used in operation \"q\".", "1:9")],
            errors.Select(error => error.ToString()));
    }

    [Fact]
    public void Validate_HostRuleAddedToTheSpecifiedRules_SeesTypeInformation()
    {
        IReadOnlyList<IValidationRule> rules = [.. SpecifiedRules.All, new NoListFieldsRule()];

        var errors = DocumentValidator.Validate(Schema, Parser.Parse("{ human { name pets { name } } }"), rules);

        Assert.Equal(
            [Error("Field \"pets\" returns a list, which this host forbids.", "1:16")],
            errors.Select(error => error.ToString()));
    }

    [Fact]
    public void Validate_RuleSkippingChildren_DoesNotHideThemFromOtherRules()
    {
        IReadOnlyList<IValidationRule> rules = [new SkipEverythingRule(), new FieldSelectionsRule()];

        var errors = DocumentValidator.Validate(Schema, Parser.Parse("{ dog { nope } }"), rules);

        Assert.Equal([Error("Cannot query field \"nope\" on type \"Dog\".", "1:9")], errors.Select(error => error.ToString()));
    }

    [Fact]
    public void Validate_DescriptionsOfVariablesAndOperations_AreNotCheckedAsValues()
    {
        var errors = ValidateAll(""""
            "Finds a dog."
            query q("How loud" $volume: Int, """Where""" $home: Boolean) {
              dog { barkVolume isHouseTrained(atOtherHomes: $home) @skip(if: false) }
              arguments { intArgField(intArg: $volume) }
            }
            """");

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_NegativeErrorLimit_IsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentValidator.Validate(Schema, Parser.Parse("{ dog { name } }"), maxErrors: -1));

    [Fact]
    public void SpecifiedRules_Listed_FollowTheSpecSectionOrder()
    {
        Assert.Equal(
            [
                "ExecutableDefinitionsRule", "OperationTypeExistenceRule", "OperationNameUniquenessRule",
                "LoneAnonymousOperationRule", "SubscriptionSingleRootFieldRule", "FieldSelectionsRule",
                "FieldSelectionMergingRule", "LeafFieldSelectionsRule", "ArgumentNamesRule", "ArgumentUniquenessRule",
                "RequiredArgumentsRule", "FragmentNameUniquenessRule", "FragmentSpreadTypeExistenceRule",
                "FragmentsOnCompositeTypesRule", "FragmentsMustBeUsedRule", "FragmentSpreadTargetDefinedRule",
                "FragmentSpreadsMustNotFormCyclesRule", "FragmentSpreadIsPossibleRule", "ValuesOfCorrectTypeRule",
                "InputObjectFieldNamesRule", "InputObjectFieldUniquenessRule", "InputObjectRequiredFieldsRule",
                "DirectivesAreDefinedRule", "DirectivesAreInValidLocationsRule", "DirectivesAreUniquePerLocationRule",
                "VariableUniquenessRule", "VariablesAreInputTypesRule", "AllVariableUsesDefinedRule",
                "AllVariablesUsedRule", "AllVariableUsagesAreAllowedRule",
            ],
            SpecifiedRules.All.Select(rule => rule.GetType().Name));
    }

    [Fact]
    public void Validate_LargeValidDocument_TakesLinearishTime()
    {
        // About 14,000 tokens, near the parser's limit: 500 aliased fields, each with arguments and a fragment.
        var fields = string.Concat(Enumerable.Range(0, 500).Select(i =>
            $"d{i}: dog {{ isHouseTrained(atOtherHomes: $home) ...dogFields }}\n"));
        var document = Parser.Parse($"query q($home: Boolean) {{\n{fields}}}\nfragment dogFields on Dog {{ name owner {{ name }} }}");

        var watch = Stopwatch.StartNew();
        var errors = DocumentValidator.Validate(Schema, document);

        Assert.Empty(errors);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"Took {watch.Elapsed}.");
    }

    /// <summary>What an HTTP host might add: it forbids list fields, using the type information.</summary>
    private sealed class NoListFieldsRule : IValidationRule
    {
        public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

        private sealed class Visitor(ValidationContext context) : ValidationVisitor
        {
            public override bool Enter(SyntaxNode node)
            {
                if (node is FieldNode field && context.TypeInfo.Type?.Nullable is Types.ListType)
                {
                    context.ReportError($"Field \"{field.Name.Value}\" returns a list, which this host forbids.", field);
                }

                return true;
            }
        }
    }

    private sealed class SkipEverythingRule : IValidationRule
    {
        public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

        private sealed class Visitor : ValidationVisitor
        {
            public override bool Enter(SyntaxNode node) => false;
        }
    }
}
