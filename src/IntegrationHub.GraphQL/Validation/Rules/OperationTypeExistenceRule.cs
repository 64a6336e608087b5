using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Operation Type Existence (spec 5.2.1.1). Every schema supports queries, but mutations and subscriptions only
/// when it defines their root operation type; an operation of a kind the schema has no root type for cannot be
/// executed.
/// </summary>
public sealed class OperationTypeExistenceRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(SyntaxNode node)
        {
            if (node is OperationDefinitionNode operation && context.Schema.GetRootType(operation.Operation) is null)
            {
                context.ReportError(
                    $"The {operation.Operation.ToString().ToLowerInvariant()} operation is not supported by the schema.",
                    operation);
            }

            return node is DocumentNode;
        }
    }
}
