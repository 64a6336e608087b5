using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are in Valid Locations (spec 5.7.2). A directive may only be used at the locations its definition
/// lists: <c>@skip</c> on a field or fragment, for instance, but not on an operation.
/// </summary>
public sealed class DirectivesAreInValidLocationsRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(SyntaxNode node)
        {
            if (node is DirectiveNode directive
                && context.TypeInfo.Directive is { } definition
                && LocationOf(context.ParentNode) is { } location
                && !definition.Locations.Contains(location))
            {
                context.ReportError($"Directive \"@{definition.Name}\" may not be used on {location}.", directive);
            }

            return true;
        }

        /// <summary>The executable directive location (spec 3.13) of the node a directive is applied to.</summary>
        private static DirectiveLocation? LocationOf(SyntaxNode? owner) => owner switch
        {
            OperationDefinitionNode { Operation: OperationType.Query } => DirectiveLocation.QUERY,
            OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.MUTATION,
            OperationDefinitionNode { Operation: OperationType.Subscription } => DirectiveLocation.SUBSCRIPTION,
            FieldNode => DirectiveLocation.FIELD,
            FragmentSpreadNode => DirectiveLocation.FRAGMENT_SPREAD,
            InlineFragmentNode => DirectiveLocation.INLINE_FRAGMENT,
            FragmentDefinitionNode => DirectiveLocation.FRAGMENT_DEFINITION,
            VariableDefinitionNode => DirectiveLocation.VARIABLE_DEFINITION,
            _ => null,
        };
    }
}
