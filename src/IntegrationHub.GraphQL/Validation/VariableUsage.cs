using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Validation;

/// <summary>A place where a variable is used, with what the schema expects there (spec 5.8.5).</summary>
/// <param name="Node">The <c>$name</c> node.</param>
/// <param name="LocationType">The type expected where the variable stands; null when the position is unknown.</param>
/// <param name="LocationDefaultValue">The default of the argument or input field it is passed to; null when that
/// has none.</param>
/// <param name="ParentInputType">The type of the list or input object enclosing the variable; null when the
/// variable is not nested in a value.</param>
public sealed record VariableUsage(
    VariableNode Node,
    GraphQLType? LocationType,
    ValueNode? LocationDefaultValue,
    GraphQLType? ParentInputType);
