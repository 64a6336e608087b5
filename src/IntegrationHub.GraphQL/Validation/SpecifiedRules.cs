using IntegrationHub.GraphQL.Validation.Rules;

namespace IntegrationHub.GraphQL.Validation;

/// <summary>The validation rules of the specification (spec 5), in the order its sections give them. A host that
/// wants more checks (depth, cost) appends its own rules to this list and passes the result to
/// <see cref="DocumentValidator.Validate"/>.</summary>
public static class SpecifiedRules
{
    /// <summary>Every rule of spec 5, in section order.</summary>
    public static IReadOnlyList<IValidationRule> All { get; } =
    [
        new ExecutableDefinitionsRule(),
        new OperationTypeExistenceRule(),
        new OperationNameUniquenessRule(),
        new LoneAnonymousOperationRule(),
        new SubscriptionSingleRootFieldRule(),
        new FieldSelectionsRule(),
        new FieldSelectionMergingRule(),
        new LeafFieldSelectionsRule(),
        new ArgumentNamesRule(),
        new ArgumentUniquenessRule(),
        new RequiredArgumentsRule(),
        new FragmentNameUniquenessRule(),
        new FragmentSpreadTypeExistenceRule(),
        new FragmentsOnCompositeTypesRule(),
        new FragmentsMustBeUsedRule(),
        new FragmentSpreadTargetDefinedRule(),
        new FragmentSpreadsMustNotFormCyclesRule(),
        new FragmentSpreadIsPossibleRule(),
        new ValuesOfCorrectTypeRule(),
        new InputObjectFieldNamesRule(),
        new InputObjectFieldUniquenessRule(),
        new InputObjectRequiredFieldsRule(),
        new DirectivesAreDefinedRule(),
        new DirectivesAreInValidLocationsRule(),
        new DirectivesAreUniquePerLocationRule(),
        new VariableUniquenessRule(),
        new VariablesAreInputTypesRule(),
        new AllVariableUsesDefinedRule(),
        new AllVariablesUsedRule(),
        new AllVariableUsagesAreAllowedRule(),
    ];
}
