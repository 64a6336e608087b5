using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Usages Are Allowed (spec 5.8.5). A variable may only stand where its type fits: the same named
/// type, list where a list is expected, and non-null where a non-null value is required, with two nuances. A
/// nullable variable may fill a non-null position when the variable or the position has a default value (the
/// default covers the variable being omitted), and a field of a OneOf input object counts as a non-null position
/// (spec 3.10.1). Usages whose variable or position is unknown are left to other rules.
/// </summary>
public sealed class AllVariableUsagesAreAllowedRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(SyntaxNode node) => node is DocumentNode or OperationDefinitionNode;

        public override void Leave(SyntaxNode node)
        {
            if (node is not OperationDefinitionNode operation)
            {
                return;
            }

            // Of several definitions of one name (Variable Uniqueness reports them) the last counts, as in
            // graphql-js.
            var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in operation.VariableDefinitions)
            {
                definitions[definition.Variable.Name.Value] = definition;
            }

            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (usage.LocationType is not { } locationType
                    || !definitions.TryGetValue(name, out var definition)
                    || TypeFromSyntax.Resolve(context.Schema, definition.Type) is not { } variableType)
                {
                    continue;
                }

                if (!IsVariableUsageAllowed(definition, variableType, usage, locationType))
                {
                    context.ReportError(
                        IsOneOfField(usage) && variableType is not NonNullType
                            ? $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{usage.ParentInputType!.Unwrapped}\"."
                            : $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                        definition,
                        usage.Node);
                }
            }
        }

        // IsVariableUsageAllowed(variableDefinition, variableUsage).
        private static bool IsVariableUsageAllowed(
            VariableDefinitionNode definition, GraphQLType variableType, VariableUsage usage, GraphQLType locationType)
        {
            var isNonNullPosition = locationType is NonNullType || IsOneOfField(usage);
            if (isNonNullPosition && variableType is not NonNullType)
            {
                var hasNonNullVariableDefault = definition.DefaultValue is not (null or NullValueNode);
                var hasLocationDefault = usage.LocationDefaultValue is not null;
                return (hasNonNullVariableDefault || hasLocationDefault)
                    && AreTypesCompatible(variableType, locationType.Nullable);
            }

            return AreTypesCompatible(variableType, locationType);
        }

        // IsNonNullPosition's second case: the variable is the value of a field of a OneOf input object. Its
        // parent input type is then that input object, non-null when the object literal stands in a non-null
        // position; for a list item the parent is a list instead.
        private static bool IsOneOfField(VariableUsage usage) =>
            usage.ParentInputType?.Nullable is InputObjectType { IsOneOf: true };

        // AreTypesCompatible(variableType, locationType).
        private static bool AreTypesCompatible(GraphQLType variableType, GraphQLType locationType) =>
            (variableType, locationType) switch
            {
                (NonNullType variable, NonNullType location) => AreTypesCompatible(variable.OfType, location.OfType),
                (_, NonNullType) => false,
                (NonNullType variable, _) => AreTypesCompatible(variable.OfType, locationType),
                (ListType variable, ListType location) => AreTypesCompatible(variable.OfType, location.OfType),
                (ListType, _) or (_, ListType) => false,
                _ => ReferenceEquals(variableType, locationType),
            };
    }
}
